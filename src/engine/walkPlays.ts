// Every way through a story, found by stepping its own machine with XState's pure transition function: a
// depth-first search that takes every choice on offer, every "continue" and (if asked) every timeout, so
// every `when:` is honoured exactly as in a real play and a loop guarded by a condition is followed as far
// as the condition lets it. The debrief's best path and the checker's grading rules both start here.
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { compileScenario, type StoryContext, type StoryEvent } from './compileScenario.ts';
import type { PlayStep } from './playStep.ts';
import { choicesOffered } from './rules.ts';
import type { Scenario } from './schema.ts';

export interface WalkedPlay {
  variation: Record<string, string>;
  steps: PlayStep[];
  /** The machine's context at the ending. */
  context: StoryContext;
}

export interface WalkOptions {
  /** The seed the plays carry (it orders nothing here: the walk takes every choice). */
  seed: string;
  /** Each combination of variations to walk, in turn. */
  variations: readonly Record<string, string>[];
  /** Whether letting patience run out is one of the ways on. */
  timeouts: boolean;
  /** Stop after this many plays. */
  limit: number;
}

export interface Walked {
  /** The plays found, in the order an author reads the story (the file's first choice first). */
  plays: WalkedPlay[];
  /** Why the walk stopped early, if it did: too many plays, or one that went round a loop nothing ends. */
  stopped: null | { kind: 'too-many'; limit: number } | { kind: 'endless'; steps: number; sample: string };
}

/** A play this much longer than the story has beats is going round a loop that nothing ends. */
export const stepLimit = (scenario: Scenario) => Math.max(200, 4 * Object.keys(scenario.beats).length);

export function walkPlays(scenario: Scenario, options: WalkOptions): Walked {
  const machine = compileScenario(scenario);
  const maxSteps = stepLimit(scenario);
  const plays: WalkedPlay[] = [];
  for (const variation of options.variations) {
    const stack = [
      {
        snapshot: getInitialSnapshot(machine, { seed: options.seed, timers: false, variation }),
        steps: [] as PlayStep[],
      },
    ];
    while (stack.length > 0) {
      const { snapshot, steps } = stack.pop()!;
      const context = snapshot.context;
      const beat = scenario.beats[context.beat]!;
      if (snapshot.status === 'done' && beat.ending) {
        if (plays.length >= options.limit) return { plays, stopped: { kind: 'too-many', limit: options.limit } };
        plays.push({ variation, steps, context });
        continue;
      }
      if (steps.length >= maxSteps)
        return {
          plays,
          stopped: { kind: 'endless', steps: maxSteps, sample: `${describeSteps(steps.slice(0, 12))} > …` },
        };
      const moves: [PlayStep, StoryEvent][] =
        beat.next !== undefined
          ? [[{ kind: 'continue' }, { type: 'player.continue' }]]
          : [
              ...choicesOffered(beat.choices, context).map((c): [PlayStep, StoryEvent] => [
                { kind: 'choose', id: c.id },
                { type: 'player.choose', choice: c.id },
              ]),
              ...(beat.patience && options.timeouts
                ? [[{ kind: 'timeout' }, { type: 'player.timeout' }] as [PlayStep, StoryEvent]]
                : []),
            ];
      // Pushed in reverse so the file's first choice is explored first, as an author reads the story.
      for (const [step, event] of moves.reverse())
        stack.push({ snapshot: getNextSnapshot(machine, snapshot, event), steps: [...steps, step] });
    }
  }
  return { plays, stopped: null };
}

function describeSteps(steps: PlayStep[]): string {
  return steps.map((s) => (s.kind === 'choose' ? s.id : s.kind)).join(' > ');
}
