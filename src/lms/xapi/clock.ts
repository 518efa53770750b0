// Statements made in the same millisecond (passed, completed and terminated
// at the end of a unit) would carry the same timestamp, and a report sorted by
// timestamp could show them in any order. xAPI keeps no other order between
// statements, so every timestamp this page makes is later than the one before.

/** A clock whose readings strictly increase, by at least a millisecond each. */
export function strictClock(now: () => Date): () => Date {
  let last = -Infinity;
  return () => {
    const next = Math.max(now().getTime(), last + 1);
    last = next;
    return new Date(next);
  };
}
