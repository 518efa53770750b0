import { describe, expect, it } from 'vitest';
import {
  csvField,
  discussionPrompts,
  roomDecision,
  summaryCsv,
  workshopSummary,
  type RoomVote,
  type WorkshopSummary,
} from '../../src/play/workshop.ts';
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

  it('summarises each decision with the vote split, how it was decided, and the better option on offer', () => {
    const summary = bakerySummary();
    expect(summary.date).toBe('2026-03-09');
    expect(summary.rows).toHaveLength(2);
    expect(summary.rows[0]).toMatchObject({
      breakdown: 'The last sourdough went a minute ago.',
      level: 'good',
      betterOption: null,
      decidedBy: 'vote',
    });
    expect(summary.rows[0]?.split).toEqual([
      { choice: 'Say there is none left.', votes: 2 },
      { choice: 'Ask Sam whether another batch is coming.', votes: 9 },
      { choice: 'Sigh and say she should come earlier.', votes: 1 },
    ]);
    expect(summary.rows[1]).toMatchObject({ decidedBy: 'facilitator', split: [] });
    expect(summary.rows[1]?.betterOption).toBe("Offer to drop the loaf at her father's on your break.");
    // A pick that set the hands aside is never reported as the show of hands.
    const overruled = bakerySummary({ shrug: 5, 'ask-sam': 1, 'be-rude': 0 });
    expect(overruled.rows[0]?.decidedBy).toBe('facilitator');
  });

  it('exports one row per decision carrying the date, story and seed, with a column pair per option', () => {
    const lines = summaryCsv(bakerySummary()).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 2 + 1);
    expect(lines[0]).toBe(
      '"Date","Story ID","Story","Seed","Grade","Percent","Ending","Decision","Moment","Breakdown","Room chose","Level","Decided by","Better option on offer","Option 1","Option 1 hands","Option 2","Option 2 hands","Option 3","Option 3 hands","Language"',
    );
    expect(lines[1]).toMatch(/^"2026-03-09","bakery-mini","The last sourdough","[^"]+","[A-F]","\d+","[^"]+","1",/);
    expect(lines[1]).toContain('"show of hands"');
    expect(lines[1]).toMatch(
      /"Say there is none left\.","2","Ask Sam whether another batch is coming\.","9","Sigh and say she should come earlier\.","1","en"$/,
    );
    // A pick without a count leaves the option columns empty rather than claiming zero hands.
    expect(lines[2]).toMatch(
      /"facilitator's pick","Offer to drop the loaf at her father's on your break\.","","","","","","","en"$/,
    );
  });

  it('records the language the session was run in, in a last column that leaves every earlier one in its place', () => {
    const spanish = bakerySummary(undefined, 'es');
    expect(spanish.language).toBe('es');
    const [header, first] = summaryCsv(spanish).split('\r\n');
    const english = summaryCsv(bakerySummary()).split('\r\n');
    expect(header?.split(',').at(-1)).toBe('"Language"');
    expect(first?.split(',').at(-1)).toBe('"es"');
    // Every column before it is where a sheet made before languages has it.
    expect(header?.split(',').slice(0, -1)).toEqual(english[0]?.split(',').slice(0, -1));
  });

  it('quotes every field by RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('one, two')).toBe('"one, two"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1+1`)).toBe(`"'${lead}1+1"`);
    expect(csvField(-5)).toBe('"-5"');
    expect(csvField(null)).toBe('""');

    const hostile: WorkshopSummary = { ...bakerySummary(), title: '=cmd|" /C calc"!A0', seed: 'a,b\nc' };
    const csv = summaryCsv(hostile);
    expect(csv).toContain('"\'=cmd|"" /C calc""!A0"');
    expect(csv).toContain('"a,b\nc"');
    expect(csv).not.toMatch(/(^|,)"=/m);
  });
});

function bakerySummary(
  firstCounts: Record<string, number> = { shrug: 2, 'ask-sam': 9, 'be-rude': 1 },
  language?: string,
): WorkshopSummary {
  const scenario = bakery();
  const { player } = startPlay(scenario, seedFor('batch-soon'), false);
  player.continueStory();
  player.choose('ask-sam');
  player.choose('wait-offer');
  const votes: RoomVote[] = [
    { beat: 'sold-out', counts: firstCounts, chosen: 'ask-sam', tieBroken: false },
    { beat: 'batch-coming', counts: {}, chosen: 'wait-offer', tieBroken: false },
  ];
  return workshopSummary(scenario, player.report(), votes, (b) => b, new Date(2026, 2, 9, 23, 30), language);
}
