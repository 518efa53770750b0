// Where a page keeps the statements it has not delivered yet. Each page has a
// queue of its own in localStorage, so two tabs on one LRS never overwrite each
// other's statements. A queue whose page has gone (closed, reloaded, crashed)
// is an orphan, and the next page reporting to that LRS adopts it. Each page
// holds a Web Lock named after its queue while it lives; the browser releases
// it when the page goes, which is how an orphan is told from a queue whose tab
// is merely in the background. Adoption itself runs under one more lock, so two
// tabs never adopt the same orphan.
//
// Why localStorage and not IndexedDB: the last save happens on pagehide, where
// only synchronous storage is sure to finish, and a queue of a few hundred small
// statements is far from the quota. The locks give the cross-tab safety
// IndexedDB transactions would.
import type { Statement } from '@xapi/xapi';
import type { StorageLike } from '../../engine/storageLike.ts';
import type { QueueStore } from './statementQueue.ts';

/** The queue lists and removes its keys, so it needs a storage that can. */
export type QueueStorage = Required<StorageLike>;

/** The part of the Web Locks API used here (navigator.locks). */
export interface LocksLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }>;
}

export interface TabQueueOptions {
  storage: QueueStorage | null;
  /** One prefix per LRS, e.g. `service-hero.xapi-queue.<endpoint>`. */
  prefix: string;
  /** A fresh id per page load. */
  pageId: string;
  locks: LocksLike | null;
  /** Whose statements this page may take over: the launched learner's. Another learner's stay for their next visit. */
  belongs(statement: Statement): boolean;
  now(): number;
  log(message: string): void;
}

export interface TabQueueStore extends QueueStore {
  readonly key: string;
  /** Writes this page's waiting statements; false when storage refused them. */
  save(waiting: readonly Statement[]): boolean;
  /** Takes over the queues of pages that have gone, oldest first; they are removed from storage once read. */
  adoptOrphans(): Promise<Statement[]>;
}

interface SavedQueue {
  savedAt: number;
  statements: Statement[];
}

/** Without Web Locks a queue counts as orphaned once untouched this long; a live tab's queue adopted by mistake is only sent twice, and the LRS keeps one copy of each id. */
const STALE_MS = 5 * 60_000;

export function openTabQueue(options: TabQueueOptions): TabQueueStore {
  const { storage, prefix, locks, log } = options;
  const key = `${prefix}.tab.${options.pageId}`;
  const write = (waiting: readonly Statement[]): boolean => {
    if (!storage) return false;
    try {
      if (waiting.length)
        storage.setItem(key, JSON.stringify({ savedAt: options.now(), statements: [...waiting] } satisfies SavedQueue));
      else storage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  };
  // The queue is written only once this page holds its lock, which it keeps until the page goes (the browser then
  // releases it, and the queue becomes adoptable). So a page that finds the queue in storage finds the lock held too:
  // asking for a lock and writing storage travel separately to the browser, and a page that wrote before its lock
  // was in place looked gone to a page opening beside it, which took its first statements over. Until the lock
  // comes (the page's first moments) the queue waits in memory.
  let held = !locks;
  let unwritten: readonly Statement[] | null = null;
  const lockHeld = () => {
    held = true;
    if (unwritten) write(unwritten);
    unwritten = null;
  };
  void locks
    ?.request(key, () => {
      lockHeld();
      return new Promise(() => undefined);
    })
    // Without a lock to hold, the queue is written anyway: taken over twice is better than lost.
    .catch(lockHeld);
  const ownPattern = new RegExp(`^${escapeRegExp(prefix)}\\.tab\\.[0-9a-f-]{36}$`);

  const orphanKeys = async (): Promise<string[]> => {
    if (!storage) return [];
    // The queues in storage first, then which pages live: a page asks for its lock before it first writes its queue,
    // so any queue seen here has its lock asked for by now. The other way round, a tab opening between the two
    // looks gone: its first statements were taken over while it lived, and reached the LRS out of order.
    const found: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const candidate = storage.key(i);
      // The queue every tab shared before per-tab queues is always an orphan now.
      if (candidate === prefix || (candidate && candidate !== key && ownPattern.test(candidate))) found.push(candidate);
    }
    if (!locks)
      return found.filter((k) => k === prefix || (readSaved(storage, k, log)?.savedAt ?? 0) < options.now() - STALE_MS);
    const alive = new Set<string>();
    const state = await locks.query();
    for (const lock of [...(state.held ?? []), ...(state.pending ?? [])]) if (lock.name) alive.add(lock.name);
    return found.filter((k) => !alive.has(k));
  };

  const adopt = async (): Promise<Statement[]> => {
    if (!storage) return [];
    const queues = (await orphanKeys()).flatMap((k) => {
      const saved = readSaved(storage, k, log);
      if (!saved) return (storage.removeItem(k), []);
      const theirs = saved.statements.filter((s) => !options.belongs(s));
      // Under the adoption lock no other page writes this key: what is not ours stays where it was.
      if (theirs.length)
        storage.setItem(k, JSON.stringify({ savedAt: saved.savedAt, statements: theirs } satisfies SavedQueue));
      else storage.removeItem(k);
      const ours = saved.statements.filter(options.belongs);
      return ours.length ? [{ savedAt: saved.savedAt, statements: ours }] : [];
    });
    if (queues.length)
      log(
        `Took over ${queues.reduce((n, q) => n + q.statements.length, 0)} unsent statement(s) left by an earlier page.`,
      );
    return queues.sort((a, b) => a.savedAt - b.savedAt).flatMap((q) => q.statements);
  };

  return {
    key,
    save(waiting: readonly Statement[]) {
      if (!storage) return false;
      if (held) return write(waiting);
      unwritten = [...waiting];
      return true;
    },
    adoptOrphans: () =>
      locks ? locks.request(`${prefix}.adopting`, adopt).then((taken) => taken as Statement[]) : adopt(),
  };
}

/** A queue that cannot be read is kept aside rather than dropped, like an unreadable save. */
function readSaved(storage: QueueStorage, key: string, log: (message: string) => void): SavedQueue | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    // The shared queue of earlier versions was a bare array.
    const saved = Array.isArray(parsed) ? { savedAt: 0, statements: parsed } : (parsed as Partial<SavedQueue>);
    if (!Array.isArray(saved.statements) || !saved.statements.every(isStatementLike))
      throw new Error('it is not a list of statements');
    return { savedAt: typeof saved.savedAt === 'number' ? saved.savedAt : 0, statements: saved.statements };
  } catch (error) {
    const aside = `${key}.unreadable.${new Date().toISOString()}`;
    try {
      storage.setItem(aside, raw);
    } catch {
      /* storage is full: the notice below still tells someone */
    }
    log(
      `A queue of unsent statements could not be read (${error instanceof Error ? error.message : String(error)}); it was kept aside as "${aside}".`,
    );
    return null;
  }
}

function isStatementLike(value: unknown): value is Statement {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const verb = record['verb'];
  return (
    typeof record['id'] === 'string' &&
    typeof verb === 'object' &&
    verb !== null &&
    typeof (verb as Record<string, unknown>)['id'] === 'string'
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
