// Grading a finished play: the grade rules, the weighted percent, the better
// alternative and the ledger, on real plays of bakery-mini where possible.
import { describe, expect, it } from 'vitest';
import { gradeFor, type Choice, type Ending, type Scenario } from '../../src/engine/index.ts';
import { bakery, seedFor, startPlay } from './support.ts';

const scenario = bakery();
const soon = seedFor('batch-soon');
const none = seedFor('no-batch');

/** Plays bakery-mini (or a variant) from the start through the given choices. */
function play(choices: string[], seed = soon, story: Scenario = scenario) {
  const { player } = startPlay(story, seed, false);
  player.continueStory();
  for (const id of choices) expect(player.choose(id), `choose ${id}`).toBe(true);
  expect(player.isOver()).toBe(true);
  return player.report();
}

/** A deep copy of bakery-mini with one choice changed. */
function withChoice(id: string, change: Partial<Choice>, mood = scenario.mood): Scenario {
  const copy = structuredClone(scenario);
  for (const beat of Object.values(copy.beats)) {
    const choice = beat.choices?.find((c) => c.id === id);
    if (choice) Object.assign(choice, change);
  }
  return { ...copy, mood };
}

const delivered: Ending = { title: 'Done', outcome: 'delivered' };
const failed: Ending = { title: 'Lost', outcome: 'failed' };
const atBreakdown = 'the oven broke';

describe('gradeFor', () => {
  it('a failed ending is F whatever the choices', () => {
    const perfect = [{ level: 'heroic' as const, breakdown: atBreakdown }];

    expect(gradeFor(failed, perfect, 100)).toBe('F');
    expect(gradeFor(delivered, perfect, 100)).toBe('A');
  });

  it('heroic at a breakdown, 80% or more and nothing harmful is an A; just under 80% is a B', () => {
    const decisions = [
      { level: 'heroic' as const, breakdown: atBreakdown },
      { level: 'good' as const, breakdown: null },
    ];

    expect(gradeFor(delivered, decisions, 80)).toBe('A');
    expect(gradeFor({ ...delivered, outcome: 'unsolvable' }, decisions, 80)).toBe('A');
    expect(gradeFor(delivered, decisions, 79)).toBe('B');
  });

  it('heroism away from any breakdown is not an A', () => {
    expect(gradeFor(delivered, [{ level: 'heroic', breakdown: null }], 100)).toBe('B');
  });

  it('a harmful choice anywhere rules out the A; at a breakdown it caps the grade at D', () => {
    const heroic = { level: 'heroic' as const, breakdown: atBreakdown };

    expect(gradeFor(delivered, [heroic, { level: 'harmful', breakdown: null }], 90)).toBe('B');
    expect(gradeFor(delivered, [heroic, { level: 'harmful', breakdown: atBreakdown }], 90)).toBe('D');
  });

  it('the percent bands: 60 for B, 33 for C, below that D', () => {
    const routine = [{ level: 'routine' as const, breakdown: null }];

    expect([60, 59, 33, 32].map((p) => gradeFor(delivered, routine, p))).toEqual(['B', 'C', 'C', 'D']);
  });
});

describe('scorePlay on real plays', () => {
  it('all-routine service is a C at 33%', () => {
    const report = play(['shrug']);

    expect(report.decisions.map((d) => d.level)).toEqual(['routine']);
    expect(report.percent).toBe(33);
    expect(report.grade).toBe('C');
    expect(report.ending).toEqual({ title: 'Thanks anyway', outcome: 'delivered', beat: 'plain-goodbye' });
  });

  it('weighs choices at a breakdown double (by hand: (2×2 + 3×1) / (3×2 + 3×1) = 7/9 → 78%)', () => {
    const report = play(['ask-sam', 'deliver-loaf']);

    expect(report.decisions.map((d) => [d.level, d.breakdown !== null])).toEqual([
      ['good', true],
      ['heroic', false],
    ]);
    expect(report.percent).toBe(78);
    expect(report.grade).toBe('B');
  });

  it('two good choices at two breakdowns: (2×2 + 2×2) / (3×2 + 3×2) = 8/12 → 67%', () => {
    const report = play(['ask-sam', 'honest-rye'], none);

    expect(report.percent).toBe(67);
    expect(report.grade).toBe('B');
  });

  it('a harmful choice that loses the customer fails the play', () => {
    const report = play(['be-rude']);

    expect(report.grade).toBe('F');
    expect(report.percent).toBe(0);
    expect(report.ending.outcome).toBe('failed');
  });

  it('cannot grade a play that has not ended', () => {
    const { player } = startPlay(scenario, soon, false);

    expect(() => player.report()).toThrow(/has not reached an ending/);
  });
});

describe('the better alternative', () => {
  it('is the highest-level choice on offer when a better one existed', () => {
    const report = play(['ask-sam', 'wait-offer']);

    expect(report.decisions.map((d) => d.better?.id ?? null)).toEqual([null, 'deliver-loaf']);
    expect(report.decisions[1]?.better).toEqual({
      id: 'deliver-loaf',
      text: "Offer to drop the loaf at her father's on your break.",
      level: 'heroic',
      why: 'Nobody asked you to, and it finishes her errand the way she wanted.',
    });
  });

  it('is the best one, not merely a better one', () => {
    expect(play(['shrug']).decisions[0]?.better?.id).toBe('ask-sam');
    expect(play(['be-rude']).decisions[0]?.better?.id).toBe('ask-sam');
  });

  it('only counts choices that were on offer at the time', () => {
    const cakeIsHeroic = (mood: number) => withChoice('free-cake', { level: 'heroic' }, mood);

    const offered = play(['ask-sam', 'honest-rye'], none, cakeIsHeroic(60));
    const hidden = play(['ask-sam', 'honest-rye'], none, cakeIsHeroic(15));

    expect(offered.decisions[1]?.better?.id).toBe('free-cake');
    expect(hidden.decisions[1]?.better).toBeNull();
  });
});

describe('the ledger', () => {
  it('sums cost, minutes and loyalty over every decision', () => {
    const story = withChoice('ask-sam', { effects: { cost: 1.25, minutes: 5, loyalty: 2 } });

    const report = play(['ask-sam', 'wait-offer'], soon, story);

    expect(report.decisions.map((d) => [d.cost, d.minutes, d.loyalty])).toEqual([
      [1.25, 5, 2],
      [2.5, 0, 10],
    ]);
    expect(report.ledger).toMatchObject({ currency: '£', cost: 3.75, minutes: 5, loyalty: 12, moodStart: 60, moodEnd: 75 });
    expect(report.ledger.verdict).toContain('£3.75 and 5 staff minutes');
    expect(report.ledger.verdict).toContain('raised the customer');
  });

  it('says when nothing was spent and loyalty was lost', () => {
    const report = play(['be-rude']);

    expect(report.ledger).toMatchObject({ cost: 0, minutes: 0, loyalty: -20, moodEnd: 20 });
    expect(report.ledger.verdict).toContain('It cost nothing extra today');
    expect(report.ledger.verdict).toContain('cost 20 points of loyalty');
  });
});

describe('principles in the report', () => {
  it('names each principle a choice upholds or breaks, from the catalogue', () => {
    const report = play(['ask-sam', 'deliver-loaf']);

    expect(report.decisions.map((d) => d.principles.map((p) => [p.id, p.name, p.upheld]))).toEqual([
      [['ask-before-assuming', 'Ask before assuming', true]],
      [['take-the-initiative', 'Take the initiative', true]],
    ]);
  });
});
