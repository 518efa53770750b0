// Keeps the player's progress in the LMS as well as the browser, so a trainee
// who relaunches from the LMS (on this machine or another) resumes where they
// left off. The LMS's copy is the truth and the browser's (kept under this
// learner's own key) a cache of it: the LMS decides the story in progress, and
// when it holds none, none is resumed, whatever the browser remembers.
import type { ProgressStore } from '../play/progress/progressStore.ts';
import type { Attempt, InProgress } from '../play/progress/progressSchema.ts';
import type { LmsProgressBridge } from './scorm/scormReporter.ts';
import type { KeptProgress } from './scorm/suspendData.ts';
import { t } from '../i18n/intl.ts';

export function withLmsProgress(
  store: ProgressStore,
  bridge: LmsProgressBridge,
  titleOf: (scenarioId: string) => string | null,
  now: () => Date,
): ProgressStore {
  const loaded = bridge.load();
  const notices = loaded.notice ? [loaded.notice] : [];
  const { kept } = loaded;
  if (kept) {
    // Plays finished in the LMS are known only by their grades: no steps or principle evidence travel.
    const restored = kept.attempts.flatMap((a): Attempt[] => {
      const title = titleOf(a.scenarioId);
      return title
        ? [
            {
              scenarioId: a.scenarioId,
              title,
              seed: a.seed,
              steps: [],
              grade: a.grade,
              percent: a.percent,
              endedAt: a.endedAt,
              evidence: [],
              ...(a.trackId ? { trackId: a.trackId } : {}),
            },
          ]
        : [];
    });
    store.mergeAttempts(restored);
  }
  // Unreadable data (a notice) leaves the cache alone: it is this learner's own, and the best there is.
  if (!loaded.notice) {
    const current = kept?.current;
    const resumable = current && titleOf(current.scenarioId) ? current : null;
    if (resumable) {
      store.saveCurrent({
        scenarioId: resumable.scenarioId,
        seed: resumable.seed,
        steps: resumable.steps,
        savedAt: now().toISOString(),
        ...(resumable.trackId ? { trackId: resumable.trackId } : {}),
        ...(resumable.registration ? { registration: resumable.registration } : {}),
      });
    } else if (store.progress().current) store.saveCurrent(null);
  }
  // The plays that count are the ones the LMS holds, and those finished in this session. Others this browser
  // remembers (from an attempt the LMS has since replaced) stay in its storage but count for nothing here:
  // a track shown as passed that the LMS holds as incomplete would never be reported again. Plays imported
  // from a file do not count either: an LMS's record is only what was played under it.
  const counted = new Set((loaded.notice ? store.progress().attempts : (kept?.attempts ?? [])).map(attemptKey));
  const uncounted = store.progress().attempts.filter((a) => !counted.has(attemptKey(a))).length;
  if (uncounted) notices.push(t('lms.uncounted', { count: uncounted }));
  const progress = () => {
    const all = store.progress();
    return { ...all, attempts: all.attempts.filter((a) => counted.has(attemptKey(a))) };
  };
  const sync = () => bridge.keep(toKept(progress().current, progress().attempts));
  return {
    ...store,
    progress,
    notices: () => [...notices, ...store.notices()],
    saveCurrent(current) {
      store.saveCurrent(current);
      sync();
    },
    recordAttempt(attempt) {
      counted.add(attemptKey(attempt));
      store.recordAttempt(attempt);
      sync();
    },
  };
}

const attemptKey = (a: Pick<Attempt, 'scenarioId' | 'seed' | 'endedAt'>) => `${a.scenarioId}|${a.seed}|${a.endedAt}`;

function toKept(current: InProgress | null, attempts: readonly Attempt[]): KeptProgress {
  return {
    current: current
      ? {
          scenarioId: current.scenarioId,
          trackId: current.trackId ?? null,
          seed: current.seed,
          steps: current.steps,
          registration: current.registration ?? null,
        }
      : null,
    attempts: attempts.map((a) => ({
      scenarioId: a.scenarioId,
      trackId: a.trackId ?? null,
      seed: a.seed,
      grade: a.grade,
      percent: a.percent,
      endedAt: a.endedAt,
    })),
  };
}
