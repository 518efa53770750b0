// The customer's patience on a beat with choices, on XState's SimulatedClock:
// no real waiting, and the timer only runs while the choices are on screen.
import { describe, expect, it } from 'vitest';
import { bakery, seedFor, startPlay } from './support.ts';

const scenario = bakery();
const seed = seedFor('batch-soon');
const PATIENCE_MS = 10_000;

/** A play standing at the sold-out beat (which has 10 seconds of patience). */
function atSoldOut(timers = true) {
  const play = startPlay(scenario, seed, timers);
  play.player.continueStory();
  return play;
}

describe('patience', () => {
  it('does not run before the choices are shown', () => {
    const { player, clock } = atSoldOut();

    clock.increment(10 * PATIENCE_MS);

    expect(player.isWaiting()).toBe(false);
    expect(player.view().beat).toBe('sold-out');
    expect(player.context().decisions).toEqual([]);
  });

  it('once the choices are shown, running out moves on and records a harmful timeout', () => {
    const { player, clock } = atSoldOut();
    player.choicesShown();
    expect(player.isWaiting()).toBe(true);

    clock.increment(PATIENCE_MS - 1);
    expect(player.view().beat).toBe('sold-out');
    clock.increment(1);

    expect(player.view().beat).toBe('walked-out');
    expect(player.isOver()).toBe(true);
    expect(player.context().mood).toBe(40);
    expect(player.context().decisions).toEqual([
      {
        beat: 'sold-out',
        choice: null,
        level: 'harmful',
        offered: ['shrug', 'ask-sam', 'be-rude'],
        moodAfter: 40,
        loyaltyAfter: 0,
      },
    ]);
  });

  it('the timeout shows in the report with its default text and the better choice', () => {
    const { player, clock } = atSoldOut();
    player.choicesShown();
    clock.increment(PATIENCE_MS);

    const report = player.report();

    expect(report.grade).toBe('F');
    expect(report.decisions[0]).toMatchObject({
      choice: null,
      text: 'You hesitated, and the customer ran out of patience',
      level: 'harmful',
      better: { id: 'ask-sam', level: 'good' },
    });
  });

  it('a choice made before the timeout cancels it', () => {
    const { player, clock } = atSoldOut();
    player.choicesShown();
    clock.increment(PATIENCE_MS / 2);

    player.choose('shrug');
    clock.increment(10 * PATIENCE_MS);

    expect(player.isWaiting()).toBe(false);
    expect(player.view().beat).toBe('plain-goodbye');
    expect(player.context().decisions.map((d) => d.choice)).toEqual(['shrug']);
  });

  it('a choice that leads to a beat without patience leaves no timer behind', () => {
    const { player, clock } = atSoldOut();
    player.choicesShown();

    player.choose('ask-sam');
    player.choicesShown();
    clock.increment(10 * PATIENCE_MS);

    expect(player.view().beat).toBe('batch-coming');
    expect(player.view().patienceSeconds).toBeNull();
    expect(player.context().decisions).toHaveLength(1);
  });

  it('with timers off the timeout never fires', () => {
    const { player, clock } = atSoldOut(false);
    player.choicesShown();

    clock.increment(600_000);

    expect(player.isWaiting()).toBe(false);
    expect(player.view().beat).toBe('sold-out');
    expect(player.context().decisions).toEqual([]);
    expect(player.choose('shrug')).toBe(true);
  });

  it('showing the choices twice does not restart or double the timer', () => {
    const { player, clock } = atSoldOut();
    player.choicesShown();
    clock.increment(PATIENCE_MS - 1000);

    player.choicesShown();
    clock.increment(1000);

    expect(player.view().beat).toBe('walked-out');
    expect(player.context().decisions).toHaveLength(1);
  });
});
