// Every possible play of bakery-mini, found by a depth-first search over the
// real player: each choice on offer, "continue", and letting patience run out
// (on a simulated clock), for several seeds so both oven rolls are covered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportCard, StoryPlayer } from '../../src/engine/index.ts';
import { bakery, startPlay, type TestPlay } from './support.ts';

const scenario = bakery();
const SEEDS = Array.from({ length: 8 }, (_, i) => `seed-${i}`);
/** bakery-mini's longest play has 3 steps; anything near this bound is a loop. */
const MAX_STEPS = 12;

type Step = { kind: 'continue' } | { kind: 'choose'; id: string } | { kind: 'timeout' };

interface Play {
  seed: string;
  steps: Step[];
  beats: string[];
  report: ReportCard;
}

function moodOk(player: StoryPlayer): boolean {
  const { mood, moodTrail } = player.context();
  return [mood, ...moodTrail.map((m) => m.mood)].every((m) => Number.isInteger(m) && m >= 0 && m <= 100);
}

/** Takes one step; false if it did not move the story on. */
function take({ player, clock }: TestPlay, step: Step): boolean {
  const before = player.context();
  switch (step.kind) {
    case 'continue':
      return player.continueStory();
    case 'choose':
      player.choicesShown();
      return player.choose(step.id);
    case 'timeout':
      player.choicesShown();
      clock.increment((player.view().patienceSeconds ?? 0) * 1000);
      return player.context() !== before && player.context().decisions.length === before.decisions.length + 1;
  }
}

function stepsFrom(player: StoryPlayer): Step[] {
  const view = player.view();
  if (view.kind === 'continue') return [{ kind: 'continue' }];
  if (view.kind === 'ending') return [];
  const choices = view.choices.map((c): Step => ({ kind: 'choose', id: c.id }));
  return view.patienceSeconds === null ? choices : [...choices, { kind: 'timeout' }];
}

/** Replays `steps` from the start on a fresh player, checking the invariants after every step. */
function replay(seed: string, steps: Step[]): TestPlay {
  const play = startPlay(scenario, seed);
  for (const step of steps) {
    expect(take(play, step), `${seed}: ${JSON.stringify(step)} should move the story on`).toBe(true);
    expect(moodOk(play.player), `${seed}: mood out of 0..100`).toBe(true);
  }
  return play;
}

function allPlays(seed: string): Play[] {
  const finished: Play[] = [];
  const pending: Step[][] = [[]];
  while (pending.length > 0) {
    const steps = pending.pop() ?? [];
    const { player } = replay(seed, steps);
    if (player.isOver()) {
      finished.push({ seed, steps, beats: player.context().moodTrail.map((m) => m.beat), report: player.report() });
    } else {
      expect(steps.length, `${seed}: a play is still going after ${MAX_STEPS} steps`).toBeLessThan(MAX_STEPS);
      const next = stepsFrom(player);
      expect(next.length, `${seed}: stuck at ${player.view().beat}`).toBeGreaterThan(0);
      for (const step of next) pending.push([...steps, step]);
    }
    player.stop();
  }
  return finished;
}

describe('every path through bakery-mini', () => {
  let plays: Play[] = [];
  beforeAll(() => {
    plays = SEEDS.flatMap(allPlays);
  });

  it('covers both variation outcomes across the seeds', () => {
    const ovens = new Set(SEEDS.map((seed) => startPlay(scenario, seed).player.context().variation['oven']));

    expect(ovens).toEqual(new Set(['batch-soon', 'no-batch']));
  });

  it('has five plays per seed, each ending within the step bound', () => {
    for (const seed of SEEDS) expect(plays.filter((p) => p.seed === seed)).toHaveLength(5);
    for (const p of plays) expect(p.steps.length).toBeLessThanOrEqual(MAX_STEPS);
  });

  it('grades every play A–F with a percent in 0..100 and a mood in 0..100', () => {
    for (const { report } of plays) {
      expect(['A', 'B', 'C', 'D', 'F']).toContain(report.grade);
      expect(report.percent).toBeGreaterThanOrEqual(0);
      expect(report.percent).toBeLessThanOrEqual(100);
      expect(report.ledger.moodEnd).toBeGreaterThanOrEqual(0);
      expect(report.ledger.moodEnd).toBeLessThanOrEqual(100);
    }
  });

  it('reaches every beat, every ending and every choice, and times out somewhere', () => {
    const beats = new Set(plays.flatMap((p) => p.beats));
    const endings = new Set(plays.map((p) => p.report.ending.beat));
    const chosen = new Set(plays.flatMap((p) => p.report.decisions.map((d) => d.choice)));

    expect(beats).toEqual(new Set(Object.keys(scenario.beats)));
    expect(endings).toEqual(new Set(['delighted', 'plain-goodbye', 'walked-out']));
    const allChoices = Object.values(scenario.beats)
      .flatMap((b) => b.choices ?? [])
      .map((c) => c.id);
    expect(chosen).toEqual(new Set([...allChoices, null]));
  });

  it('fails every play that ends at the failed ending, and only those', () => {
    for (const { report } of plays) expect(report.grade === 'F').toBe(report.core === 'failed');
  });

  it('gives the same report for the same seed and steps', () => {
    const first = plays[0];
    if (!first) throw new Error('no plays');

    const { player } = replay(first.seed, first.steps);

    expect(player.report()).toEqual(first.report);
  });
});
