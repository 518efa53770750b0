import { describe, expect, it } from 'vitest';
import { discussionPrompts, roomDecision, summaryCsv, workshopSummary, type RoomVote } from '../../src/app/workshop.ts';
import { bakery, realCatalogue, seedFor, startPlay } from './support.ts';

describe('workshop rules', () => {
  it('asks about the principles most at stake among the choices on offer', () => {
    const prompts = discussionPrompts(bakery(), 'sold-out', ['shrug', 'ask-sam', 'be-rude'], realCatalogue());
    expect(prompts.length).toBeGreaterThanOrEqual(2);
    expect(prompts.length).toBeLessThanOrEqual(3);
    const names = prompts.map((p) => p.principle);
    expect(names).toContain('Kindness and respect');
    expect(prompts.every((p) => p.question.endsWith('?'))).toBe(true);
    expect(discussionPrompts(bakery(), 'sold-out', [], realCatalogue())).toEqual([]);
  });

  it('plays the majority, hands a tie to the facilitator, and needs at least one vote', () => {
    expect(roomDecision({ a: 3, b: 7, c: 1 })).toEqual({ kind: 'winner', choice: 'b' });
    expect(roomDecision({ a: 4, b: 4, c: 1 })).toEqual({ kind: 'tie', choices: ['a', 'b'] });
    expect(roomDecision({ a: 0, b: 0 })).toEqual({ kind: 'no-votes' });
  });

  it('summarises each decision with the vote split and the better option on offer, and exports safe CSV', () => {
    const scenario = bakery();
    const { player } = startPlay(scenario, seedFor('batch-soon'), false);
    player.continueStory();
    player.choose('ask-sam');
    player.choose('wait-offer');
    const votes: RoomVote[] = [
      { beat: 'sold-out', counts: { shrug: 2, 'ask-sam': 9, 'be-rude': 1 }, chosen: 'ask-sam', tieBroken: false },
      { beat: 'batch-coming', counts: {}, chosen: 'wait-offer', tieBroken: false },
    ];
    const summary = workshopSummary(scenario, player.report(), votes, (b) => b);
    expect(summary.rows).toHaveLength(2);
    expect(summary.rows[0]).toMatchObject({ breakdown: 'The last sourdough went a minute ago.', level: 'good', betterOption: null });
    expect(summary.rows[0]?.split).toEqual([
      { choice: 'Say there is none left.', votes: 2 },
      { choice: 'Ask Sam whether another batch is coming.', votes: 9 },
      { choice: 'Sigh and say she should come earlier.', votes: 1 },
    ]);
    expect(summary.rows[1]?.betterOption).toBe("Offer to drop the loaf at her father's on your break.");

    const csv = summaryCsv({ ...summary, title: '=HYPERLINK("x")' });
    expect(csv).toContain('"Story","\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"Say there is none left.: 2; Ask Sam whether another batch is coming.: 9; Sigh and say she should come earlier.: 1"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4 + 1 + 2);
  });
});
