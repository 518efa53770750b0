// The one interface the game reports a play through, whichever standard the
// LMS speaks. The story scene calls it; the adapters translate.
import type { AnsweredFact, EndedFact, StoryRef } from './playFacts.ts';
import type { StorageLike } from '../engine/storageLike.ts';

/** What a reporter is opened with (openReporter.ts and the xAPI clients it loads). */
export interface ReporterEnvironment {
  local: StorageLike | null;
  session: StorageLike | null;
  /** The story or track the launch asked for: the unit an LMS reports on. */
  scenario: string | null;
  newId(): string;
  now(): Date;
  log(message: string): void;
}

export interface TrackDone {
  id: string;
  title: string;
  /** The mean of the best percent reached in each story. */
  percent: number;
  passed: boolean;
  durationMs: number;
  registration: string;
}

export interface PlayReporter {
  /** The registration (attempt id) a new story carries: the launch's, the workshop's, or a fresh one. */
  registrationFor(mode: { workshop: boolean }): string;
  started(story: StoryRef, resumed: boolean): void;
  beat(story: StoryRef, beat: string, label: string): void;
  answered(fact: AnsweredFact): void;
  ended(fact: EndedFact): void;
  /** Every story of a launched track has been played to its end; passed when all passed. */
  trackFinished(done: TrackDone): void;
  /** The mastery score (0–1) the LMS set, which then decides passing instead of the grade. */
  masteryScore(): number | null;
  /** The page is being hidden or closed: save and send what must survive. */
  leaving(): void;
  /** Where the LMS asked for the learner to be sent back to (cmi5's returnURL), if anywhere. */
  returnUrl(): string | null;
  /** The learner chose to go back to the LMS: end the session and send what waits. */
  exit(): Promise<void>;
  /** Statements the LRS refused for good, kept in this browser for the LMS's administrator (xAPI and cmi5 only). */
  undelivered?(): readonly object[];
  /** One line for the player about reporting, or null when nothing is reported. */
  status(): string | null;
  subscribe(listener: () => void): () => void;
}

/** With no LMS the game plays exactly as before: every registration is fresh and nothing is sent. */
export function localOnlyReporter(newId: () => string): PlayReporter {
  let workshop: string | null = null;
  return {
    registrationFor: (mode) => (mode.workshop ? (workshop ??= newId()) : newId()),
    started: () => undefined,
    beat: () => undefined,
    answered: () => undefined,
    ended: () => undefined,
    trackFinished: () => undefined,
    masteryScore: () => null,
    leaving: () => undefined,
    returnUrl: () => null,
    exit: () => Promise.resolve(),
    status: () => null,
    subscribe: () => () => undefined,
  };
}
