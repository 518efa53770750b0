// "Did you mean …?" for misspelt ids and field names.

/** Edits needed to turn a into b, a swap of two neighbouring letters counting as one (the commonest typo). */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Longer words are not typos of an id or a field name, and comparing them costs the product of the lengths. */
const LONGEST_GUESS = 64;

/** The closest known word, if it is close enough to be a likely typo. */
function closest(word: string, known: Iterable<string>): string | undefined {
  if (word.length > LONGEST_GUESS) return undefined;
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The distance is at least the difference in length, so a candidate that differs more could never be suggested
    // (checked first on the candidate as written, as lower-casing never shortens a string).
    if (candidate.length > lower.length + tolerance) continue;
    const other = candidate.toLowerCase();
    if (Math.abs(other.length - lower.length) > tolerance) continue;
    const d = editDistance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(word: string, known: Iterable<string>): string {
  const guess = closest(word, known);
  return guess ? ` (did you mean "${guess}"?)` : '';
}
