import { describe, expect, it } from 'vitest';
import { filterEntries, filterOptions, NO_FILTER } from '../../src/app/libraryFilter.ts';
import { estimatedMinutes, loadLibrary, principlesCited, type LibraryEntry } from '../../src/engine/index.ts';
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
const ids = (entries: LibraryEntry[]) => entries.map((e) => e.scenario?.id ?? `broken:${e.file}`);

describe('scenario facts', () => {
  it('lists every principle a choice or timeout cites, once each', () => {
    const cited = principlesCited(bakery());
    expect(cited).toEqual([...new Set(cited)].sort());
    expect(cited).toContain('kindness-and-respect'); // only cited by the patience timeout and a choice
    expect(cited).toContain('not-a-giveaway');
    expect(cited).not.toContain('dazzle-for-the-a');
  });

  it("uses the author's minutes when given and estimates them otherwise", () => {
    const pub = library.entries.find((e) => e.scenario?.id === 'pub-caesar-dressing')?.scenario;
    expect(pub && estimatedMinutes(pub)).toBe(5);
    const estimate = estimatedMinutes(bakery());
    expect(estimate).toBeGreaterThanOrEqual(1);
    expect(estimate).toBeLessThanOrEqual(3);
  });
});

describe('library filter', () => {
  it('shows everything with no filter, broken files included', () => {
    expect(ids(filterEntries(library.entries, NO_FILTER, catalogue))).toEqual(ids(library.entries));
  });

  it('filters by role, trade, difficulty and principle, keeping broken files listed', () => {
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, role: 'server' }, catalogue))).toEqual(['pub-caesar-dressing', 'broken:tests/fixtures/e2e/broken-story.yaml']);
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, industry: 'hospitality' }, catalogue))).toContain('pub-caesar-dressing');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, industry: 'hospitality' }, catalogue))).not.toContain('bakery-mini');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, difficulty: 'introductory' }, catalogue))).not.toContain('bakery-mini');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, principle: 'question-dumb-rules' }, catalogue))).toContain('pub-caesar-dressing');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, principle: 'question-dumb-rules' }, catalogue))).not.toContain('bakery-mini');
  });

  it('searches titles, summaries and principle names, every word must match', () => {
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, text: 'sourdough' }, catalogue))).toContain('bakery-mini');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, text: 'sourdough' }, catalogue))).not.toContain('pub-caesar-dressing');
    // "Heroics are not giveaways" is the name of a principle the bakery cites; its id is never typed by a trainer.
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, text: 'GIVEAWAYS sourdough' }, catalogue))).toContain('bakery-mini');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, text: 'sourdough caesar' }, catalogue))).toEqual(['broken:tests/fixtures/e2e/broken-story.yaml']);
  });

  it('filters by length using the estimate', () => {
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, maxMinutes: 4 }, catalogue))).not.toContain('pub-caesar-dressing');
    expect(ids(filterEntries(library.entries, { ...NO_FILTER, maxMinutes: 8 }, catalogue))).toContain('pub-caesar-dressing');
  });

  it('offers only the values the library has', () => {
    const options = filterOptions(library.entries, catalogue);
    expect(options.roles).toEqual(['counter assistant', 'server']);
    expect(options.difficulties).toEqual(['introductory', 'intermediate']);
    expect(options.principles.map((p) => p.id)).toContain('question-dumb-rules');
    expect(options.principles.map((p) => p.id)).not.toContain('speak-their-language');
  });
});
