// Mastery counts what the trainee did: the option taken upholds or breaks a principle. Principles that
// only the options not taken cite are not at stake, so a good choice is never marked down for them.
import { describe, expect, it } from 'vitest';
import { masteryByPrinciple, principleEvidence } from '../../src/engine/index.ts';
import { bakery, seedFor, startPlay } from './support.ts';

const scenario = bakery();

function evidenceOf(choices: string[], seed = seedFor('batch-soon')) {
  const { player } = startPlay(scenario, seed, false);
  player.continueStory();
  for (const id of choices) player.choose(id);
  return principleEvidence(scenario, player.context());
}

describe('principle evidence', () => {
  it('counts only the principles the option taken cites', () => {
    // ask-sam upholds ask-before-assuming; shrug and be-rude, on offer beside it, break others.
    expect(evidenceOf(['ask-sam', 'deliver-loaf'])).toEqual([
      { principle: 'ask-before-assuming', outcome: 'upheld' },
      { principle: 'take-the-initiative', outcome: 'upheld' },
    ]);
  });

  it('counts a principle the option taken breaks against the trainee', () => {
    expect(evidenceOf(['be-rude'])).toEqual([{ principle: 'kindness-and-respect', outcome: 'broken' }]);
  });

  it('does not mark a principle missed because a worse option cited it (a careful play used to show finish-it-their-way and kindness as missed)', () => {
    const principles = evidenceOf(['ask-sam', 'wait-offer']).map((e) => e.principle);

    expect(principles).not.toContain('finish-it-their-way');
    expect(principles).not.toContain('kindness-and-respect');
  });
});

describe('mastery', () => {
  it('is the share of the times a principle was at stake that it was upheld, weakest first', () => {
    const mastery = masteryByPrinciple([
      { principle: 'listen', outcome: 'upheld' },
      { principle: 'listen', outcome: 'broken' },
      { principle: 'honest', outcome: 'upheld' },
    ]);

    expect(mastery).toEqual([
      { principle: 'listen', atStake: 2, upheld: 1, share: 0.5 },
      { principle: 'honest', atStake: 1, upheld: 1, share: 1 },
    ]);
  });

  it("leaves out the 'missed' evidence older saves recorded, which counted principles only other options cited", () => {
    expect(
      masteryByPrinciple([
        { principle: 'giveaway', outcome: 'missed' },
        { principle: 'honest', outcome: 'upheld' },
      ]),
    ).toEqual([{ principle: 'honest', atStake: 1, upheld: 1, share: 1 }]);
  });
});
