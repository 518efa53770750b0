// Counts for an author: how big the story is, and how many different ways
// there are through it, counted by dynamic programming rather than by playing
// them out, since the number grows exponentially with the story's length.
import { CORES, type Core, type Scenario } from '../schema.ts';
import { buildStoryGraph, type StoryGraph } from './graph.ts';

export type PathCount =
  { kind: 'finite'; total: bigint; byCore: Record<Core, bigint> } | { kind: 'unbounded'; cycle: string[] };

export interface ScenarioStats {
  beats: number;
  choices: number;
  /** Beats with a patience timer. */
  timers: number;
  breakdowns: number;
  endings: Record<Core, number>;
  /**
   * Distinct ways from the start to an ending, `when:` conditions ignored. A way is the
   * sequence of choices, timeouts and moves taken, so two choices into the same beat count twice.
   */
  paths: PathCount;
}

export function scenarioStats(scenario: Scenario, graph: StoryGraph = buildStoryGraph(scenario)): ScenarioStats {
  const beats = Object.values(scenario.beats);
  const endings = zeroByCore(0);
  for (const b of beats) if (b.ending) endings[b.ending.core]++;
  return {
    beats: beats.length,
    choices: beats.reduce((n, b) => n + (b.choices?.length ?? 0), 0),
    timers: beats.filter((b) => b.patience).length,
    breakdowns: beats.filter((b) => b.breakdown).length,
    endings,
    paths: countPaths(graph),
  };
}

export function countPaths(g: StoryGraph): PathCount {
  if (!g.order) return { kind: 'unbounded', cycle: g.cycle ?? [] };
  const byCore = zeroByCore(0n);
  if (g.start < 0) return { kind: 'finite', total: 0n, byCore };
  // Counts are pushed forward and dropped once passed on, so only the frontier of
  // the story holds its (possibly thousands of digits long) numbers at any time.
  const ways: (bigint | undefined)[] = new Array<bigint | undefined>(g.beats.length);
  ways[g.start] = 1n;
  for (const u of g.order) {
    const here = ways[u];
    if (here === undefined) continue;
    ways[u] = undefined;
    const core = g.ending[u];
    if (core) byCore[core] += here;
    for (const k of g.out[u]!) {
      const to = g.edges[k]!.to;
      ways[to] = (ways[to] ?? 0n) + here;
    }
  }
  return { kind: 'finite', total: CORES.reduce((sum, o) => sum + byCore[o], 0n), byCore };
}

export function formatPathCount(paths: PathCount): string {
  if (paths.kind === 'unbounded') return `unbounded (loops through ${paths.cycle.join(' → ')})`;
  const parts = CORES.filter((o) => paths.byCore[o] > 0n).map((o) => `${count(paths.byCore[o])} ${o}`);
  return `${count(paths.total)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** Past this many digits a count is given by its size: a long story's paths run to hundreds of digits. */
const DIGITS_WRITTEN = 15;

/** A count in full, or past DIGITS_WRITTEN digits as about its first three digits times a power of ten. */
function count(n: bigint): string {
  const digits = n.toString();
  if (digits.length <= DIGITS_WRITTEN) return digits;
  return `about ${digits[0]}.${digits.slice(1, 3)} × 10^${digits.length - 1}`;
}

function zeroByCore<T>(zero: T): Record<Core, T> {
  return { delivered: zero, 'handled-honestly': zero, failed: zero };
}
