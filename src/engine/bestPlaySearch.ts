// The debrief's best path, with a bound. Enumerating every play grows with the number of paths (a 10,000-beat
// story has astronomically many) and never ends on a loop, so this searches situations instead: breadth-first
// over the story's own machine (XState's pure transitions, so every `when:` holds as in a real play), merging
// plays that reach the same situation. A situation is what can still change the play's course (the beat, mood,
// loyalty, flags, the choices a later `chose:` asks about) and its grade (the points possible so far, the
// heroic ones among them, harm and care). Of two plays in one situation the one with more points earned can
// only end as well or better, and breadth-first, the first there has the fewest steps; the other is dropped.
// It stops at a budget of situations or when asked to, and says so: a best path is never claimed unchecked.
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { compileScenario, type StoryContext, type StoryEvent } from './compileScenario.ts';
import { BREAKDOWN_WEIGHT, gradedDecisionOf, gradePlay, GRADES } from './grading.ts';
import type { PlayStep } from './playStep.ts';
import { choicesOffered, LEVEL_POINTS } from './rules.ts';
import type { Scenario } from './schema.ts';
import { stepLimit } from './walkPlays.ts';

export interface SearchBudget {
  /** The most situations looked at before giving up. */
  situations: number;
  /** Asked every so often; true stops the search (a clock, where the search runs). */
  stop?: () => boolean;
  /** Why `stop` stopped it, as the debrief says it. */
  stopReason?: string;
}

export type BestSteps =
  /** `within` is set when longer plays (round a loop) were left out: the best of those up to that many steps. */
  | { kind: 'found'; steps: PlayStep[]; within: number | null }
  /** No play reaches an ending without the customer's patience running out. */
  | { kind: 'none' }
  | { kind: 'not-computed'; reason: string };

/** Enough for every shipped story many times over (the largest has a few thousand situations). */
export const DEFAULT_SITUATIONS = 60_000;

interface Totals {
  earned: number;
  possible: number;
  /** Weighted heroic points: a heroic choice counts as good unless the ending delivers the surprise. */
  heroic: number;
  /** harm at a breakdown, harm, a breakdown met without care, a breakdown met: one bit each. */
  marks: number;
}

interface Node {
  parent: number;
  step: PlayStep | null;
}

export function searchBestSteps(
  scenario: Scenario,
  variation: Record<string, string>,
  budget: SearchBudget,
  /** Flags set from the start (a studio's try, rehearsal.ts). */
  flags: readonly string[] = [],
): BestSteps {
  const machine = compileScenario(scenario);
  const maxSteps = stepLimit(scenario);
  const asked = choseIds(scenario);
  const nodes: Node[] = [{ parent: -1, step: null }];
  const start = getInitialSnapshot(machine, { seed: 'best-path', timers: false, variation, flags });
  let queue: { node: number; depth: number; snapshot: typeof start; totals: Totals }[] = [
    { node: 0, depth: 0, snapshot: start, totals: { earned: 0, possible: 0, heroic: 0, marks: 0 } },
  ];
  const earnedAt = new Map<string, number>();
  let best: { node: number; rank: [number, number] } | null = null;
  let cut = false;
  let looked = 0;

  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const { node, depth, snapshot, totals } of queue) {
      const context = snapshot.context;
      const beat = scenario.beats[context.beat]!;
      if (snapshot.status === 'done' && beat.ending) {
        const rank = rankOf(scenario, context);
        if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1]))
          best = { node, rank };
        continue;
      }
      if (depth >= maxSteps) {
        cut = true;
        continue;
      }
      if (++looked > budget.situations)
        return {
          kind: 'not-computed',
          reason: `the story has more ways through than the debrief can compare (over ${budget.situations.toLocaleString('en')} situations)`,
        };
      if (looked % 256 === 0 && budget.stop?.())
        return { kind: 'not-computed', reason: budget.stopReason ?? 'the search was stopped' };
      for (const [step, event] of movesAt(scenario, context)) {
        const after = getNextSnapshot(machine, snapshot, event);
        if (after === snapshot || after.context === context) continue;
        const added =
          after.context.decisions.length > context.decisions.length
            ? after.context.decisions[after.context.decisions.length - 1]
            : undefined;
        const sums = added ? withDecision(scenario, totals, added.beat, added.level) : totals;
        const key = situationKey(after.context, sums, asked);
        const seen = earnedAt.get(key);
        if (seen !== undefined && seen >= sums.earned) continue;
        earnedAt.set(key, sums.earned);
        nodes.push({ parent: node, step });
        next.push({ node: nodes.length - 1, depth: depth + 1, snapshot: after, totals: sums });
      }
    }
    queue = next;
  }
  if (!best)
    return cut
      ? { kind: 'not-computed', reason: `every play found goes round a loop for more than ${maxSteps} steps` }
      : { kind: 'none' };
  return { kind: 'found', steps: stepsTo(nodes, best.node), within: cut ? maxSteps : null };
}

/** Lower is better: the grade, then the score (as scoring.ts grades a play); steps are settled by the search order. */
function rankOf(scenario: Scenario, context: StoryContext): [number, number] {
  const ending = scenario.beats[context.beat]!.ending!;
  const graded = gradePlay(
    ending,
    context.decisions.map((d) => gradedDecisionOf(scenario, d)),
  );
  return [GRADES.indexOf(graded.grade), -graded.percent];
}

/** The ways on from here, the file's first choice first (patience is never left to run out). */
function movesAt(scenario: Scenario, context: StoryContext): [PlayStep, StoryEvent][] {
  const beat = scenario.beats[context.beat]!;
  if (beat.next !== undefined) return [[{ kind: 'continue' }, { type: 'player.continue' }]];
  return choicesOffered(beat.choices, context).map((c) => [
    { kind: 'choose', id: c.id },
    { type: 'player.choose', choice: c.id },
  ]);
}

function withDecision(scenario: Scenario, t: Totals, beatId: string, level: keyof typeof LEVEL_POINTS): Totals {
  const beat = scenario.beats[beatId]!;
  const atBreakdown = beat.breakdown !== undefined;
  const weight = atBreakdown ? BREAKDOWN_WEIGHT : 1;
  const harmful = level === 'harmful';
  const careless = atBreakdown && (level === 'routine' || harmful);
  const marks =
    t.marks | (harmful && atBreakdown ? 1 : 0) | (harmful ? 2 : 0) | (careless ? 4 : 0) | (atBreakdown ? 8 : 0);
  return {
    earned: t.earned + LEVEL_POINTS[level] * weight,
    possible: t.possible + LEVEL_POINTS.heroic * weight,
    heroic: t.heroic + (level === 'heroic' ? weight : 0),
    marks,
  };
}

function situationKey(context: StoryContext, t: Totals, asked: ReadonlySet<string>): string {
  const chosen = context.decisions.filter((d) => d.choice !== null && asked.has(d.choice)).map((d) => d.choice);
  return [
    context.beat,
    context.mood,
    context.loyalty,
    [...context.flags].sort().join(','),
    [...new Set(chosen)].sort().join(','),
    t.possible,
    t.heroic,
    t.marks,
  ].join('|');
}

/** Every choice id a `chose:` condition anywhere in the story asks about: only those make two plays' pasts differ. */
function choseIds(scenario: Scenario): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'chose') [inner].flat().forEach((id) => typeof id === 'string' && ids.add(id));
        else visit(inner);
      }
    }
  };
  visit(scenario.beats);
  return ids;
}

function stepsTo(nodes: Node[], at: number): PlayStep[] {
  const steps: PlayStep[] = [];
  for (let n = at; n > 0; n = nodes[n]!.parent) steps.push(nodes[n]!.step!);
  return steps.reverse();
}
