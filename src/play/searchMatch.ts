// Matches a trainee's search words to a story's text by meaning, not letter for letter: each word is
// reduced to its stem (Porter's algorithm, from the `stemmer` package: "refunds" and "refunded" are both
// "refund"), and a word in one of the curated groups of searchWords.json also finds the other words of
// its group ("waiter" finds a story whose role is "server"). A word also matches the start of a word in
// the text, so a list narrows while the trainee is still typing ("sourd" finds "sourdough").
import { stemmer } from 'stemmer';
import searchWords from './searchWords.json';

/** Lower case without accents ("Café" is "cafe"), split into words; a hyphen or "&" separates words. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const stemKey = (phrase: string) => words(phrase).map(stemmer).join(' ');

/**
 * Each stemmed word or phrase of the groups, with every stemmed word or phrase it stands for (itself included),
 * and the most words a phrase has. Worked out at the first search, not when the title is first drawn.
 */
let groups: { meanings: ReadonlyMap<string, readonly string[]>; longest: number } | null = null;
function meaningGroups(): { meanings: ReadonlyMap<string, readonly string[]>; longest: number } {
  if (groups) return groups;
  const meanings = new Map<string, Set<string>>();
  for (const group of searchWords.groups) {
    const keys = group.map(stemKey).filter(Boolean);
    for (const key of keys) {
      const known = meanings.get(key) ?? new Set<string>();
      keys.forEach((k) => known.add(k));
      meanings.set(key, known);
    }
  }
  const made = new Map([...meanings].map(([key, set]) => [key, [...set]]));
  groups = { meanings: made, longest: Math.max(1, ...[...made.keys()].map((k) => k.split(' ').length)) };
  return groups;
}

/** One thing the trainee asked for: a word, or a phrase from the groups ("money back"). */
export interface SearchTerm {
  /** As typed (folded to lower case), for messages. */
  typed: string;
  /** The stems that match it directly. */
  stem: string;
  /** Stems of the same meaning from the groups, the term's own stem excluded. */
  alike: readonly string[];
}

/** The search text as terms: the longest phrase the groups know is taken as one term ("money back"). */
export function searchTerms(text: string): SearchTerm[] {
  const typed = words(text);
  const terms: SearchTerm[] = [];
  if (typed.length === 0) return terms;
  const { meanings, longest } = meaningGroups();
  for (let i = 0; i < typed.length;) {
    let length = Math.min(longest, typed.length - i);
    while (length > 1 && !meanings.has(stemKey(typed.slice(i, i + length).join(' ')))) length--;
    const phrase = typed.slice(i, i + length).join(' ');
    const stem = stemKey(phrase);
    terms.push({ typed: phrase, stem, alike: (meanings.get(stem) ?? []).filter((k) => k !== stem) });
    i += length;
  }
  return terms;
}

/** A story's text, ready to be searched many times. */
export interface Searchable {
  /** Its words, spaced and with a space at each end, so " word " finds a whole word. */
  plain: string;
  stems: string;
}

export function searchable(text: string): Searchable {
  const plain = words(text);
  return { plain: ` ${plain.join(' ')} `, stems: ` ${plain.map(stemmer).join(' ')} ` };
}

/** How well a term matches: 2 for its own word (or the start of one), 1 for a word of the same meaning, 0 for none. */
export function termMatch(term: SearchTerm, text: Searchable): 0 | 1 | 2 {
  if (text.stems.includes(` ${term.stem} `) || text.plain.includes(` ${term.typed}`)) return 2;
  return term.alike.some((k) => text.stems.includes(` ${k} `)) ? 1 : 0;
}
