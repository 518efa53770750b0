// Grading a finished play: the grade rules, the weighted percent, the better
// alternative and the ledger, on real plays of bakery-mini where possible.
import { describe, expect, it } from 'vitest';
import {
  gradePlay,
  headlineFor,
  type Choice,
  type Ending,
  type GradedDecision,
  type Scenario,
} from '../../src/engine/index.ts';
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

const delivered: Ending = { title: 'Done', core: 'delivered' };
const dazzled: Ending = {
  title: 'Done, and more',
  core: 'delivered',
  experience: 'A surprise they will tell people about.',
};
const handled: Ending = { title: 'Nothing to be done', core: 'handled-honestly' };
const failed: Ending = { title: 'Lost', core: 'failed' };
const atBreakdown = 'the oven broke';
const d = (
  level: GradedDecision['level'],
  breakdown: string | null = null,
  harm: GradedDecision['harm'] = null,
): GradedDecision => ({
  level,
  breakdown,
  harm: level === 'harmful' ? (harm ?? 'dismisses') : null,
});

describe('gradePlay', () => {
  it('a failed core is F whatever the choices', () => {
    expect(gradePlay(failed, [d('heroic', atBreakdown)]).grade).toBe('F');
    expect(gradePlay(dazzled, [d('heroic', atBreakdown)]).grade).toBe('A');
  });

  it('the core with a breakdown met by the routine is a C; every breakdown met with care is a B, whatever the score', () => {
    expect(gradePlay(delivered, [d('routine'), d('routine', atBreakdown)])).toMatchObject({
      grade: 'C',
      percent: 33,
      step: { kind: 'core', breakdown: atBreakdown },
    });
    expect(gradePlay(delivered, [d('good'), d('good', atBreakdown)])).toMatchObject({
      grade: 'B',
      percent: 67,
      care: true,
      step: { kind: 'care' },
    });
    expect(gradePlay(handled, [d('good'), d('good', atBreakdown)]).grade).toBe('B');
    // A routine greeting does not cost a careful play its B: (1 + 2·2) / (3 + 3·2) = 56%, still a B.
    expect(gradePlay(delivered, [d('routine'), d('good', atBreakdown)])).toMatchObject({ grade: 'B', percent: 56 });
    // One breakdown met with only the routine, however good the rest, keeps it at C.
    expect(
      gradePlay(delivered, [d('good', atBreakdown), d('routine', 'the second breakdown'), d('good')]),
    ).toMatchObject({ grade: 'C', step: { kind: 'core', breakdown: 'the second breakdown' } });
  });

  it('a play that never met a breakdown shows only the core: a C, however good its choices', () => {
    expect(gradePlay(delivered, [d('good'), d('good')])).toMatchObject({
      grade: 'C',
      care: false,
      step: { kind: 'core', breakdown: null },
    });
  });

  it('the A needs a surprise the customer actually got: a heroic choice, and an ending that records an experience', () => {
    const decisions = [d('good', atBreakdown), d('heroic')];

    expect(gradePlay(dazzled, decisions)).toMatchObject({
      grade: 'A',
      experience: 'delivered',
      credited: ['good', 'heroic'],
    });
    expect(gradePlay({ ...dazzled, core: 'handled-honestly' }, decisions).grade).toBe('A');
    // No experience recorded: the same choices are a B, and the heroic intention counts as good.
    expect(gradePlay(delivered, decisions)).toMatchObject({
      grade: 'B',
      experience: 'none',
      credited: ['good', 'good'],
    });
    // An experience recorded, but nothing on this path made it happen: not an A.
    expect(gradePlay(dazzled, [d('good', atBreakdown), d('good')])).toMatchObject({
      grade: 'B',
      experience: 'not-earned',
    });
  });

  it('a fix and then a surprise earns the A, wherever the surprise sits (002: fix it, then surprise)', () => {
    // The fix at the breakdown is only good; the surprise comes after, on a beat that is not a breakdown.
    expect(gradePlay(dazzled, [d('good'), d('good', atBreakdown), d('heroic')]).grade).toBe('A');
  });

  it('a heroic intention abandoned before the customer sees it counts as good (R5): at most a B', () => {
    const abandoned = gradePlay(delivered, [d('heroic', atBreakdown), d('routine')]);

    expect(abandoned.credited).toEqual(['good', 'routine']);
    // (2·2 + 1) / (3·2 + 3) = 5/9: 56%; counted as heroic it would have been 78%.
    expect(abandoned).toMatchObject({ percent: 56, grade: 'B', experience: 'none' });
  });

  it('harm caps the grade at C anywhere, and at D at a breakdown, whatever the ending', () => {
    expect(gradePlay(dazzled, [d('heroic', atBreakdown), d('harmful', null, 'exploits')])).toMatchObject({
      grade: 'C',
      step: { kind: 'harm-caps', harm: 'exploits' },
    });
    expect(gradePlay(dazzled, [d('heroic'), d('harmful', atBreakdown, 'misleads')])).toMatchObject({
      grade: 'D',
      step: { kind: 'harm-at-breakdown', harm: 'misleads', breakdown: atBreakdown },
    });
  });

  it('a surprise that reached the customer after a breakdown met with the routine is a C, and the headline does not call it forgettable', () => {
    const graded = gradePlay(dazzled, [d('routine', atBreakdown), d('routine'), d('heroic')]);

    expect(graded).toMatchObject({
      grade: 'C',
      percent: 50,
      experience: 'delivered',
      step: { kind: 'core', breakdown: atBreakdown },
    });
    expect(headlineFor(graded, 'delivered')).toContain(
      'and a surprise came at the end, but you met one breakdown ("the oven broke") with only the routine',
    );
    expect(headlineFor(graded, 'delivered')).not.toContain('nothing about it will be remembered');
  });

  it('below a third of the best conduct is a D', () => {
    // (1 + 0) / (3 + 3) = 17%.
    expect(gradePlay(delivered, [d('routine'), d('harmful', null, 'neglects')])).toMatchObject({
      grade: 'D',
      percent: 17,
      step: { kind: 'low-score' },
    });
  });
});

describe('scorePlay on real plays', () => {
  it('all-routine service is a C at 33%', () => {
    const report = play(['shrug']);

    expect(report.decisions.map((d) => d.level)).toEqual(['routine']);
    expect(report.percent).toBe(33);
    expect(report.grade).toBe('C');
    expect(report.ending).toEqual({ title: 'Thanks anyway', core: 'delivered', beat: 'plain-goodbye' });
    expect(report).toMatchObject({ core: 'delivered', experience: 'none' });
  });

  it('weighs choices at a breakdown double (by hand: (2×2 + 3×1) / (3×2 + 3×1) = 7/9 → 78%), and a surprise delivered is the A', () => {
    const report = play(['ask-sam', 'deliver-loaf']);

    expect(report.decisions.map((d) => [d.level, d.breakdown !== null])).toEqual([
      ['good', true],
      ['heroic', false],
    ]);
    expect(report.percent).toBe(78);
    expect(report).toMatchObject({ grade: 'A', core: 'delivered', experience: 'delivered' });
    expect(report.headline).toContain('The core service held');
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
    expect(report.core).toBe('failed');
    expect(report.decisions[0]?.harm).toBe('blames');
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
    expect(report.ledger).toMatchObject({
      currency: '£',
      cost: 3.75,
      minutes: 5,
      loyalty: 12,
      moodStart: 60,
      moodEnd: 75,
    });
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
