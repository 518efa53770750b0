// One compact, index-based view of the story graph that every analysis shares,
// so each analysis is a linear pass in topological order rather than a new walk
// of the scenario tree. Conditions (`when:`) are ignored throughout: every
// choice and branch counts as possible, which over-approximates real plays.
import { analyseGraph } from '../checkGraph.ts';
import { LEVEL_POINTS } from '../rules.ts';
import type { Route } from '../scenarioWalk.ts';
import type { Core, Scenario, ServiceLevel } from '../schema.ts';
import { BREAKDOWN_WEIGHT } from '../grading.ts';

export interface StoryEdge {
  from: number;
  to: number;
  route: Route;
  /** The judged level of a choice or timeout; null for a plain "continue". */
  level: ServiceLevel | null;
  atBreakdown: boolean;
  /** Weighted points, as scoring.ts counts them; both 0 on a continue edge. */
  earned: number;
  possible: number;
}

export interface StoryGraph {
  /** Live beats only: reachable from the start and able to reach an ending. Index → beat id. */
  beats: string[];
  index: ReadonlyMap<string, number>;
  /** -1 when the start beat is not live (a broken scenario), so there are no paths at all. */
  start: number;
  ending: (Core | null)[];
  /** For each beat, whether it is an ending that records an experience. */
  experience: boolean[];
  breakdown: boolean[];
  edges: StoryEdge[];
  /** Edge indices leaving each beat, in file order. */
  out: number[][];
  /** Every live beat, each before all beats it leads to; null when the live graph has a cycle. */
  order: number[] | null;
  /** The beats of one cycle, in story order, when order is null. */
  cycle: string[] | null;
}

export function buildStoryGraph(scenario: Scenario): StoryGraph {
  const facts = analyseGraph(scenario);
  // Live beats are renumbered from the checker's numbering (all beats, file order), keeping that order.
  const renumber = new Int32Array(facts.beats.length).fill(-1);
  const beats: string[] = [];
  facts.beats.forEach((id, i) => {
    if (!facts.reachable[i] || !facts.canEnd[i]) return;
    renumber[i] = beats.length;
    beats.push(id);
  });
  const index = new Map(beats.map((id, i) => [id, i]));
  const beatAt = beats.map((id) => scenario.beats[id]!);
  const edges: StoryEdge[] = [];
  const out: number[][] = beats.map(() => []);

  // edgesOf yields a route's branches one after another; two branches of one
  // route that land on the same beat are one way through, not two.
  let lastRoute: Route | null = null;
  const targets: number[] = [];
  facts.routes.forEach((route, k) => {
    const from = renumber[facts.from[k]!]!;
    const to = renumber[facts.to[k]!]!;
    if (from < 0 || to < 0) return;
    if (route !== lastRoute) {
      lastRoute = route;
      targets.length = 0;
    }
    if (targets.includes(to)) return;
    targets.push(to);
    const judged = route.kind === 'choice' ? route.choice : route.kind === 'patience' ? route.patience : null;
    const atBreakdown = beatAt[from]!.breakdown !== undefined;
    const weight = atBreakdown ? BREAKDOWN_WEIGHT : 1;
    out[from]!.push(edges.length);
    edges.push({
      from,
      to,
      route,
      level: judged ? judged.level : null,
      atBreakdown,
      earned: judged ? LEVEL_POINTS[judged.level] * weight : 0,
      possible: judged ? LEVEL_POINTS.heroic * weight : 0,
    });
  });

  const { order, cycle } = topologicalOrder(beats, edges, out);
  return {
    beats,
    index,
    start: index.get(scenario.start) ?? -1,
    ending: beatAt.map((b) => b.ending?.core ?? null),
    experience: beatAt.map((b) => b.ending?.experience !== undefined),
    breakdown: beatAt.map((b) => b.breakdown !== undefined),
    edges,
    out,
    order,
    cycle,
  };
}

/** Kahn's algorithm, iterative so that a story of 100,000 beats cannot overflow the stack. */
function topologicalOrder(
  beats: string[],
  edges: StoryEdge[],
  out: number[][],
): { order: number[] | null; cycle: string[] | null } {
  const waiting = new Int32Array(beats.length);
  for (const e of edges) waiting[e.to]!++;
  const order: number[] = [];
  for (let i = 0; i < beats.length; i++) if (waiting[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const k of out[order[head]!]!) {
      const to = edges[k]!.to;
      if (--waiting[to]! === 0) order.push(to);
    }
  }
  if (order.length === beats.length) return { order, cycle: null };
  return { order: null, cycle: findCycle(beats, edges, waiting) };
}

/**
 * Every beat Kahn could not place still waits on a predecessor that was not placed either,
 * so walking back through such predecessors must come round to a beat already seen.
 */
function findCycle(beats: string[], edges: StoryEdge[], waiting: Int32Array): string[] {
  const stuckPredecessor = new Int32Array(beats.length).fill(-1);
  for (const e of edges) if (waiting[e.from]! > 0 && waiting[e.to]! > 0) stuckPredecessor[e.to] = e.from;
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  let at = waiting.findIndex((w) => w > 0);
  while (at >= 0 && !seenAt.has(at)) {
    seenAt.set(at, walk.length);
    walk.push(at);
    at = stuckPredecessor[at]!;
  }
  const loop = (at >= 0 ? walk.slice(seenAt.get(at)) : walk).reverse();
  // Beats are indexed in file order: starting from the earliest reads the way the author wrote it.
  const first = loop.reduce((best, beat, i) => (beat < loop[best]! ? i : best), 0);
  return [...loop.slice(first), ...loop.slice(0, first)].map((i) => beats[i]!);
}
