// Who the LMS launched the game for, as far as this browser's saved progress is concerned: the key their
// progress lives under (src/lms/learnerKey.ts) and the name the LMS gives them. A plain visit keeps the
// plain key. Under an LMS, every learner and launch has a key of their own, so learners who share a
// computer never see, resume or overwrite each other's plays.
import type { ProgressStore } from './progress/progressStore.ts';
import { PROGRESS_KEY } from './progress/progressKey.ts';
import type { LmsLaunch } from '../lms/launch.ts';
import { actorIdentifier, learnerProgressKey } from '../lms/learnerKey.ts';
import type { ScormLearner } from '../lms/scorm/scormLearner.ts';
import type { ScormUnit } from '../lms/scorm/scormReporter.ts';

export interface LmsLearner {
  /** What identifies the learner and the launch, before hashing; null for a plain visit. */
  parts: string[] | null;
  /** The learner's name as the LMS gives it, to offer the certificate. */
  name: string | null;
}

export function lmsLearner(launch: LmsLaunch, scorm: ScormLearner | null, unit: ScormUnit, search: string): LmsLearner {
  const unitPart = unit ? `${unit.kind}:${unit.id}` : '';
  // The registration is part of an xAPI or cmi5 key: a new registration is a new attempt, and every statement
  // of its session carries it (cmi5 §8.1.4). A play in progress under an earlier registration is set aside,
  // not resumed into the new one: it stays under its own key, and a relaunch with that registration resumes it.
  switch (launch.kind) {
    case 'none':
      return { parts: null, name: null };
    case 'xapi':
      return {
        parts: ['xapi', actorIdentifier(launch.actor), launch.registration ?? '', launch.activityId ?? ''],
        name: launch.actor.name?.trim() || null,
      };
    case 'cmi5':
      return {
        parts: ['cmi5', actorIdentifier(launch.actor), launch.registration, launch.activityId],
        name: launch.actor.name?.trim() || null,
      };
    case 'scorm':
      if (!scorm) break;
      // A browsed or reviewed lesson is kept apart, so it never counts as the learner's assessed work.
      return {
        parts: [
          'scorm',
          scorm.id,
          unitPart,
          scorm.records ? 'recorded' : `${scorm.mode}/${scorm.credit ? 'credit' : 'no-credit'}`,
        ],
        name: scorm.name,
      };
    case 'invalid':
      break;
  }
  // An LMS launched the game for someone it did not name (a broken link, an LMS that would not start a
  // session): their play is kept under this very launch address, and under no other learner's key.
  return { parts: ['unidentified', launch.kind, search], name: null };
}

export async function progressKeyOf(learner: LmsLearner): Promise<string> {
  return learner.parts ? learnerProgressKey(learner.parts) : PROGRESS_KEY;
}

/** Offers the LMS's name for the certificate until the player writes their own; it is not saved as theirs. */
export function withLearnerName(store: ProgressStore, name: string | null): ProgressStore {
  if (!name) return store;
  return {
    ...store,
    progress() {
      const progress = store.progress();
      return progress.playerName ? progress : { ...progress, playerName: name.slice(0, 80) };
    },
  };
}
