// Saving a play as its steps, and rebuilding it: the basis of resume and rewind.
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { PlayStep, replaySteps } from '../../src/engine/index.ts';
import { bakery, realCatalogue, seedFor, startPlay } from './support.ts';

describe('the play log', () => {
  it('records choices and continues, and a replay of them reaches the same state', () => {
    const seed = seedFor('batch-soon');
    const { player } = startPlay(bakery(), seed);
    player.continueStory();
    player.choose('ask-sam');
    player.choose('deliver-loaf');
    expect(player.steps()).toEqual([
      { kind: 'continue' },
      { kind: 'choose', id: 'ask-sam' },
      { kind: 'choose', id: 'deliver-loaf' },
    ]);

    const { player: again, applied } = replaySteps(bakery(), realCatalogue(), seed, player.steps());
    expect(applied).toBe(3);
    expect(again.context()).toEqual(player.context());
    expect(again.report()).toEqual(player.report());
  });

  it('has the step in the log by the time subscribers hear of it, so a save is never one step behind', () => {
    const { player, clock } = startPlay(bakery(), 'seed-1');
    const seen: number[] = [];
    player.subscribe(() => seen.push(player.steps().length));
    player.continueStory();
    player.choicesShown();
    clock.increment(10_000);
    expect(seen).toEqual([1, 2]);
  });

  it('does not log refused steps', () => {
    const { player } = startPlay(bakery(), 'seed-1');
    expect(player.choose('ask-sam')).toBe(false); // not on offer before continuing
    player.continueStory();
    expect(player.continueStory()).toBe(false); // a choice beat cannot be continued
    expect(player.steps()).toEqual([{ kind: 'continue' }]);
  });

  it('logs a timeout fired by the clock exactly once, and replays it without a clock', () => {
    const { player, clock } = startPlay(bakery(), 'seed-1');
    player.continueStory();
    player.choicesShown();
    clock.increment(10_000);
    expect(player.steps()).toEqual([{ kind: 'continue' }, { kind: 'timeout' }]);

    const { player: again, applied } = replaySteps(bakery(), realCatalogue(), 'seed-1', player.steps(), {
      timers: false,
    });
    expect(applied).toBe(2);
    expect(again.view().beat).toBe('walked-out');
    expect(again.report().grade).toBe('F');
  });

  it('an explicit timeout is logged once and refused where the beat has no patience', () => {
    const { player } = startPlay(bakery(), 'seed-1');
    expect(player.timeOut()).toBe(false); // the opening beat has no patience
    player.continueStory();
    expect(player.timeOut()).toBe(true);
    expect(player.steps()).toEqual([{ kind: 'continue' }, { kind: 'timeout' }]);
  });

  it('stops a replay at the first step the story no longer accepts', () => {
    const { applied, player } = replaySteps(bakery(), realCatalogue(), 'seed-1', [
      { kind: 'continue' },
      { kind: 'choose', id: 'no-such-choice' },
      { kind: 'choose', id: 'shrug' },
    ]);
    expect(applied).toBe(1);
    expect(player.view().beat).toBe('sold-out');
  });

  it('replays with a clock: the patience of the resumed beat starts when its choices are shown again', () => {
    const clock = new SimulatedClock();
    const { player } = replaySteps(bakery(), realCatalogue(), 'seed-1', [{ kind: 'continue' }], { clock });
    clock.increment(60_000);
    expect(player.view().beat).toBe('sold-out');
    player.choicesShown();
    clock.increment(10_000);
    expect(player.view().beat).toBe('walked-out');
  });

  it('validates steps read from a file', () => {
    expect(PlayStep.safeParse({ kind: 'choose', id: 'x' }).success).toBe(true);
    expect(PlayStep.safeParse({ kind: 'choose' }).success).toBe(false);
    expect(PlayStep.safeParse({ kind: 'jump', to: 'end' }).success).toBe(false);
  });
});
