// The lowest and highest grade a story can give. Where its plays can be counted (plays.ts) the range is
// exact: every play graded by the model. A story with too many plays to count is bounded on its graph
// instead, with the rules of grading.ts and without playing the paths: a handful of linear passes, each
// over the graph or a two-copy product of it. There `when:` conditions are ignored, so a grade may be
// counted reachable that no real play reaches (an over-approximation), never the other way round.
import { CORE_PERCENT, GRADES, isCareful, type Grade } from '../grading.ts';
import { LEVEL_POINTS } from '../rules.ts';
import type { Scenario } from '../schema.ts';
import { bestPath, extremeRatio, percentOf, type PathQuery } from './bestPath.ts';
import { buildStoryGraph, type StoryEdge, type StoryGraph } from './graph.ts';
import { describePlay, type AnalysedPlay, type PlaysResult } from './plays.ts';

export type GradeRange =
  | {
      kind: 'computed';
      /** exact: every play graded; bounded: worked out on the graph with conditions ignored. */
      basis: 'exact' | 'bounded';
      lowest: Grade;
      highest: Grade;
      /** The lowest and highest score of any path, whatever its ending. */
      percent: { min: number; max: number };
      /** One sentence each on what decides the bound, for the author. */
      lowestWhy: string;
      highestWhy: string;
    }
  | { kind: 'not-computed'; reason: string };

const harmful = (e: StoryEdge) => e.level === 'harmful';
const harmfulAtBreakdown = (e: StoryEdge) => e.level === 'harmful' && e.atBreakdown;
const heroic = (e: StoryEdge) => e.level === 'heroic';
const breakdownDecision = (e: StoryEdge) => e.atBreakdown && e.level !== null;
/** A breakdown met with less than care: routine or harmful there. */
const uncared = (e: StoryEdge) => breakdownDecision(e) && e.level !== null && !isCareful(e.level);
const careful = (e: StoryEdge) => !harmful(e) && !uncared(e);
/** A heroic choice counts as good unless its play ends with the surprise delivered (R5). */
const creditedPoints = (e: StoryEdge) =>
  heroic(e) ? LEVEL_POINTS.good * (e.possible / LEVEL_POINTS.heroic) : e.earned;
const coreHolds = (core: string) => core !== 'failed';

/** The exact range over every play, when they could all be counted. */
export function gradeRangeOfPlays(plays: readonly AnalysedPlay[]): GradeRange {
  if (plays.length === 0) return { kind: 'not-computed', reason: 'no play reaches an ending' };
  const byGrade = (a: AnalysedPlay, b: AnalysedPlay) =>
    GRADES.indexOf(a.graded.grade) - GRADES.indexOf(b.graded.grade) || b.graded.percent - a.graded.percent;
  const sorted = [...plays].sort(byGrade);
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  const percents = plays.map((p) => p.graded.percent);
  return {
    kind: 'computed',
    basis: 'exact',
    lowest: worst.graded.grade,
    highest: best.graded.grade,
    percent: { min: Math.min(...percents), max: Math.max(...percents) },
    lowestWhy: `${describePlay(worst)} ends at "${worst.ending.title}"`,
    highestWhy: `${describePlay(best)} ends at "${best.ending.title}"`,
  };
}

/** The range for the checker: exact where the plays were counted, bounded on the graph otherwise. */
export function gradeRange(
  scenario: Scenario,
  graph: StoryGraph = buildStoryGraph(scenario),
  plays?: PlaysResult,
): GradeRange {
  if (plays?.kind === 'complete') return gradeRangeOfPlays(plays.plays);
  if (!graph.order) {
    const why =
      plays?.kind === 'endless'
        ? `a play went on past ${plays.steps} steps (${plays.sample})`
        : `the story loops (${(graph.cycle ?? []).join(' → ')})`;
    return { kind: 'not-computed', reason: why };
  }
  const min = extremePercent(graph, { accept: () => true }, 'min');
  const max = extremePercent(graph, { accept: () => true }, 'max');
  if (min === null || max === null)
    return { kind: 'not-computed', reason: 'no path leads from the start to an ending' };
  const lowest = lowestGrade(graph);
  const highest = highestGrade(graph);
  return {
    kind: 'computed',
    basis: 'bounded',
    lowest: lowest.grade,
    highest: highest.grade,
    percent: { min, max },
    lowestWhy: lowest.why,
    highestWhy: highest.why,
  };
}

/**
 * The highest (or lowest) score of the paths a query accepts, as the model credits them: a heroic choice
 * earns its three points only on a path to an ending that records an experience, and two anywhere else.
 */
function extremePercent(g: StoryGraph, q: PathQuery, sense: 'max' | 'min'): number | null {
  const plain = extremeRatio(
    g,
    { ...q, accept: (core, experience) => !experience && q.accept(core, experience), earned: creditedPoints },
    sense,
  );
  const dazzled = extremeRatio(
    g,
    { ...q, accept: (core, experience) => experience && q.accept(core, experience) },
    sense,
  );
  const found = [plain, dazzled].flatMap((t) => (t ? [percentOf(t)] : []));
  if (found.length === 0) return null;
  return sense === 'max' ? Math.max(...found) : Math.min(...found);
}

interface Bound {
  grade: Grade;
  why: string;
}

/** Every live edge lies on some path from the start to an ending, so finding one is enough. */
function lowestGrade(g: StoryGraph): Bound {
  const failed = g.ending.findIndex((o) => o === 'failed');
  if (failed >= 0) return { grade: 'F', why: `the failed ending "${g.beats[failed]}" can be reached` };
  const hurtAtBreakdown = g.edges.find(harmfulAtBreakdown);
  if (hurtAtBreakdown) return { grade: 'D', why: `${describeRoute(g, hurtAtBreakdown)} is harmful at a breakdown` };
  const minPercent = extremePercent(g, { accept: coreHolds }, 'min') ?? 0;
  if (minPercent < CORE_PERCENT) return { grade: 'D', why: `the lowest-scoring path earns ${minPercent}%` };
  const hurt = g.edges.find(harmful);
  if (hurt) return { grade: 'C', why: `${describeRoute(g, hurt)} is harmful, which caps a play at C` };
  const routine = g.edges.find(uncared);
  if (routine) return { grade: 'C', why: `${describeRoute(g, routine)} meets a breakdown with only the routine` };
  if (bestPath(g, { allow: (e) => !breakdownDecision(e), accept: coreHolds }, 0, 0, 'max'))
    return { grade: 'C', why: 'some path meets no breakdown' };
  if (bestPath(g, { accept: (core, experience) => coreHolds(core) && !experience }, 0, 0, 'max'))
    return { grade: 'B', why: 'some path ends where no experience is recorded' };
  if (bestPath(g, { allow: (e) => !heroic(e), accept: coreHolds }, 0, 0, 'max'))
    return { grade: 'B', why: 'some path makes no heroic choice' };
  return { grade: 'A', why: 'every path earns an A' };
}

function highestGrade(g: StoryGraph): Bound {
  // Copies of the graph remember whether a heroic choice, and a breakdown, have been met yet.
  const caring = { allow: careful, accept: coreHolds };
  if (
    bestPath(
      g,
      {
        ...caring,
        mustCross: [heroic, breakdownDecision],
        accept: (core, experience) => coreHolds(core) && experience,
      },
      0,
      0,
      'max',
    )
  )
    return {
      grade: 'A',
      why: 'a path meets every breakdown with care, makes a heroic choice and ends where the experience is recorded',
    };
  const noA =
    'no A: no path meets every breakdown with care, makes a heroic choice and ends where an experience is recorded';
  if (bestPath(g, { ...caring, mustCross: [breakdownDecision] }, 0, 0, 'max')) return { grade: 'B', why: noA };
  const fairPercent = extremePercent(g, { allow: (e) => !harmfulAtBreakdown(e), accept: coreHolds }, 'max');
  if (fairPercent !== null && fairPercent >= CORE_PERCENT)
    return { grade: 'C', why: `${noA}, and none meets every breakdown with care without harm` };
  if (bestPath(g, { accept: coreHolds }, 0, 0, 'max'))
    return { grade: 'D', why: 'every path that ends well is harmful at a breakdown or scores under a third' };
  return { grade: 'F', why: 'every ending that can be reached is failed' };
}

function describeRoute(g: StoryGraph, e: StoryEdge): string {
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
  const basis = range.basis === 'exact' ? 'every play graded' : 'bounded on the graph, conditions ignored';
  return `grades ${grades} (${basis}), scores ${range.percent.min}–${range.percent.max}% (lowest: ${range.lowestWhy}; highest: ${range.highestWhy})`;
}
