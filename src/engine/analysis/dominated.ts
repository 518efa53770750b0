// Finds choices the writing has made lopsided: a choice marked as at least as
// good as another at the same beat, which can nevertheless never do as well.
// The grade itself is a ratio and does not split into per-beat parts, so the
// comparison uses a proxy that does: the weighted service points still to be
// earned from a beat onwards, with a failed ending worth −∞. That keeps it to
// one linear pass, and `when:` conditions are ignored as everywhere else.
import type { Choice, Scenario, ServiceLevel } from '../schema.ts';
import { LEVEL_POINTS } from '../rules.ts';
import { buildStoryGraph, type StoryEdge, type StoryGraph } from './graph.ts';

export interface RouteScore {
  /** The choice id, or null for the patience timeout. */
  choice: string | null;
  level: ServiceLevel;
  /** Best and worst points from this decision to the end of the story; −Infinity means it always ends in failure. */
  best: number;
  worst: number;
}

export interface DominatedChoice {
  beat: string;
  choice: RouteScore;
  dominatedBy: RouteScore;
}

export type DominatedResult =
  { kind: 'computed'; dominated: DominatedChoice[] } | { kind: 'not-computed'; reason: string };

/**
 * Choice c1 at a beat is dominated by c2 (another choice, or the timeout) at the same beat when
 * best(c1) < worst(c2), and c1's level is at least c2's: a lower-level choice doing worse is
 * the design working, not a hint. Where several routes dominate c1, the one with the highest
 * worst score is named.
 */
export function dominatedChoices(scenario: Scenario, graph: StoryGraph = buildStoryGraph(scenario)): DominatedResult {
  if (!graph.order) return { kind: 'not-computed', reason: `the story loops (${(graph.cycle ?? []).join(' → ')})` };
  const { best, worst } = suffixScores(graph);
  const dominated: DominatedChoice[] = [];
  for (const u of graph.order) {
    const routes = routeScores(graph, u, best, worst);
    for (const c1 of routes) {
      if (c1.choice === null) continue;
      let by: RouteScore | null = null;
      for (const c2 of routes) {
        if (c2 === c1 || LEVEL_POINTS[c1.level] < LEVEL_POINTS[c2.level] || !(c1.best < c2.worst)) continue;
        if (!by || c2.worst > by.worst) by = c2;
      }
      if (by) dominated.push({ beat: graph.beats[u]!, choice: c1, dominatedBy: by });
    }
  }
  return { kind: 'computed', dominated };
}

/** Best and worst points from each beat to an ending, filled in reverse topological order. */
function suffixScores(g: StoryGraph): { best: Float64Array; worst: Float64Array } {
  const best = new Float64Array(g.beats.length);
  const worst = new Float64Array(g.beats.length);
  const order = g.order ?? [];
  for (let i = order.length - 1; i >= 0; i--) {
    const u = order[i]!;
    const outcome = g.ending[u];
    if (outcome) {
      best[u] = worst[u] = outcome === 'failed' ? -Infinity : 0;
      continue;
    }
    let hi = -Infinity;
    let lo = Infinity;
    for (const k of g.out[u]!) {
      const e = g.edges[k]!;
      hi = Math.max(hi, e.earned + best[e.to]!);
      lo = Math.min(lo, e.earned + worst[e.to]!);
    }
    best[u] = hi;
    worst[u] = lo;
  }
  return { best, worst };
}

/** One score per choice or timeout at beat u: its branches are folded together, best over best and worst over worst. */
function routeScores(g: StoryGraph, u: number, best: Float64Array, worst: Float64Array): RouteScore[] {
  // A beat has a handful of routes: a list searched in order, not a Map made for each of a big story's beats.
  const keys: (Choice | 'timeout')[] = [];
  const scores: RouteScore[] = [];
  for (const k of g.out[u]!) {
    const e: StoryEdge = g.edges[k]!;
    if (e.level === null || e.route.kind === 'continue') continue;
    const key = e.route.kind === 'choice' ? e.route.choice : 'timeout';
    const score = scores[keys.indexOf(key)];
    const hi = e.earned + best[e.to]!;
    const lo = e.earned + worst[e.to]!;
    if (score) {
      score.best = Math.max(score.best, hi);
      score.worst = Math.min(score.worst, lo);
    } else {
      keys.push(key);
      scores.push({ choice: key === 'timeout' ? null : key.id, level: e.level, best: hi, worst: lo });
    }
  }
  return scores;
}

const nameOf = (r: RouteScore) => (r.choice === null ? 'the timeout' : `"${r.choice}"`);

export function formatDominated(d: DominatedChoice): string {
  const { choice: c1, dominatedBy: c2 } = d;
  const c1Best = c1.best === -Infinity ? 'always ends in failure' : `earns at most ${c1.best} points from here`;
  // c2.worst is finite: it is above c1.best, which is at least −∞.
  return `beat "${d.beat}": ${nameOf(c1)} (${c1.level}) ${c1Best}, but ${nameOf(c2)} (${c2.level}) earns at least ${c2.worst}`;
}
