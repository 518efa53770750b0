// Beat ids are the author's handles and must never reach a trainee or facilitator (issue 18, bug 10): every
// user-facing model built from a play (the debrief's report, its explanations, the workshop summary) names
// moments by title, and a story without titles gets names made from its words, never from its ids.
import { describe, expect, it } from 'vitest';
import {
  beatTitle,
  derivedTitle,
  plural,
  type Catalogue,
  type ReportCard,
  type Scenario,
} from '../../src/engine/index.ts';
import type { Next } from '../../src/engine/schema.ts';
import { workshopSummary } from '../../src/play/workshop.ts';
import { gradeAxes, gradeSteps } from '../../src/ui/gradeExplanation.ts';
import { GRADE_SCALE, scorePoints, scoreSentences } from '../../src/ui/scoreExplanation.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { allPlays } from '../support/plays.ts';
import { bakery, realCatalogue } from './support.ts';

const library = readLibrary();
const catalogue = library.catalogue as Catalogue;
const stories = library.entries.flatMap((e) => (e.scenario ? [e.scenario] : []));

/** Every string a trainee or facilitator reads from a play's debrief and summary models. */
function userFacingStrings(scenario: Scenario, report: ReportCard): string[] {
  const summary = workshopSummary(scenario, report, [], (beat) => beatTitle(scenario, beat), new Date(2026, 0, 5));
  return [
    report.headline,
    report.ending.title,
    report.ledger.verdict,
    ...report.decisions.flatMap((d) => [d.title, d.text, d.breakdown ?? '', d.feedback ?? '', d.better?.text ?? '']),
    ...report.moodTrail.map((m) => m.title),
    ...gradeAxes(report).flatMap((a) => [a.value, a.detail ?? '']),
    ...gradeSteps(report).map((s) => s.text),
    ...scoreSentences(report),
    summary.title,
    summary.ending,
    ...summary.rows.flatMap((r) => [r.moment, r.roomChose, r.betterOption ?? '']),
  ];
}

/**
 * The story with every beat renamed to an id no writer would use ("xqz-1"), so an id that reaches the
 * trainee, as itself or in words ("Xqz 1", as "serve-caesar" once became "Serve caesar"), is unmistakable.
 */
function withMarkedIds(scenario: Scenario, keepTitles: boolean): Scenario {
  const names = new Map(Object.keys(scenario.beats).map((id, i) => [id, `xqz-${i + 1}`]));
  const to = (id: string) => names.get(id) ?? id;
  const next = (n: Next | undefined): Next | undefined =>
    n === undefined ? undefined : typeof n === 'string' ? to(n) : n.map((b) => ({ ...b, go: to(b.go) }));
  const beats = Object.fromEntries(
    Object.entries(scenario.beats).map(([id, beat]) => {
      const { title, ...rest } = beat;
      const renamed = {
        ...rest,
        next: next(beat.next),
        choices: beat.choices?.map((c) => ({ ...c, next: next(c.next)! })),
        patience: beat.patience && { ...beat.patience, next: next(beat.patience.next)! },
      };
      return [to(id), keepTitles && title !== undefined ? { ...renamed, title } : renamed];
    }),
  );
  return { ...scenario, start: to(scenario.start), beats: beats as Scenario['beats'] };
}

const leaks = (text: string) => /xqz/i.test(text);

describe('beat titles in what a trainee reads', () => {
  it.each(
    stories.flatMap((s) => [
      [s.id, 'with its titles', withMarkedIds(s, true)] as const,
      [s.id, 'with no titles', withMarkedIds(s, false)] as const,
    ]),
  )('%s, %s: no debrief or summary model names a moment by its beat id', (_id, _titles, scenario) => {
    const plays = allPlays(scenario, catalogue, 'titles-1', 200);
    expect(plays.length).toBeGreaterThan(0);
    for (const play of plays) {
      const shown = userFacingStrings(scenario, play.report);
      expect(shown.filter(leaks)).toEqual([]);
      // The moments are there to be read: one per beat passed, each with words.
      expect(play.report.moodTrail.every((m) => m.title.length > 0)).toBe(true);
    }
  });

  it.each(stories.map((s) => [s.id, s] as const))(
    '%s: every beat a debrief can show has a title of its own, at most a heading long',
    (_id, scenario) => {
      for (const [id, beat] of Object.entries(scenario.beats)) {
        const title = beat.title ?? beat.ending?.title;
        expect(title, `beat "${id}" has no title`).toBeTruthy();
        expect(title!.length).toBeLessThanOrEqual(60);
      }
    },
  );

  it('derives a readable title for an untitled beat from its breakdown or first line, never its id', () => {
    const scenario = bakery();
    for (const [id, beat] of Object.entries(scenario.beats)) {
      const title = beatTitle(scenario, id);
      expect(title.toLowerCase()).not.toBe(id.replace(/-/g, ' '));
      if (beat.ending) expect(title).toBe(beat.ending.title);
      else if (beat.breakdown) expect(title).toBe(derivedTitle(beat));
    }
    expect(derivedTitle({ breakdown: 'The last sourdough went a minute ago.', lines: [] })).toBe(
      'The last sourdough went a minute ago',
    );
    expect(
      derivedTitle({
        lines: [
          {
            speaker: 'ada',
            text: '"Morning! One sourdough, please." She smiles.',
            when: undefined,
            face: undefined,
            via: undefined,
            audio: undefined,
          },
        ],
      }),
    ).toBe('Morning! One sourdough, please');
    const long = derivedTitle({
      lines: [
        {
          speaker: null,
          text: 'Friday evening at the Tinker’s Lantern, half the tables are empty and the fire is doing most of the talking',
          when: undefined,
          face: undefined,
          via: undefined,
          audio: undefined,
        },
      ],
    });
    expect(long.length).toBeLessThanOrEqual(49);
    expect(long).toMatch(/…$/);
    expect(beatTitle(scenario, 'no-such-beat')).toBe('A moment of the story');
  });
});

describe('the debrief explains its numbers', () => {
  const scenario = stories.find((s) => s.id === 'pub-caesar-dressing')!;
  const plays = allPlays(scenario, realCatalogue(), 'numbers-1', 300);

  it('counts the points behind every percentage as the grading does', () => {
    for (const { report } of plays) {
      const { earned, possible } = scorePoints(report);
      expect(Math.round((100 * earned) / possible)).toBe(report.percent);
      expect(scoreSentences(report).join(' ')).toContain(`${earned} of ${possible} points here, ${report.percent}%`);
    }
  });

  it('says what every grade stands for, the D threshold from the grading constant', () => {
    expect(GRADE_SCALE.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(GRADE_SCALE.find((g) => g.grade === 'D')!.meaning).toContain('under 33%');
    expect(scoreSentences(plays[0]!.report)[0]).toBe(
      'Each decision earns points for its service level: harmful 0 points, routine 1 point, good service 2 points, heroic 3 points. A decision at a breakdown counts double, because breakdowns are the moments customers remember.',
    );
  });
});

describe('counts with their nouns', () => {
  it('follow the plural rules: 1 staff minute, 2 staff minutes, 0 staff minutes', () => {
    const minutes = (n: number) => plural(n, { one: '# staff minute', other: '# staff minutes' });
    expect([minutes(1), minutes(2), minutes(0), minutes(1.5)]).toEqual([
      '1 staff minute',
      '2 staff minutes',
      '0 staff minutes',
      '1.5 staff minutes',
    ]);
  });

  it('in a ledger verdict of one staff minute and one point of loyalty', () => {
    expect(ledgerOf(1, -1)).toBe(
      'It cost £0.00 and 1 staff minute today, and cost 1 point of loyalty: a saving today that the business pays back later.',
    );
  });
});

/** The ledger verdict of a one-decision story whose only choice costs `minutes` and `loyalty`. */
function ledgerOf(minutes: number, loyalty: number): string {
  const scenario = bakery();
  const first = Object.values(scenario.beats).find((b) => b.choices)!;
  for (const beat of Object.values(scenario.beats))
    for (const c of beat.choices ?? []) c.effects = { ...c.effects, cost: 0, minutes: 0, loyalty: 0 };
  for (const c of first.choices!) c.effects = { cost: 0, minutes, loyalty };
  const play = allPlays(scenario, realCatalogue(), 'ledger-1', 50).find(
    (p) => p.report.ledger.minutes === minutes && p.report.ledger.loyalty === loyalty,
  );
  expect(play, 'no play of the bakery passes its first choice').toBeDefined();
  return play!.report.ledger.verdict;
}
