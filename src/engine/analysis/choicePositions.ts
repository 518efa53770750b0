// Where a story's best options sit in the file. The game shuffles choices from the play's seed, so a
// trainee cannot learn "press 1"; but pinned choices, printed scripts and anyone reading the file still
// see the written order, and a habit of writing the best option first leaks into a company's own stories.
import { LEVEL_POINTS } from '../rules.ts';
import type { Scenario } from '../schema.ts';

export interface PositionFinding {
  /** 1-based position in the file's order from the top; with `fromEnd`, last (1 from the bottom). */
  position: number;
  fromEnd: boolean;
  /** Decisions (beats with two or more choices) whose best option sits there. */
  count: number;
  decisions: number;
}

/** Below this many decisions, a pattern is too small to mean anything. */
const FEWEST_DECISIONS = 4;

/** The place that holds the best option at more than half of a story's decisions, if any: a place from the top, or last. */
export function bestOptionPositions(scenario: Scenario): PositionFinding | null {
  const fromTop = new Map<number, number>();
  const fromBottom = new Map<number, number>();
  let decisions = 0;
  for (const beat of Object.values(scenario.beats)) {
    const choices = beat.choices ?? [];
    if (choices.length < 2) continue;
    decisions++;
    let top = -Infinity;
    for (const c of choices) top = Math.max(top, LEVEL_POINTS[c.level]);
    // Where several options share the top level, each of their places counts once for this decision.
    for (let i = 0; i < choices.length; i++) {
      if (LEVEL_POINTS[choices[i]!.level] !== top) continue;
      fromTop.set(i + 1, (fromTop.get(i + 1) ?? 0) + 1);
      if (i === choices.length - 1) fromBottom.set(1, (fromBottom.get(1) ?? 0) + 1);
    }
  }
  if (decisions < FEWEST_DECISIONS) return null;
  const most = (tally: Map<number, number>) => [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  const [top, topCount] = most(fromTop);
  const [bottom, bottomCount] = most(fromBottom);
  if (topCount * 2 > decisions && topCount >= bottomCount)
    return { position: top, fromEnd: false, count: topCount, decisions };
  if (bottomCount * 2 > decisions) return { position: bottom, fromEnd: true, count: bottomCount, decisions };
  return null;
}

export function formatPositions(f: PositionFinding): string {
  const place = f.fromEnd ? 'last' : ordinal(f.position);
  return `the best option is listed ${place} at ${f.count} of ${f.decisions} decisions: play shuffles the choices, but a pinned choice, a printed script and the next author all read the file's order, so vary it`;
}

const ordinal = (n: number) => ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][n - 1] ?? `number ${n}`;
