// Keeps the player's progress in the LMS as well as the browser, so a trainee
// who relaunches from the LMS (on this machine or another) resumes where they
// left off. The LMS copy wins for the story in progress: it is this learner's.
import type { ProgressStore } from '../app/progress/progressStore.ts';
import type { Attempt, InProgress } from '../app/progress/progressSchema.ts';
import type { LmsProgressBridge } from './scorm/scormReporter.ts';
import type { KeptProgress } from './scorm/suspendData.ts';

export function withLmsProgress(store: ProgressStore, bridge: LmsProgressBridge, titleOf: (scenarioId: string) => string | null, now: () => Date): ProgressStore {
  const loaded = bridge.load();
  const notices = loaded.notice ? [loaded.notice] : [];
  const { kept } = loaded;
  if (kept) {
    // Plays finished in the LMS are known only by their grades: no steps or principle evidence travel.
    const restored = kept.attempts.flatMap((a): Attempt[] => {
      const title = titleOf(a.scenarioId);
      return title ? [{ scenarioId: a.scenarioId, title, seed: a.seed, steps: [], grade: a.grade, percent: a.percent, endedAt: a.endedAt, evidence: [], ...(a.trackId ? { trackId: a.trackId } : {}) }] : [];
    });
    store.mergeAttempts(restored);
    const current = kept.current;
    if (current && titleOf(current.scenarioId)) {
      store.saveCurrent({
        scenarioId: current.scenarioId,
        seed: current.seed,
        steps: current.steps,
        savedAt: now().toISOString(),
        ...(current.trackId ? { trackId: current.trackId } : {}),
        ...(current.registration ? { registration: current.registration } : {}),
      });
    }
  }
  const sync = () => bridge.keep(toKept(store.progress().current, store.progress().attempts));
  return {
    ...store,
    notices: () => [...notices, ...store.notices()],
    saveCurrent(current) {
      store.saveCurrent(current);
      sync();
    },
    recordAttempt(attempt) {
      store.recordAttempt(attempt);
      sync();
    },
  };
}

function toKept(current: InProgress | null, attempts: readonly Attempt[]): KeptProgress {
  return {
    current: current ? { scenarioId: current.scenarioId, trackId: current.trackId ?? null, seed: current.seed, steps: current.steps, registration: current.registration ?? null } : null,
    attempts: attempts.map((a) => ({ scenarioId: a.scenarioId, trackId: a.trackId ?? null, seed: a.seed, grade: a.grade, percent: a.percent, endedAt: a.endedAt })),
  };
}
