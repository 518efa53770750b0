// The one dynamic-programming pass the grade analysis is built from: the best
// path from the start to an ending under a linear objective, over the graph or
// a two-copy product of it, in time linear in the graph's size.
import type { Core } from '../schema.ts';
import type { StoryEdge, StoryGraph } from './graph.ts';

export interface PathQuery {
  /** Edges a path may use; all when left out. */
  allow?: (e: StoryEdge) => boolean;
  /**
   * When given, a path is only accepted once it has crossed, for each of these, an edge where it holds.
   * That needs a bit of memory for each, so the pass runs over 2^k copies of the graph.
   */
  mustCross?: readonly ((e: StoryEdge) => boolean)[];
  accept: (core: Core, experience: boolean) => boolean;
  /** The points an edge earns; its labelled points when left out. */
  earned?: (e: StoryEdge) => number;
}

export interface PathTotals {
  earned: number;
  possible: number;
}

export interface PathBest extends PathTotals {
  /** a·earned − b·possible along the best path. */
  value: number;
}

/**
 * A query's view of every edge, worked out once: whether a path may use it, the copy bits it sets, and its points.
 * A ratio search runs several passes with one query: asking the query's functions about every edge on every pass
 * cost more than the passes themselves.
 */
interface EdgeTable {
  /** 0 where the query does not allow the edge. */
  allowed: Uint8Array;
  /** The bits of the mustCross conditions the edge meets. */
  crosses: Int32Array;
  earned: Float64Array;
  possible: Float64Array;
  to: Int32Array;
  /** Per beat, 1 for an ending the query accepts. */
  accepted: Uint8Array;
  copies: number;
}

function edgeTable(g: StoryGraph, q: PathQuery): EdgeTable {
  const musts = q.mustCross ?? [];
  const count = g.edges.length;
  const table: EdgeTable = {
    allowed: new Uint8Array(count),
    crosses: new Int32Array(count),
    earned: new Float64Array(count),
    possible: new Float64Array(count),
    to: new Int32Array(count),
    accepted: new Uint8Array(g.beats.length),
    copies: 1 << musts.length,
  };
  g.ending.forEach((core, u) => {
    if (core && q.accept(core, g.experience[u]!)) table.accepted[u] = 1;
  });
  for (let k = 0; k < count; k++) {
    const e = g.edges[k]!;
    table.allowed[k] = !q.allow || q.allow(e) ? 1 : 0;
    let mask = 0;
    for (let m = 0; m < musts.length; m++) if (musts[m]!(e)) mask |= 1 << m;
    table.crosses[k] = mask;
    table.earned[k] = q.earned ? q.earned(e) : e.earned;
    table.possible[k] = e.possible;
    table.to[k] = e.to;
  }
  return table;
}

/**
 * Best value of a·earned − b·possible over accepted paths, or null if none is accepted.
 * Ties go to the path with more possible points, so a path with decisions beats
 * one without when both score 0: the ratio search needs possible > 0 to mean anything.
 */
export function bestPath(g: StoryGraph, q: PathQuery, a: number, b: number, sense: 'max' | 'min'): PathBest | null {
  return bestPathOver(g, edgeTable(g, q), a, b, sense);
}

function bestPathOver(g: StoryGraph, table: EdgeTable, a: number, b: number, sense: 'max' | 'min'): PathBest | null {
  if (!g.order || g.start < 0) return null;
  const { copies, allowed, crosses, accepted, to: edgeTo } = table;
  const full = copies - 1;
  const n = g.beats.length;
  const value = new Float64Array(n * copies).fill(Number.NaN);
  const earned = new Float64Array(n * copies);
  const possible = new Float64Array(n * copies);
  const max = sense === 'max';
  value[g.start] = 0;
  let best: PathBest | null = null;

  for (const u of g.order) {
    const core = g.ending[u];
    const out = g.out[u]!;
    for (let c = 0; c < copies; c++) {
      const slot = c * n + u;
      const v = value[slot]!;
      if (Number.isNaN(v)) continue;
      if (core) {
        if (c === full && accepted[u] && (!best || isBetter(best, v, possible[slot]!, sense)))
          best = { value: v, earned: earned[slot]!, possible: possible[slot]! };
        continue;
      }
      for (let i = 0; i < out.length; i++) {
        const k = out[i]!;
        if (!allowed[k]) continue;
        const to = (c | crosses[k]!) * n + edgeTo[k]!;
        const gained = table.earned[k]!;
        const nv = v + a * gained - b * table.possible[k]!;
        const np = possible[slot]! + table.possible[k]!;
        const old = value[to]!;
        // Better: the first value here, a higher (or lower) one, or the same with more possible points.
        if (Number.isNaN(old) || (nv !== old ? (max ? nv > old : nv < old) : np > possible[to]!)) {
          value[to] = nv;
          earned[to] = earned[slot]! + gained;
          possible[to] = np;
        }
      }
    }
  }
  return best;
}

function isBetter(best: PathBest, v: number, p: number, sense: 'max' | 'min'): boolean {
  if (v !== best.value) return sense === 'max' ? v > best.value : v < best.value;
  return p > best.possible;
}

/** Dinkelbach's iterations converge in a handful of passes; this only guards against a bug looping forever. */
const MAX_ITERATIONS = 100;

/**
 * The accepted path whose earned/possible is highest (or lowest), found by Dinkelbach's
 * method: each step is one bestPath pass with objective possible₀·earned − earned₀·possible,
 * whose sign says whether any path beats the current ratio earned₀/possible₀. The weights
 * stay whole numbers, so the comparison is exact. A path with no decisions scores 0%,
 * as in scoring.ts. Null when no path is accepted.
 */
export function extremeRatio(g: StoryGraph, q: PathQuery, sense: 'max' | 'min'): PathTotals | null {
  // Seed with the path with the most (max) or fewest (min) possible points:
  // if even that has none, every path (max) or some path (min) scores 0%.
  const table = edgeTable(g, q);
  const seed = bestPathOver(g, table, 0, -1, sense);
  if (!seed) return null;
  if (seed.possible === 0) return { earned: 0, possible: 0 };
  let current: PathTotals = seed;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const step = bestPathOver(g, table, current.possible, current.earned, sense);
    if (!step || (sense === 'max' ? step.value <= 0 : step.value >= 0)) break;
    current = step;
  }
  return { earned: current.earned, possible: current.possible };
}

/** The same rounding as scoring.ts, so the analysis and a real play agree to the point. */
export function percentOf(t: PathTotals): number {
  return t.possible === 0 ? 0 : Math.round((100 * t.earned) / t.possible);
}
