// The small API a front end (or a test) plays a story through: what is on
// screen now, choose, continue, and the report card at the end. The XState
// actor inside is the single source of truth for where the story is.
import { createActor, type ActorOptions, type AnyActorLogic } from 'xstate';
import type { Catalogue } from './catalogue.ts';
import { compileScenario, type StoryContext, type StoryInput } from './compileScenario.ts';
import { presentBeat, type BeatView } from './presentBeat.ts';
import type { PlayStep } from './playStep.ts';
import type { Scenario } from './schema.ts';
import { scorePlay, type ReportCard } from './scoring.ts';

/** xstate does not export its Clock type; this is the one createActor accepts (SimulatedClock in tests). */
export type Clock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

export interface StoryPlayer {
  readonly scenario: Scenario;
  readonly seed: string;
  view(): BeatView;
  context(): StoryContext;
  /** True once the choices are shown and until one is taken; the patience timer, if the beat has one, runs meanwhile. */
  isWaiting(): boolean;
  isOver(): boolean;
  /** Returns false when the choice is not on offer now, so a double click cannot score twice. */
  choose(choiceId: string): boolean;
  continueStory(): boolean;
  /** Lets the patience run out now (a replay of a saved timeout); false where the beat has no patience. */
  timeOut(): boolean;
  /** The choices are on screen; the patience timer (if the beat has one) starts now. */
  choicesShown(): void;
  report(): ReportCard;
  /** Every step taken so far, timeouts the clock fired included: with the seed, enough to rebuild this play. */
  steps(): PlayStep[];
  subscribe(listener: (view: BeatView) => void): () => void;
  stop(): void;
}

export function createStoryPlayer(
  scenario: Scenario,
  catalogue: Catalogue,
  input: StoryInput,
  options: { clock?: Clock } = {},
): StoryPlayer {
  const actor = createActor(compileScenario(scenario), { input, ...(options.clock ? { clock: options.clock } : {}) });
  actor.start();
  const context = () => actor.getSnapshot().context;
  const view = () => presentBeat(scenario, context());
  const changed = (before: ReturnType<typeof actor.getSnapshot>) => actor.getSnapshot() !== before;
  const log: PlayStep[] = [];
  let sending = false;
  // The step joins the log before the send, because subscribers (a save, say) run during it.
  const take = (step: PlayStep, send: () => void): boolean => {
    const before = actor.getSnapshot();
    log.push(step);
    sending = true;
    send();
    sending = false;
    if (changed(before)) return true;
    log.pop();
    return false;
  };
  // A timeout fired by the clock arrives as a decision nobody sent: log it as a step, like a replayed one.
  let decisionsSeen = 0;
  actor.subscribe((snapshot) => {
    const decisions = snapshot.context.decisions;
    if (!sending && decisions.length > decisionsSeen && decisions[decisions.length - 1]?.choice === null)
      log.push({ kind: 'timeout' });
    decisionsSeen = decisions.length;
  });

  return {
    scenario,
    seed: input.seed,
    view,
    context,
    isWaiting: () => actor.getSnapshot().matches({ [context().beat]: 'waiting' } as never),
    isOver: () => actor.getSnapshot().status === 'done',
    choose(choiceId) {
      if (!view().choices.some((c) => c.id === choiceId)) return false;
      return take({ kind: 'choose', id: choiceId }, () => actor.send({ type: 'player.choose', choice: choiceId }));
    },
    continueStory() {
      return take({ kind: 'continue' }, () => actor.send({ type: 'player.continue' }));
    },
    timeOut() {
      return take({ kind: 'timeout' }, () => actor.send({ type: 'player.timeout' }));
    },
    steps: () => [...log],
    choicesShown() {
      if (actor.getSnapshot().status === 'active') actor.send({ type: 'player.ready' });
    },
    report: () => scorePlay(scenario, context(), catalogue),
    subscribe(listener) {
      let lastBeat = context().beat;
      let lastCount = context().decisions.length;
      const subscription = actor.subscribe((snapshot) => {
        // Only a move to another beat (or a re-entry after a decision) is news to a view.
        const { beat, decisions } = snapshot.context;
        if (beat === lastBeat && decisions.length === lastCount) return;
        lastBeat = beat;
        lastCount = decisions.length;
        listener(view());
      });
      return () => subscription.unsubscribe();
    },
    stop: () => actor.stop(),
  };
}
