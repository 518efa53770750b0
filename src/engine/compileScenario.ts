// Compiles a validated scenario into an XState machine. Every beat is a state;
// choices, patience and "continue" are transitions guarded by the scenario's
// conditions. The machine only wires the pure rules in rules.ts together.
import { and, assign, setup } from 'xstate';
import { applyDecision, choicesOffered, holds, judgedAt, type PlayState } from './rules.ts';
import type { Beat, Next, Scenario } from './schema.ts';
import { rollVariations } from './seededRandom.ts';

export interface StoryInput {
  seed: string;
  /** Off in presenter mode or tests that want no clock: patience never starts. */
  timers?: boolean;
  /** The analysis plays each combination of variations in turn; every other play rolls them from the seed. */
  variation?: Record<string, string>;
  /** Flags set from the start: a studio's try from a late beat (rehearsal.ts). */
  flags?: readonly string[] | undefined;
}

export interface StoryContext extends PlayState {
  scenarioId: string;
  seed: string;
  timers: boolean;
  /** The beat the story is in; kept in context so views need not parse state values. */
  beat: string;
  moodTrail: { beat: string; mood: number }[];
}

export type StoryEvent =
  | { type: 'player.choose'; choice: string }
  /** Moves on from a beat that has no choices. */
  | { type: 'player.continue' }
  /** The choices are on screen: from now on the customer's patience runs. */
  | { type: 'player.ready' }
  /** The customer's patience ran out; sent by the clock, or by a replay of a saved play. */
  | { type: 'player.timeout' };

const beatStateId = (beat: string) => `beat:${beat}`;
export const patienceDelay = (beat: string) => `patience:${beat}`;

export function initialPlayState(scenario: Scenario, input: StoryInput): StoryContext {
  return {
    scenarioId: scenario.id,
    seed: input.seed,
    timers: input.timers ?? true,
    beat: scenario.start,
    mood: scenario.mood,
    loyalty: 0,
    cost: 0,
    minutes: 0,
    flags: [...(input.flags ?? [])],
    variation: input.variation ?? rollVariations(scenario.variations, input.seed),
    decisions: [],
    moodTrail: [],
  };
}

/**
 * A scenario's machine, made once: machines are immutable, so every play of a story (and every path the
 * debrief's best-path search tries) can start its actor from the same one.
 */
export function compileScenario(scenario: Scenario): StoryMachine {
  let machine = compiled.get(scenario);
  if (!machine) {
    machine = buildMachine(scenario);
    compiled.set(scenario, machine);
  }
  return machine;
}

const compiled = new WeakMap<Scenario, StoryMachine>();

function buildMachine(scenario: Scenario) {
  const beatOf = (id: string): Beat => {
    const beat = scenario.beats[id];
    if (!beat) throw new Error(`compileScenario: unknown beat "${id}" (the scenario was not validated)`);
    return beat;
  };
  const judgedIn = (beat: string, choice: string | null) => {
    const judged = judgedAt(beatOf(beat), choice);
    if (!judged) throw new Error(`compileScenario: beat "${beat}" has no ${choice ?? 'patience'}`);
    return judged;
  };
  const decide = (context: StoryContext, beat: string, choice: string | null): StoryContext => {
    const offered = choicesOffered(beatOf(beat).choices, context).map((c) => c.id);
    return { ...context, ...applyDecision(context, beat, judgedIn(beat, choice), choice, offered) };
  };

  const patienceDelays = Object.fromEntries(
    Object.entries(scenario.beats)
      .filter(([, beat]) => beat.patience)
      .map(([id, beat]) => [patienceDelay(id), (beat.patience?.seconds ?? 0) * 1000]),
  );

  const story = setup({
    types: {
      context: {} as StoryContext,
      events: {} as StoryEvent,
      input: {} as StoryInput,
      output: {} as StoryContext,
    },
    guards: {
      timersOn: ({ context }) => context.timers,
      offered: ({ context, event }, params: { beat: string; choice: string }) =>
        event.type === 'player.choose' &&
        event.choice === params.choice &&
        holds(judgedAtChoice(params.beat, params.choice).when, context),
      // Branches of a choice are judged on the state after the choice has taken effect.
      branch: ({ context }, params: { beat: string; choice: string | null; when: Parameters<typeof holds>[0] }) =>
        holds(params.when, decide(context, params.beat, params.choice)),
      continueBranch: ({ context }, params: { when: Parameters<typeof holds>[0] }) => holds(params.when, context),
    },
    actions: {
      enterBeat: assign(({ context }, params: { beat: string }) => ({
        beat: params.beat,
        moodTrail: [...context.moodTrail, { beat: params.beat, mood: context.mood }],
      })),
      decide: assign(({ context }, params: { beat: string; choice: string | null }) =>
        decide(context, params.beat, params.choice),
      ),
    },
    delays: patienceDelays,
  });

  function judgedAtChoice(beat: string, choice: string) {
    const found = beatOf(beat).choices?.find((c) => c.id === choice);
    if (!found) throw new Error(`compileScenario: beat "${beat}" has no choice "${choice}"`);
    return found;
  }

  const decisionTransitions = (
    beat: string,
    choice: string | null,
    next: Next,
    extraGuard?: { type: 'offered'; params: { beat: string; choice: string } },
  ) => {
    const actions = [{ type: 'decide' as const, params: { beat, choice } }];
    const branches = typeof next === 'string' ? [{ go: next, when: undefined }] : next;
    return branches.map((branch) => {
      const guards = [
        ...(extraGuard ? [extraGuard] : []),
        ...(branch.when ? [{ type: 'branch' as const, params: { beat, choice, when: branch.when } }] : []),
      ];
      return {
        target: `#${beatStateId(branch.go)}`,
        reenter: true,
        actions,
        ...(guards.length ? { guard: and(guards) } : {}),
      };
    });
  };

  const stateFor = (id: string, beat: Beat) => {
    const entry = [{ type: 'enterBeat' as const, params: { beat: id } }];
    if (beat.ending) return { id: beatStateId(id), type: 'final' as const, entry };
    if (beat.next !== undefined) {
      const branches = typeof beat.next === 'string' ? [{ go: beat.next, when: undefined }] : beat.next;
      return {
        id: beatStateId(id),
        entry,
        on: {
          'player.continue': branches.map((b) => ({
            target: `#${beatStateId(b.go)}`,
            reenter: true,
            ...(b.when ? { guard: { type: 'continueBranch' as const, params: { when: b.when } } } : {}),
          })),
        },
      };
    }
    const choose = (beat.choices ?? []).flatMap((c) =>
      decisionTransitions(id, c.id, c.next, { type: 'offered', params: { beat: id, choice: c.id } }),
    );
    return {
      id: beatStateId(id),
      entry,
      initial: 'reading' as const,
      states: {
        reading: { on: { 'player.ready': { target: 'waiting', guard: 'timersOn' as const } } },
        waiting: beat.patience
          ? { after: { [patienceDelay(id)]: decisionTransitions(id, null, beat.patience.next) } }
          : {},
      },
      on: {
        'player.choose': choose,
        ...(beat.patience ? { 'player.timeout': decisionTransitions(id, null, beat.patience.next) } : {}),
      },
    };
  };

  return story.createMachine({
    id: scenario.id,
    context: ({ input }) => initialPlayState(scenario, input),
    initial: scenario.start,
    states: Object.fromEntries(Object.entries(scenario.beats).map(([id, beat]) => [id, stateFor(id, beat)])),
    output: ({ context }) => context,
  });
}

export type StoryMachine = ReturnType<typeof buildMachine>;
