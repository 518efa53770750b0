// The lowest and highest grade any play of a scenario can earn, worked out from
// the graph with the rules of scoring.ts (gradeFor), without playing the paths:
// a handful of linear passes, each over the graph or a two-copy product of it.
// `when:` conditions are ignored, so a grade may be counted reachable that no
// real play reaches (an over-approximation), never the other way round.
import type { Scenario } from '../schema.ts';
import type { Grade } from '../scoring.ts';
import { bestPath, extremeRatio, percentOf, type PathQuery } from './bestPath.ts';
import { buildStoryGraph, type StoryEdge, type StoryGraph } from './graph.ts';

export type GradeRange =
  | {
      kind: 'computed';
      lowest: Grade;
      highest: Grade;
      /** The lowest and highest score of any path, whatever its ending. */
      percent: { min: number; max: number };
      /** One sentence each on what decides the bound, for the author. */
      lowestWhy: string;
      highestWhy: string;
    }
  | { kind: 'not-computed'; reason: string };

const A_PERCENT = 80;
const B_PERCENT = 60;
const C_PERCENT = 33;
const A_ROUTE = 'path to an ending that is not failed, with a heroic decision at a breakdown and nothing harmful';

const harmful = (e: StoryEdge) => e.level === 'harmful';
const harmfulAtBreakdown = (e: StoryEdge) => e.level === 'harmful' && e.atBreakdown;
const heroicAtBreakdown = (e: StoryEdge) => e.level === 'heroic' && e.atBreakdown;

export function gradeRange(scenario: Scenario, graph: StoryGraph = buildStoryGraph(scenario)): GradeRange {
  if (!graph.order) return { kind: 'not-computed', reason: `the story loops (${(graph.cycle ?? []).join(' → ')})` };
  const everyPath: PathQuery = { accept: () => true };
  const lowestPath = extremeRatio(graph, everyPath, 'min');
  const highestPath = extremeRatio(graph, everyPath, 'max');
  if (!lowestPath || !highestPath) return { kind: 'not-computed', reason: 'no path leads from the start to an ending' };
  const min = percentOf(lowestPath);
  const lowest = lowestGrade(graph, min);
  const highest = highestGrade(graph);
  return {
    kind: 'computed',
    lowest: lowest.grade,
    highest: highest.grade,
    percent: { min, max: percentOf(highestPath) },
    lowestWhy: lowest.why,
    highestWhy: highest.why,
  };
}

interface Bound {
  grade: Grade;
  why: string;
}

/** Every live edge lies on some path from the start to an ending, so finding one is enough. */
function lowestGrade(g: StoryGraph, minPercent: number): Bound {
  const failed = g.ending.findIndex((o) => o === 'failed');
  if (failed >= 0) return { grade: 'F', why: `the failed ending "${g.beats[failed]}" can be reached` };
  const hurtAtBreakdown = g.edges.find(harmfulAtBreakdown);
  if (hurtAtBreakdown) return { grade: 'D', why: `${describeRoute(g, hurtAtBreakdown)} is harmful at a breakdown` };
  const lowestScore = `the lowest-scoring path earns ${minPercent}%`;
  if (minPercent < C_PERCENT) return { grade: 'D', why: lowestScore };
  if (minPercent < B_PERCENT) return { grade: 'C', why: lowestScore };
  if (minPercent < A_PERCENT) return { grade: 'B', why: lowestScore };
  const hurt = g.edges.find(harmful);
  if (hurt) return { grade: 'B', why: `${describeRoute(g, hurt)} is harmful, which rules out an A` };
  if (bestPath(g, { allow: (e) => !heroicAtBreakdown(e), accept: () => true }, 0, 0, 'max'))
    return { grade: 'B', why: 'some path has no heroic decision at a breakdown' };
  return { grade: 'A', why: 'every path earns an A' };
}

function highestGrade(g: StoryGraph): Bound {
  const endsWell = (o: string) => o !== 'failed';
  // Two copies of the graph remember whether a heroic decision at a breakdown has been made yet.
  const bestA = extremeRatio(g, { allow: (e) => !harmful(e), mustCross: heroicAtBreakdown, accept: endsWell }, 'max');
  const aPercent = bestA ? percentOf(bestA) : null;
  if (aPercent !== null && aPercent >= A_PERCENT) return { grade: 'A', why: `a path that can earn an A scores up to ${aPercent}%` };
  const noA = aPercent === null ? `no A: there is no ${A_ROUTE}` : `no A: the best ${A_ROUTE} earns only ${aPercent}% (an A needs ${A_PERCENT})`;

  const clean = extremeRatio(g, { allow: (e) => !harmfulAtBreakdown(e), accept: endsWell }, 'max');
  const cleanPercent = clean ? percentOf(clean) : null;
  if (cleanPercent !== null && cleanPercent >= B_PERCENT) return { grade: 'B', why: noA };
  if (cleanPercent !== null && cleanPercent >= C_PERCENT) return { grade: 'C', why: `${noA}; the best path with nothing harmful at a breakdown earns ${cleanPercent}%` };
  if (bestPath(g, { accept: endsWell }, 0, 0, 'max')) {
    const why = cleanPercent === null ? 'every path that ends well has a harmful decision at a breakdown' : `the best path with nothing harmful at a breakdown earns ${cleanPercent}%`;
    return { grade: 'D', why };
  }
  return { grade: 'F', why: 'every ending that can be reached is failed' };
}

export function describeRoute(g: StoryGraph, e: StoryEdge): string {
  const beat = g.beats[e.from];
  switch (e.route.kind) {
    case 'choice':
      return `choice "${e.route.choice.id}" at beat "${beat}"`;
    case 'patience':
      return `the timeout at beat "${beat}"`;
    case 'continue':
      return `moving on from beat "${beat}"`;
  }
}

export function formatGradeRange(range: GradeRange): string {
  if (range.kind === 'not-computed') return `grades: not computed: ${range.reason}`;
  const grades = range.lowest === range.highest ? range.lowest : `${range.lowest} to ${range.highest}`;
  return `grades ${grades}, scores ${range.percent.min}–${range.percent.max}% (lowest: ${range.lowestWhy}; highest: ${range.highestWhy})`;
}
