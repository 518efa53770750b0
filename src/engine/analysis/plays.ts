// Every play a story allows, found by stepping its own machine: for each combination of its variations,
// a depth-first search takes every choice on offer, every timeout and every "continue" with XState's pure
// transition function, so every `when:` is honoured exactly as in a real play and a loop guarded by a
// condition is followed as far as the condition lets it. Each play is graded by the real grading model.
// Unlike the graph analyses this grows with the number of plays, so it stops at a limit and says so.
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { compileScenario, type StoryContext, type StoryEvent } from '../compileScenario.ts';
import { gradePlay, type Graded, type GradedDecision } from '../grading.ts';
import type { PlayStep } from '../playStep.ts';
import { choicesOffered } from '../rules.ts';
import type { Ending, Scenario } from '../schema.ts';

export interface AnalysedDecision extends GradedDecision {
  beat: string;
  /** null for a timeout. */
  choice: string | null;
  /** The choices that were on offer at that moment. */
  offered: string[];
}

export interface AnalysedPlay {
  variation: Record<string, string>;
  steps: PlayStep[];
  decisions: AnalysedDecision[];
  /** The ending beat's id. */
  end: string;
  ending: Ending;
  graded: Graded;
}

export type PlaysResult =
  | { kind: 'complete'; plays: AnalysedPlay[] }
  | { kind: 'too-many'; limit: number }
  /** A play went on past `steps` moves: a loop that no condition ends. */
  | { kind: 'endless'; steps: number; sample: string };

/** Past this many plays a story is analysed on its graph instead (conditions ignored); ten stories have about 3,500 in all. */
export const PLAY_LIMIT = 20_000;

/** A play this much longer than the story has beats is going round a loop that nothing ends. */
const stepLimit = (scenario: Scenario) => Math.max(200, 4 * Object.keys(scenario.beats).length);

export function analysePlays(scenario: Scenario, limit = PLAY_LIMIT): PlaysResult {
  const maxSteps = stepLimit(scenario);
  const machine = compileScenario(scenario);
  const plays: AnalysedPlay[] = [];
  for (const variation of variationCombinations(scenario)) {
    const stack: { snapshot: ReturnType<typeof getInitialSnapshot<typeof machine>>; steps: PlayStep[] }[] = [
      { snapshot: getInitialSnapshot(machine, { seed: 'analysis', timers: false, variation }), steps: [] },
    ];
    while (stack.length > 0) {
      const { snapshot, steps } = stack.pop()!;
      const context = snapshot.context;
      const beat = scenario.beats[context.beat]!;
      if (snapshot.status === 'done' && beat.ending) {
        if (plays.length >= limit) return { kind: 'too-many', limit };
        plays.push(playOf(scenario, variation, steps, context, beat.ending));
        continue;
      }
      if (steps.length >= maxSteps) return { kind: 'endless', steps: maxSteps, sample: `${describeSteps(steps.slice(0, 12))} > …` };
      const moves: [PlayStep, StoryEvent][] =
        beat.next !== undefined
          ? [[{ kind: 'continue' }, { type: 'player.continue' }]]
          : [
              ...choicesOffered(beat.choices, context).map((c): [PlayStep, StoryEvent] => [{ kind: 'choose', id: c.id }, { type: 'player.choose', choice: c.id }]),
              ...(beat.patience ? [[{ kind: 'timeout' }, { type: 'player.timeout' }] as [PlayStep, StoryEvent]] : []),
            ];
      // Pushed in reverse so the file's first choice is explored first, as an author reads the story.
      for (const [step, event] of moves.reverse()) stack.push({ snapshot: getNextSnapshot(machine, snapshot, event), steps: [...steps, step] });
    }
  }
  return { kind: 'complete', plays };
}

function playOf(scenario: Scenario, variation: Record<string, string>, steps: PlayStep[], context: StoryContext, ending: Ending): AnalysedPlay {
  const decisions = context.decisions.map((d): AnalysedDecision => {
    const beat = scenario.beats[d.beat]!;
    const judged = d.choice === null ? beat.patience : beat.choices?.find((c) => c.id === d.choice);
    return { beat: d.beat, choice: d.choice, offered: d.offered, level: d.level, breakdown: beat.breakdown ?? null, harm: judged?.harm ?? null };
  });
  return { variation, steps, decisions, end: context.beat, ending, graded: gradePlay(ending, decisions) };
}

/** Every combination of the story's variation outcomes (weights apart: a rare night is still a night). */
export function variationCombinations(scenario: Scenario): Record<string, string>[] {
  let combinations: Record<string, string>[] = [{}];
  for (const [roll, options] of Object.entries(scenario.variations ?? {}))
    combinations = combinations.flatMap((so) => options.map((o) => ({ ...so, [roll]: o.id })));
  return combinations;
}

/** A play as an author reads it: the choices taken, "timeout at <beat>" for a hesitation, continues left out. */
export function describePlay(play: Pick<AnalysedPlay, 'decisions' | 'variation'>): string {
  const path = play.decisions.map((d) => d.choice ?? `timeout at ${d.beat}`).join(' > ');
  const rolls = Object.entries(play.variation).map(([roll, outcome]) => `${roll}=${outcome}`);
  return `${path || '(no decisions)'}${rolls.length ? ` [${rolls.join(', ')}]` : ''}`;
}

function describeSteps(steps: PlayStep[]): string {
  return steps.map((s) => (s.kind === 'choose' ? s.id : s.kind)).join(' > ');
}
