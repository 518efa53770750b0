import { describe, expect, it } from 'vitest';
import { filterEntries, filtersInUse, NO_FILTER, noMatchHelp } from '../../src/play/libraryFilter.ts';
import { filterOptions, titleEntries, type TitleEntry } from '../../src/play/storyCards.ts';
import type { AsWritten } from '../../src/play/storyTranslations.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import {
  estimatedMinutes,
  loadLibrary,
  principlesCited,
  scenarioById,
  type LibraryEntry,
  type Scenario,
} from '../../src/engine/index.ts';
import { translateScenario } from '../../src/engine/translation/translate.ts';
import { translationsOf } from '../../tools/vite/shippedContent.ts';
import { bakery, readProjectFile, realArt, realCatalogue } from './support.ts';

const catalogue = realCatalogue();
const library = loadLibrary(
  { file: 'scenarios/principles.yaml', text: readProjectFile('scenarios/principles.yaml') },
  [
    { file: 'scenarios/pub-caesar-dressing.yaml', text: readProjectFile('scenarios/pub-caesar-dressing.yaml') },
    { file: 'tests/fixtures/bakery-mini.yaml', text: readProjectFile('tests/fixtures/bakery-mini.yaml') },
    { file: 'tests/fixtures/e2e/broken-story.yaml', text: readProjectFile('tests/fixtures/e2e/broken-story.yaml') },
  ],
  realArt(),
);
/** The title's cards of library entries (src/play/storyCards.ts), as the title screen filters them. */
const cardsOf = (entries: readonly LibraryEntry[], written: AsWritten | null = null): TitleEntry[] =>
  titleEntries(entries, catalogue, written);
const ids = (entries: TitleEntry[]) => entries.map((e) => e.card?.id ?? `broken:${e.file}`);

describe('scenario facts', () => {
  it('lists every principle a choice or timeout cites, once each', () => {
    const cited = principlesCited(bakery());
    expect(cited).toEqual([...new Set(cited)].sort());
    expect(cited).toContain('kindness-and-respect'); // only cited by the patience timeout and a choice
    expect(cited).toContain('not-a-giveaway');
    expect(cited).not.toContain('dazzle-for-the-a');
  });

  it("uses the author's minutes when given and estimates them otherwise", () => {
    const pub = scenarioById(library, 'pub-caesar-dressing');
    expect(pub && estimatedMinutes(pub)).toBe(5);
    const estimate = estimatedMinutes(bakery());
    expect(estimate).toBeGreaterThanOrEqual(1);
    expect(estimate).toBeLessThanOrEqual(3);
  });
});

describe('library filter', () => {
  it('shows everything with no filter, broken files included', () => {
    expect(ids(filterEntries(cardsOf(library.entries), NO_FILTER))).toEqual(ids(cardsOf(library.entries)));
  });

  it('filters by role, trade, difficulty and principle, keeping broken files listed', () => {
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, role: 'server' }))).toEqual([
      'pub-caesar-dressing',
      'broken:tests/fixtures/e2e/broken-story.yaml',
    ]);
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, industry: 'hospitality' }))).toContain(
      'pub-caesar-dressing',
    );
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, industry: 'hospitality' }))).not.toContain(
      'bakery-mini',
    );
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, difficulty: 'introductory' }))).not.toContain(
      'bakery-mini',
    );
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, principle: 'question-dumb-rules' }))).toContain(
      'pub-caesar-dressing',
    );
    expect(
      ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, principle: 'question-dumb-rules' })),
    ).not.toContain('bakery-mini');
  });

  it('searches titles, summaries and principle names, every word must match', () => {
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, text: 'sourdough' }))).toContain('bakery-mini');
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, text: 'sourdough' }))).not.toContain(
      'pub-caesar-dressing',
    );
    // "Heroics are not giveaways" is the name of a principle the bakery cites; its id is never typed by a trainer.
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, text: 'GIVEAWAYS sourdough' }))).toContain(
      'bakery-mini',
    );
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, text: 'sourdough caesar' }))).toEqual([
      'broken:tests/fixtures/e2e/broken-story.yaml',
    ]);
  });

  it('filters by length using the estimate', () => {
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, maxMinutes: 4 }))).not.toContain(
      'pub-caesar-dressing',
    );
    expect(ids(filterEntries(cardsOf(library.entries), { ...NO_FILTER, maxMinutes: 8 }))).toContain(
      'pub-caesar-dressing',
    );
  });

  it('offers only the values the library has', () => {
    const options = filterOptions(cardsOf(library.entries), catalogue.principles);
    expect(options.roles).toEqual(['counter assistant', 'server']);
    expect(options.difficulties).toEqual(['introductory', 'intermediate']);
    expect(options.principles.map((p) => p.id)).toContain('question-dumb-rules');
    expect(options.principles.map((p) => p.id)).not.toContain('speak-their-language');
  });
});

describe('searching the shipped library by meaning', () => {
  const shipped = readLibrary();
  const found = (text: string, extra: Partial<typeof NO_FILTER> = {}) =>
    ids(filterEntries(cardsOf(shipped.entries), { ...NO_FILTER, ...extra, text }));

  it('finds a story by a trade name it does not use (restaurant, waiter, gym, internet, hotel room)', () => {
    expect(found('restaurant')).toContain('pub-caesar-dressing');
    expect(found('waiter')).toEqual(['pub-caesar-dressing']); // the pub's role is "server"
    expect(found('waitress')).toEqual(['pub-caesar-dressing']);
    expect(found('gym')).toEqual(['gym-forgotten-card']);
    expect(found('leisure membership')).toEqual(['gym-forgotten-card']);
    expect(found('internet')).toEqual(['broadband-outage']);
    expect(found('wifi')).toEqual(['broadband-outage']);
    expect(found('hotel room')[0]).toBe('hotel-dusty-suite');
  });

  it('finds a story by what happens in it, in other words (refund, money back)', () => {
    expect(found('refund')).toEqual(expect.arrayContaining(['return-anything', 'shoes-dont-fit']));
    expect(found('money back')).toEqual(found('refund'));
    expect(found('refunds')).toEqual(found('refund'));
  });

  it('matches stems and the start of a word, whatever the case and accents', () => {
    expect(found('memberships')).toEqual(['gym-forgotten-card']);
    expect(found('DELIVERIES')).toContain('wrong-delivery');
    expect(found('sourd')).toEqual([]); // the bakery fixture is not shipped
    expect(found('tyr')).toEqual(['return-anything']); // while typing "tyres"
    expect(found('Café')).toContain('pub-caesar-dressing');
  });

  it('lists stories that use the word itself before those that only match by meaning', () => {
    const pub = found('pub');
    expect(pub[0]).toBe('pub-caesar-dressing');
    expect(pub).toContain('airport-hungry-traveller'); // a steakhouse: a restaurant too
  });

  it('still needs every word to match', () => {
    expect(found('refund gym')).toEqual([]);
    expect(found('hotel', { industry: 'retail' })).toEqual([]);
  });
});

describe('help when nothing matches', () => {
  const shipped = readLibrary();
  it('names the words no story matches', () => {
    expect(noMatchHelp(cardsOf(shipped.entries), { ...NO_FILTER, text: 'zeppelin refund' })).toEqual({
      unknown: ['zeppelin'],
      withoutFilters: 0,
    });
  });
  it('says how many stories the search finds without the filters', () => {
    const help = noMatchHelp(cardsOf(shipped.entries), { ...NO_FILTER, text: 'refund', difficulty: 'advanced' });
    expect(help.unknown).toEqual([]);
    expect(help.withoutFilters).toBe(found('refund').length);
    function found(text: string) {
      return filterEntries(cardsOf(shipped.entries), { ...NO_FILTER, text }).filter((e) => e.card);
    }
  });
  it('counts the filters in use', () => {
    expect(filtersInUse(NO_FILTER)).toBe(0);
    expect(filtersInUse({ ...NO_FILTER, text: 'pub', role: 'server', maxMinutes: 5 })).toBe(2);
  });
});

describe('searching a library on show in a translation', () => {
  const spanish = translationsOf(readLibrary(), 'es');
  const written = new Map<object, Scenario>();
  const entries = library.entries.map((entry) => {
    const texts = entry.scenario && spanish.stories[entry.scenario.id];
    if (!entry.scenario || !texts) return entry;
    const translated = translateScenario(entry.scenario, texts).scenario;
    written.set(translated, entry.scenario);
    return { ...entry, scenario: translated };
  });
  const asWritten = { scenario: (s: Scenario) => written.get(s) ?? s, catalogue };
  const search = (text: string, withWritten = true) =>
    ids(filterEntries(cardsOf(entries, withWritten ? asWritten : null), { ...NO_FILTER, text })).filter(
      (id) => !id.startsWith('broken:'),
    );

  it('finds a story by the words on show and by the words it was written in', () => {
    expect(written.size).toBe(1);
    expect(search('aderezo')).toEqual(['pub-caesar-dressing']);
    expect(search('dressing')).toEqual(['pub-caesar-dressing']);
    // Without the story as written, its English words are gone from the search.
    expect(search('dressing', false)).toEqual([]);
    // An untranslated story is found by its own words either way.
    expect(search('sourdough')).toEqual(['bakery-mini']);
  });

  it('names as unknown only the words neither the translation nor the story as written has', () => {
    const help = noMatchHelp(cardsOf(entries, asWritten), { ...NO_FILTER, text: 'aderezo zebra' });
    expect(help.unknown).toEqual(['zebra']);
  });
});
