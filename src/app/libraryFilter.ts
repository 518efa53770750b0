// Which stories a trainer sees on the title screen for a search and a set of
// filters. Pure, so it is tested without a page.
import { estimatedMinutes, principlesCited, type Catalogue, type LibraryEntry, type Scenario } from '../engine/index.ts';

export interface LibraryFilter {
  text: string;
  role: string;
  industry: string;
  difficulty: string;
  principle: string;
  /** 0 for any length. */
  maxMinutes: number;
}

export const NO_FILTER: LibraryFilter = { text: '', role: '', industry: '', difficulty: '', principle: '', maxMinutes: 0 };

export interface FilterOptions {
  roles: string[];
  industries: string[];
  difficulties: string[];
  principles: { id: string; name: string }[];
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function filterOptions(entries: readonly LibraryEntry[], catalogue: Catalogue): FilterOptions {
  const stories = entries.flatMap((e) => (e.scenario ? [e.scenario] : []));
  const cited = new Set(stories.flatMap(principlesCited));
  return {
    roles: sortedUnique(stories.map((s) => s.role)),
    industries: sortedUnique(stories.flatMap((s) => (s.industry ? [s.industry] : []))),
    difficulties: ['introductory', 'intermediate', 'advanced'].filter((d) => stories.some((s) => s.difficulty === d)),
    principles: catalogue.principles.filter((p) => cited.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
  };
}

/** Broken files always stay listed, so an author can find their errors whatever the filter. */
export function filterEntries(entries: readonly LibraryEntry[], filter: LibraryFilter, catalogue: Catalogue): LibraryEntry[] {
  const names = new Map(catalogue.principles.map((p) => [p.id, p.name]));
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const s = entry.scenario;
    if (!s) return true;
    if (filter.role && s.role !== filter.role) return false;
    if (filter.industry && s.industry !== filter.industry) return false;
    if (filter.difficulty && s.difficulty !== filter.difficulty) return false;
    const cited = principlesCited(s);
    if (filter.principle && !cited.includes(filter.principle)) return false;
    if (filter.maxMinutes && estimatedMinutes(s) > filter.maxMinutes) return false;
    const haystack = searchableText(s, cited.map((id) => names.get(id) ?? id));
    return words.every((w) => haystack.includes(w));
  });
}

function searchableText(s: Scenario, principleNames: string[]): string {
  return [s.title, s.summary, s.role, s.industry ?? '', s.setting.place, s.difficulty, ...principleNames].join(' ').toLowerCase();
}
