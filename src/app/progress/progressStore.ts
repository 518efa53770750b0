// Keeps progress in the browser's storage. Nothing is ever lost silently: an
// unreadable save is kept aside under another key and the player is told; when
// storage is unavailable the game still plays and says progress will not be kept.
import { Attempt, emptyProgress, migrate, Progress, PROGRESS_VERSION, type InProgress } from './progressSchema.ts';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

import { PROGRESS_KEY } from './progressKey.ts';

export { PROGRESS_KEY };

export interface ProgressStore {
  progress(): Progress;
  /** Things the player must be told, in plain words (kept-aside saves, storage trouble). */
  notices(): string[];
  persistent(): boolean;
  saveCurrent(current: InProgress | null): void;
  /** Records a finished play and clears the story in progress. */
  recordAttempt(attempt: Attempt): void;
  setPlayerName(name: string): void;
  setBrainstorm(items: { breakdown: string; role: string }[]): void;
  exportText(): string;
  /** Adds finished plays from elsewhere (a file, the LMS), skipping ones already here; returns how many were new. */
  mergeAttempts(attempts: readonly Attempt[]): number;
  /**
   * Merges a progress file: attempts are added (duplicates skipped); the story in progress is kept.
   * `describe` explains a file that does not fit, line by line (describeProgressFile.ts, loaded when needed).
   */
  importText(file: string, text: string, describe?: DescribeProblems): { ok: true; added: number } | { ok: false; errors: string[] };
}

/** `key` is where this learner's progress lives: the plain key for a visit, a learner's own key under an LMS. */
export function openProgressStore(storage: StorageLike | null, now: () => Date = () => new Date(), key: string = PROGRESS_KEY): ProgressStore {
  const notices: string[] = [];
  let persistent = storage !== null;
  let progress = emptyProgress();
  const unavailable = 'This browser is not letting the game save (private browsing, or storage is full), so progress will not be kept after this tab closes.';

  if (storage) {
    try {
      const raw = storage.getItem(key);
      if (raw !== null) {
        const read = readProgress(key, raw);
        if (read.ok) progress = read.progress;
        else {
          const aside = `${key}.unreadable.${now().toISOString()}`;
          storage.setItem(aside, raw);
          notices.push(`Your saved progress could not be read (${read.why}). It has been kept aside as "${aside}" and the game has started fresh.`);
        }
      }
    } catch {
      persistent = false;
    }
  }
  if (!persistent) notices.push(unavailable);

  const write = () => {
    if (!storage || !persistent) return;
    try {
      storage.setItem(key, JSON.stringify(progress));
    } catch {
      persistent = false;
      notices.push(unavailable);
    }
  };

  function mergeAttempts(attempts: readonly Attempt[]): number {
    const key = (a: Attempt) => `${a.scenarioId}|${a.seed}|${a.endedAt}`;
    const known = new Set(progress.attempts.map(key));
    const fresh = attempts.filter((a) => !known.has(key(a)));
    if (!fresh.length) return 0;
    progress = { ...progress, attempts: [...progress.attempts, ...fresh].sort((a, b) => a.endedAt.localeCompare(b.endedAt)) };
    write();
    return fresh.length;
  }

  return {
    progress: () => progress,
    notices: () => [...notices],
    persistent: () => persistent,
    saveCurrent(current) {
      progress = { ...progress, current };
      write();
    },
    recordAttempt(attempt) {
      progress = { ...progress, current: null, attempts: [...progress.attempts, Attempt.parse(attempt)] };
      write();
    },
    setBrainstorm(items) {
      progress = { ...progress, brainstorm: items.slice(0, 200) };
      write();
    },
    setPlayerName(name) {
      progress = { ...progress, playerName: name.trim().slice(0, 80) || undefined };
      write();
    },
    exportText: () => `${JSON.stringify(progress, null, 2)}\n`,
    mergeAttempts,
    importText(file, text, describe) {
      const read = readProgress(file, text, describe);
      if (!read.ok) return { ok: false, errors: read.errors };
      return { ok: true, added: mergeAttempts(read.progress.attempts) };
    },
  };
}

type Read = { ok: true; progress: Progress } | { ok: false; why: string; errors: string[] };
export type DescribeProblems = (file: string, text: string) => string[];

function readProgress(file: string, text: string, describe?: DescribeProblems): Read {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, why: 'it is not valid JSON', errors: [`${file}: this is not a progress file: it is not valid JSON`] };
  }
  const migrated = migrate(parsed);
  if (!migrated.ok) {
    const why = migrated.reason === 'newer' ? `it was saved by a newer version of the game (version ${String(migrated.version)}; this one reads up to ${PROGRESS_VERSION})` : `its version ${String(migrated.version)} is unknown`;
    return { ok: false, why, errors: [`${file}: ${why}`] };
  }
  // Unmigrated files are checked as written, so line numbers point into the file the player has.
  const source = migrated.data === parsed ? text : JSON.stringify(migrated.data, null, 2);
  const checked = Progress.safeParse(migrated.data);
  if (checked.success) return { ok: true, progress: checked.data };
  const errors = describe?.(file, source) ?? [];
  const fallback = checked.error.issues.slice(0, 5).map((issue) => `${file}: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
  return { ok: false, why: 'it does not have the expected contents', errors: errors.length ? errors : fallback };
}
