// How two copies of one learner's progress become one, so that two tabs (or this tab and what it could not
// write while storage was full) never lose each other's plays: finished plays are a union, by an identity
// that does not change once a play has ended; the story in progress is the last one written.
import type { Attempt, InProgress, Progress } from './progressSchema.ts';

/** A finished play's identity: the same story, seed and end time is the same play, wherever it was recorded. */
export const attemptId = (a: Pick<Attempt, 'scenarioId' | 'seed' | 'endedAt'>): string =>
  `${a.scenarioId}|${a.seed}|${a.endedAt}`;

/** Whether a story in progress is the play that an attempt finished (so finishing it clears it, and nothing else). */
export const finishes = (attempt: Pick<Attempt, 'scenarioId' | 'seed' | 'trackId'>, current: InProgress): boolean =>
  current.scenarioId === attempt.scenarioId && current.seed === attempt.seed && current.trackId === attempt.trackId;

/** The plays of both, each once, in the order they ended. */
export function unionAttempts(mine: readonly Attempt[], theirs: readonly Attempt[]): Attempt[] {
  const seen = new Set<string>();
  return [...theirs, ...mine]
    .filter((a) => {
      const id = attemptId(a);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.endedAt.localeCompare(b.endedAt));
}

/**
 * `stored` is what storage holds now (another tab may have written it); `mine` is this tab's copy. The stored
 * copy's other fields win (it was written last), unless this tab holds changes it could not write yet.
 */
export function mergeProgress(mine: Progress, stored: Progress, mineUnwritten: boolean): Progress {
  const base = mineUnwritten ? mine : stored;
  return { ...base, attempts: unionAttempts(mine.attempts, stored.attempts) };
}
