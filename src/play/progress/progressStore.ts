// Keeps progress in the browser's storage. Nothing is ever lost silently: an unreadable save is kept aside
// (or, with no room for a copy, left untouched where it is) and the player is told; a play that does not
// fit a save is left out alone, never spoiling the rest; when storage is full the game keeps every play in
// the tab, says so, and saves again as soon as it can. Before each write the stored save is read again and
// merged, so two tabs never overwrite each other's finished plays.
import { listKeptAside, meanwhileKey, preserve, type KeptAside } from './keptAside.ts';
import { attemptId, finishes, mergeProgress, unionAttempts } from './mergeProgress.ts';
import { Attempt, emptyProgress, InProgress, MAX_PLAY_STEPS, type Progress } from './progressSchema.ts';
import { readProgressFile, readSave, type DescribeProblems, type LeftOut } from './readProgress.ts';
import { PROGRESS_KEY } from './progressKey.ts';
import type { StorageLike } from '../../engine/storageLike.ts';
import type { MessageId } from '../../i18n/catalog.ts';
import { locale, t, type MessageValues } from '../../i18n/intl.ts';

// Reading and writing are what the store needs; listing and removing keys, where there, find copies kept aside.
export type { DescribeProblems, KeptAside, StorageLike };
export { PROGRESS_KEY };

export type Restored = { ok: true; added: number; leftOut: number } | { ok: false; errors: string[] };

export interface ProgressStore {
  progress(): Progress;
  /** Things the player must be told, in plain words (kept-aside saves, storage trouble). */
  notices(): string[];
  /** Whether the last write reached storage (false without storage, or while it is full). */
  persistent(): boolean;
  saveCurrent(current: InProgress | null): void;
  /** Records a finished play and clears the story in progress, if it is that play. */
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
  importText(
    file: string,
    text: string,
    describe?: DescribeProblems,
  ): { ok: true; added: number } | { ok: false; errors: string[] };
  /** Saves that could not be read, kept aside (or left in place), oldest first. */
  keptAside(): KeptAside[];
  keptAsideText(key: string): string | null;
  /** Merges the plays of a kept-aside save that can be read; the copy itself stays. */
  restoreKeptAside(key: string): Restored;
  /** Called with false when a write fails (storage full) and with true when saving works again. */
  onSaving(listener: (saving: boolean) => void): () => void;
  /** Follows other tabs' saves (the window's `storage` event), so their finished plays show here too. */
  followOtherTabs(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
}

/**
 * A notice as its sentences, each a catalogue message: kept so, and put into words when asked for, so a
 * notice found before the page's language was loaded, or shown again after a change of language, reads in it.
 */
type Notice = readonly { id: MessageId; values?: MessageValues }[];
const sameNotice = (a: Notice, b: Notice) => JSON.stringify(a) === JSON.stringify(b);
const STORAGE_FULL: Notice = [{ id: 'notices.storageFull' }];
const UNAVAILABLE: Notice = [{ id: 'notices.progress.unavailable' }];
const inWords = (notice: Notice) => notice.map(({ id, values }) => t(id, values)).join(' ');

/** `key` is where this learner's progress lives: the plain key for a visit, a learner's own key under an LMS. */
export function openProgressStore(
  storage: StorageLike | null,
  now: () => Date = () => new Date(),
  key: string = PROGRESS_KEY,
): ProgressStore {
  const opened = storage ? tryOpening(storage, key, now()) : null;
  // A storage that cannot even be read is no storage at all.
  if (!opened) storage = null;
  const notices = opened ? [...opened.notices] : [UNAVAILABLE];
  const listeners = new Set<(saving: boolean) => void>();
  // Where this tab writes: the save's own key, or another while an unreadable save must stay untouched there.
  let target = opened?.target ?? key;
  let inPlace = opened?.inPlace ?? false;
  let progress = opened?.progress ?? emptyProgress();
  let lastSeen = opened?.lastSeen ?? null;
  let writable = opened !== null;
  let unwritten = false;
  let meanwhileToClear = opened?.meanwhileToClear ?? false;
  // Plays too long for a save: kept in this tab (and a copy aside), left out of what is written.
  const unsaveable = new WeakSet<object>();

  const tell = (notice: Notice) => notices.some((n) => sameNotice(n, notice)) || notices.push(notice);

  /** What storage holds now, merged into this tab's copy: another tab may have saved since this one last looked. */
  function sync(): Progress {
    if (!storage) return progress;
    const text = storage.getItem(target);
    if (text === null || text === lastSeen) return progress;
    const read = readSave(target, text);
    if (!read.ok || read.leftOut.length) {
      const kept = preserve(storage, key, text, now());
      const copied = kept.kind === 'copied' || kept.kind === 'already';
      tell([
        { id: 'notices.progress.otherCopy' },
        copied
          ? { id: 'notices.progress.otherCopyKept', values: { aside: kept.aside } }
          : { id: 'notices.progress.otherCopyUntouched' },
      ]);
      if (!copied && target === key) {
        // As when an unreadable save is found on loading: it stays where it is, and this tab writes elsewhere.
        target = meanwhileKey(key);
        inPlace = true;
        return sync();
      }
    }
    lastSeen = text;
    return read.ok ? mergeProgress(progress, read.progress, unwritten) : progress;
  }

  function persist(): void {
    if (!storage) return;
    const stored = {
      ...progress,
      current: progress.current && unsaveable.has(progress.current) ? null : progress.current,
      attempts: progress.attempts.filter((a) => !unsaveable.has(a)),
    };
    const text = JSON.stringify(stored);
    try {
      storage.setItem(target, text);
    } catch {
      unwritten = true;
      if (writable) {
        writable = false;
        tell(STORAGE_FULL);
        for (const listener of listeners) listener(false);
      }
      return;
    }
    lastSeen = text;
    unwritten = false;
    if (meanwhileToClear && target === key) {
      storage.removeItem?.(meanwhileKey(key));
      meanwhileToClear = false;
    }
    if (!writable) {
      writable = true;
      const full = notices.findIndex((n) => sameNotice(n, STORAGE_FULL));
      if (full >= 0) notices.splice(full, 1);
      for (const listener of listeners) listener(true);
    }
  }

  const change = (apply: (base: Progress) => Progress) => {
    progress = apply(sync());
    persist();
  };

  function mergeAttempts(attempts: readonly Attempt[]): number {
    const base = sync();
    const known = new Set(base.attempts.map(attemptId));
    const fresh = attempts.filter((a) => !known.has(attemptId(a)));
    progress = base;
    if (fresh.length) change((b) => ({ ...b, attempts: unionAttempts(b.attempts, fresh) }));
    return fresh.length;
  }

  function keptAsideTextOf(asideKey: string): string | null {
    if (!storage || !listKeptAside(storage, key, inPlace).some((k) => k.key === asideKey)) return null;
    return storage.getItem(asideKey);
  }

  return {
    progress: () => progress,
    notices: () => notices.map(inWords),
    persistent: () => writable,
    saveCurrent(current) {
      if (current && !InProgress.safeParse(current).success) {
        unsaveable.add(current);
        tell([{ id: 'notices.progress.playTooLong', values: { max: MAX_PLAY_STEPS } }]);
      }
      change((base) => ({ ...base, current }));
    },
    recordAttempt(attempt) {
      if (!Attempt.safeParse(attempt).success) keepAsideAlone(attempt);
      change((base) => ({
        ...base,
        current: base.current && finishes(attempt, base.current) ? null : base.current,
        attempts: unionAttempts(base.attempts, [attempt]),
      }));
    },
    setBrainstorm: (items) => change((base) => ({ ...base, brainstorm: items.slice(0, 200) })),
    setPlayerName: (name) => change((base) => ({ ...base, playerName: name.trim().slice(0, 80) || undefined })),
    // The file says which language the game spoke (a trainer reading it may need to know); the save does not.
    exportText: () => {
      const { format, version, ...rest } = progress;
      return `${JSON.stringify({ format, version, language: locale(), ...rest }, null, 2)}\n`;
    },
    mergeAttempts,
    importText(file, text, describe) {
      const read = readProgressFile(file, text, describe);
      if (!read.ok) return { ok: false, errors: read.errors };
      return { ok: true, added: mergeAttempts(read.progress.attempts) };
    },
    keptAside: () => (storage ? listKeptAside(storage, key, inPlace) : []),
    keptAsideText: keptAsideTextOf,
    restoreKeptAside(asideKey) {
      const text = keptAsideTextOf(asideKey);
      if (text === null) return { ok: false, errors: [t('notices.progress.noSuchAside', { key: asideKey })] };
      const read = readSave(asideKey, text);
      if (!read.ok) return { ok: false, errors: read.errors };
      return { ok: true, added: mergeAttempts(read.progress.attempts), leftOut: read.leftOut.length };
    },
    onSaving(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    followOtherTabs(events) {
      const follow = (event: Event) => {
        const changed = 'key' in event ? event.key : undefined;
        if (changed === target || changed === null) progress = sync();
      };
      events.addEventListener('storage', follow);
      return () => events.removeEventListener('storage', follow);
    },
  };

  /** A finished play too long for a save: shown in this tab and copied aside on its own, so it can be downloaded. */
  function keepAsideAlone(attempt: Attempt): void {
    unsaveable.add(attempt);
    const alone = JSON.stringify({ ...emptyProgress(), attempts: [attempt] });
    const kept = storage ? preserve(storage, key, alone, now()) : null;
    tell([
      { id: 'notices.progress.attemptTooLong', values: { title: attempt.title.slice(0, 80), max: MAX_PLAY_STEPS } },
      kept && (kept.kind === 'copied' || kept.kind === 'already')
        ? { id: 'notices.progress.attemptKept', values: { aside: kept.aside } }
        : { id: 'notices.progress.attemptExport' },
    ]);
  }
}

interface Opened {
  progress: Progress;
  notices: Notice[];
  target: string;
  /** The save under the key could not be read nor copied aside, so it stays there, untouched. */
  inPlace: boolean;
  lastSeen: string | null;
  /** Progress saved elsewhere meanwhile has been read, and goes once the key can be written again. */
  meanwhileToClear: boolean;
}

function tryOpening(storage: StorageLike, key: string, now: Date): Opened | null {
  try {
    return openSaved(storage, key, now);
  } catch {
    return null;
  }
}

/** Reads the save under `key` and any progress kept meanwhile elsewhere; keeps aside what cannot be read. */
function openSaved(storage: StorageLike, key: string, now: Date): Opened {
  const opened: Opened = {
    progress: emptyProgress(),
    notices: [],
    target: key,
    inPlace: false,
    lastSeen: null,
    meanwhileToClear: false,
  };
  const raw = storage.getItem(key);
  if (raw !== null) {
    const read = readSave(key, raw);
    if (read.ok) opened.progress = read.progress;
    const trouble = !read.ok ? read.why : read.leftOut.length ? leftOutWords(read.leftOut) : null;
    if (trouble !== null) keepAside(storage, key, raw, now, opened, read.ok ? trouble : null, read.ok ? null : trouble);
  }
  const meanwhile = storage.getItem(meanwhileKey(key));
  if (meanwhile !== null) {
    const read = readSave(meanwhileKey(key), meanwhile);
    if (read.ok) {
      opened.progress = mergeProgress(opened.progress, read.progress, false);
      opened.meanwhileToClear = true;
    }
  }
  opened.lastSeen = storage.getItem(opened.target);
  return opened;
}

function keepAside(
  storage: StorageLike,
  key: string,
  raw: string,
  now: Date,
  opened: Opened,
  someLeftOut: string | null,
  unreadable: string | null,
): void {
  const kept = preserve(storage, key, raw, now);
  const what: Notice[number] =
    unreadable !== null
      ? { id: 'notices.progress.unreadable', values: { why: unreadable } }
      : { id: 'notices.progress.someLeftOut', values: { what: someLeftOut ?? '' } };
  if (kept.kind === 'copied' || kept.kind === 'already') {
    const fresh = unreadable !== null ? 'fresh' : 'kept';
    opened.notices.push([what, { id: 'notices.progress.keptAside', values: { aside: kept.aside, fresh } }]);
    return;
  }
  // No copy can be made: the save stays as it is, under its own key, and new progress is written elsewhere.
  opened.target = meanwhileKey(key);
  opened.inPlace = true;
  const why = kept.kind === 'no-room' ? 'noRoom' : 'tooMany';
  opened.notices.push([what, { id: 'notices.progress.keptInPlace', values: { why } }]);
}

const leftOutWords = (leftOut: readonly LeftOut[]) =>
  leftOut
    .slice(0, 3)
    .map((l) => `${l.what} (${l.why})`)
    .join('; ') + (leftOut.length > 3 ? `; ${t('notices.progress.andMore', { count: leftOut.length - 3 })}` : '');
