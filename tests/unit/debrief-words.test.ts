// The debrief says the engine's sentences (headline, ledger verdict, harms) in the page's language, built from
// the report's facts: in English they must read exactly as the engine writes them, for every kind of grade
// step and every play of the shipped stories, and in Spanish and Arabic they must be whole translations.
import { afterAll, describe, expect, it } from 'vitest';
import {
  HARM_PHRASES,
  headlineFor,
  type Core,
  type ExperienceVerdict,
  type GradeStep,
  type Harm,
} from '../../src/engine/index.ts';
import { useLocale } from '../../src/i18n/intl.ts';
import { harmPhrase, headline, ledgerVerdict } from '../../src/ui/debriefWords.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { allPlays } from '../support/plays.ts';
import { realCatalogue } from './support.ts';

const harms = Object.keys(HARM_PHRASES) as Harm[];
const steps: GradeStep[] = [
  { kind: 'core-failed' },
  ...[...harms, null].flatMap((harm): GradeStep[] => [
    { kind: 'harm-at-breakdown', harm, breakdown: 'The oven broke.' },
    { kind: 'harm-caps', harm },
  ]),
  { kind: 'low-score' },
  { kind: 'experience' },
  { kind: 'care' },
  { kind: 'core', breakdown: 'The last loaf went!' },
  { kind: 'core', breakdown: null },
];
const cores: Core[] = ['delivered', 'handled-honestly', 'failed'];
const experiences: ExperienceVerdict[] = ['delivered', 'not-earned', 'none'];
const every = steps.flatMap((gradeStep) =>
  cores.flatMap((core) => experiences.map((experience) => ({ gradeStep, core, experience }))),
);
const engineHeadline = (r: (typeof every)[number]) =>
  headlineFor(
    { grade: 'C', percent: 50, credited: [], care: false, step: r.gradeStep, experience: r.experience },
    r.core,
  );

describe('the debrief’s own words for the engine’s sentences', () => {
  afterAll(() => useLocale('en'));

  it('say every harm and every headline in English exactly as the engine does', () => {
    for (const harm of harms) expect(harmPhrase(harm)).toBe(HARM_PHRASES[harm]);
    for (const report of every) expect(headline(report), JSON.stringify(report)).toBe(engineHeadline(report));
  });

  it('agree with the headline and the ledger verdict of every play of every shipped story', () => {
    const library = readLibrary();
    let compared = 0;
    for (const scenario of library.entries.flatMap((e) => (e.scenario ? [e.scenario] : [])))
      for (const { report } of allPlays(scenario, realCatalogue(), 'words-1', 60)) {
        expect(headline(report)).toBe(report.headline);
        expect(ledgerVerdict(report.ledger)).toBe(report.ledger.verdict);
        compared++;
      }
    expect(compared).toBeGreaterThan(300);
  }, 60_000);

  it.each(['es', 'ar'] as const)('say them all in %s, with nothing left in English or unfilled', async (language) => {
    await useLocale(language);
    const ledgers = [
      { cost: 4.5, minutes: 1, loyalty: 2 },
      { cost: 0, minutes: 0, loyalty: 0 },
      { cost: 0, minutes: 3, loyalty: -1 },
    ].map((l) => ledgerVerdict({ ...l, currency: '£', moodStart: 50, moodEnd: 50, verdict: '' }));
    for (const text of [...every.map(headline), ...ledgers, ...harms.map(harmPhrase)]) {
      expect(text).not.toMatch(/[{}]|\bthe\b|\byou\b/);
      expect(text.length).toBeGreaterThan(5);
    }
    expect(ledgers[0]).toContain('£');
    await useLocale('en');
    expect(headline(every[0]!)).toBe(engineHeadline(every[0]!));
  });
});
