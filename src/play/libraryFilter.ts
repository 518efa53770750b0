// Which stories a trainer sees on the title screen for a search and a set of
// filters. Pure, so it is tested without a page. Search words match by meaning (src/play/searchMatch.ts). A
// story on show in a translation is searched in its words and as written (its card's words, storyCards.ts),
// so "sourdough" and "aderezo" both find what they name on a Spanish page.
import type { StoryCard, TitleEntry } from './storyCards.ts';
import { searchable, searchTerms, termMatch } from './searchMatch.ts';

export interface LibraryFilter {
  text: string;
  role: string;
  industry: string;
  difficulty: string;
  principle: string;
  /** 0 for any length. */
  maxMinutes: number;
}

export const NO_FILTER: LibraryFilter = {
  text: '',
  role: '',
  industry: '',
  difficulty: '',
  principle: '',
  maxMinutes: 0,
};

/** How many of the filters (search text aside) narrow the list. */
export function filtersInUse(filter: LibraryFilter): number {
  return [filter.role, filter.industry, filter.difficulty, filter.principle, filter.maxMinutes].filter(Boolean).length;
}

/**
 * The stories a search and the filters leave, those matching the search's own words before those matching
 * only by meaning. Broken files always stay listed, last, so an author can find their errors whatever the filter.
 */
export function filterEntries<E extends TitleEntry>(entries: readonly E[], filter: LibraryFilter): E[] {
  const terms = searchTerms(filter.text);
  const scored = entries.flatMap((entry, index) => {
    const s = entry.card;
    if (!s) return [{ entry, index, score: -1 }];
    if (!passesFilters(s, filter)) return [];
    if (terms.length === 0) return [{ entry, index, score: 0 }];
    const words = searchable(s.words);
    const matches = terms.map((term) => termMatch(term, words));
    return matches.includes(0) ? [] : [{ entry, index, score: matches.reduce<number>((sum, m) => sum + m, 0) }];
  });
  // A stable order: by score (broken files, at -1, last), then as the library lists them.
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.entry);
}

/** Why a search found no story, so the title screen can say what to try. */
export interface NoMatchHelp {
  /** Words that no story in the library matches, even without the filters. */
  unknown: string[];
  /** How many stories the search text alone finds (0 when the words are what rule everything out). */
  withoutFilters: number;
}

export function noMatchHelp(entries: readonly TitleEntry[], filter: LibraryFilter): NoMatchHelp {
  const texts = entries.flatMap((e) => (e.card ? [searchable(e.card.words)] : []));
  const unknown = searchTerms(filter.text)
    .filter((term) => texts.every((text) => termMatch(term, text) === 0))
    .map((term) => term.typed);
  const withoutFilters = filterEntries(entries, { ...NO_FILTER, text: filter.text }).filter((e) => e.card).length;
  return { unknown, withoutFilters };
}

function passesFilters(s: StoryCard, filter: LibraryFilter): boolean {
  if (filter.role && s.role !== filter.role) return false;
  if (filter.industry && s.industry !== filter.industry) return false;
  if (filter.difficulty && s.difficulty !== filter.difficulty) return false;
  if (filter.principle && !s.principles.includes(filter.principle)) return false;
  return !(filter.maxMinutes && s.minutes > filter.maxMinutes);
}
