// The order a beat's choices are shown in: shuffled from the play's seed, so the best answer is not always
// the first and a grade cannot be had by pressing 1. The same seed gives the same order (a workshop can
// replay a shift, a resumed play looks as it did), and a pinned choice keeps its place where the order is
// the point. Choices keep their ids whatever the order, so saves, exports and LMS reports are unaffected.
import { makeRandom } from './seededRandom.ts';

export function orderChoices<T>(
  choices: readonly T[],
  seed: string,
  beat: string,
  pinned: (choice: T) => boolean,
): T[] {
  const free = choices.filter((c) => !pinned(c));
  const random = makeRandom(`${seed}/choices/${beat}`);
  // Fisher–Yates over the unpinned choices.
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  let next = 0;
  return choices.map((c) => (pinned(c) ? c : free[next++]!));
}
