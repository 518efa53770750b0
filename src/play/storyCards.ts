// What the title screen knows of each story: its card (the words on it, and what the search and the filters
// read), worked out from the library once. The page's entry draws a first visit's title from the same cards,
// made when the site was built (tools/vite/shippedContent.ts, `virtual:shipped-titles`), so nothing on the
// title needs a whole story, zod or XState. The search itself is libraryFilter.ts's.
import { principleById } from '../engine/libraryLookup.ts';
import type { Catalogue, Principle, Scenario } from '../engine/runtime.ts';
import type { Library, LibraryEntry } from '../engine/authoring.ts';
import type { Track } from '../engine/track.ts';
import { estimatedMinutes, principlesCited } from '../engine/scenarioFacts.ts';
import type { AsWritten } from './storyTranslations.ts';

export interface StoryCard {
  id: string;
  title: string;
  summary: string;
  role: string;
  industry: string | null;
  difficulty: string;
  minutes: number;
  /** Every principle id the story's choices uphold or break. */
  principles: readonly string[];
  /** The words a search looks in: those on show and, for a translation, the story's as written. */
  words: string;
}

/** A story file in the library: its card when it plays, else how many errors keep it from playing. */
export interface TitleEntry {
  file: string;
  title: string;
  errors: number;
  card: StoryCard | null;
}

export interface TitleLibrary {
  entries: readonly TitleEntry[];
  /** What the filters offer, worked out with the cards: sorting the values in the page's language is slow the first time. */
  options: FilterOptions;
  /** The tracks that load. */
  tracks: readonly Track[];
}

const storyWords = (s: Scenario, names: ReadonlyMap<string, Principle>) =>
  [
    s.title,
    s.summary,
    s.role,
    s.industry ?? '',
    s.setting.place,
    s.difficulty,
    ...principlesCited(s).map((id) => names.get(id)?.name ?? id),
  ].join(' ');

/** A story's card; `written` is the story and catalogue as written when `s` is a translation of it. */
export function storyCard(
  s: Scenario,
  catalogue: Catalogue,
  written: { scenario: Scenario; catalogue: Catalogue } | null = null,
): StoryCard {
  const shown = storyWords(s, principleById(catalogue));
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    role: s.role,
    industry: s.industry ?? null,
    difficulty: s.difficulty,
    minutes: estimatedMinutes(s),
    principles: principlesCited(s),
    words:
      written && written.scenario !== s
        ? `${shown} ${storyWords(written.scenario, principleById(written.catalogue))}`
        : shown,
  };
}

export interface FilterOptions {
  roles: string[];
  industries: string[];
  difficulties: string[];
  principles: { id: string; name: string }[];
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function filterOptions(
  entries: readonly TitleEntry[],
  principles: readonly { id: string; name: string }[],
): FilterOptions {
  const stories = entries.flatMap((e) => (e.card ? [e.card] : []));
  const cited = new Set(stories.flatMap((s) => s.principles));
  return {
    roles: sortedUnique(stories.map((s) => s.role)),
    industries: sortedUnique(stories.flatMap((s) => (s.industry ? [s.industry] : []))),
    difficulties: ['introductory', 'intermediate', 'advanced'].filter((d) => stories.some((s) => s.difficulty === d)),
    principles: principles.filter((p) => cited.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
  };
}

const cards = new WeakMap<object, TitleLibrary>();

/** The title's entries for library entries; `written` gives the stories as written for a translation. */
export function titleEntries(
  entries: readonly LibraryEntry[],
  catalogue: Catalogue,
  written: AsWritten | null = null,
): TitleEntry[] {
  return entries.map((entry) => ({
    file: entry.file,
    title: entry.title,
    errors: entry.errors.length,
    card: entry.scenario
      ? storyCard(
          entry.scenario,
          catalogue,
          written && { scenario: written.scenario(entry.scenario), catalogue: written.catalogue },
        )
      : null,
  }));
}

/**
 * The title's view of a library, made once per library. `written` gives the stories as written when the
 * library is a translation (storyTranslations.ts: titleLibraryInPageLanguage); the build passes none.
 */
export function titleLibraryOf(
  library: Library & { catalogue: Catalogue },
  written: AsWritten | null = null,
): TitleLibrary {
  const known = cards.get(library.entries);
  if (known) return known;
  const entries = titleEntries(library.entries, library.catalogue, written);
  const made: TitleLibrary = {
    entries,
    options: filterOptions(entries, library.catalogue.principles),
    tracks: library.tracks.flatMap((t) => (t.track ? [t.track] : [])),
  };
  cards.set(library.entries, made);
  return made;
}
