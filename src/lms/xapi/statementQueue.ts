// Statements wait in browser storage until the LRS has them: sent one at a
// time, in the order they were made. A network failure, a 5xx, a timeout or a
// closed tab leaves them queued for the next chance. A refusal about the
// statement itself (400, 409 for another statement's id) sets it aside at
// once; a refusal that may pass (401, 403) is tried a few times with a
// back-off first. Set aside means kept, counted and exportable, never dropped,
// and never in the way of the statements behind it. Statement ids are fixed
// before queueing, so resending after a lost answer never counts twice.
import type { Statement } from '@xapi/xapi';
import type { SetAsideEntry, SetAsideStore } from './setAside.ts';

/** What the LRS said to one statement. `skipped`: not sent, because the LRS already has what it records. */
export type SendOutcome =
  | { kind: 'stored' }
  | { kind: 'skipped'; why: string }
  | { kind: 'refused'; status: number; detail: string; final: boolean }
  | { kind: 'retry'; why: string };

export interface QueueStatus {
  waiting: number;
  sent: number;
  /** Not sent because the LRS already had the same result (cmi5 allows some only once per registration). */
  skipped: number;
  /** Set aside in this browser for this LRS, by this page or an earlier one. */
  setAside: number;
  /** Why the last attempt stopped, while statements are waiting. */
  lastProblem: string | null;
  /** False when storage refused the queue: statements then live only as long as the tab. */
  persistent: boolean;
}

/** What became of one statement, as far as this page knows. */
export type Fate = 'delivered' | 'set-aside' | 'waiting' | 'unknown';

export interface StatementQueue {
  add(statements: readonly Statement[]): void;
  /** Sends what is waiting, in order, until the queue is empty or the LRS cannot be reached. */
  flush(): Promise<QueueStatus>;
  status(): QueueStatus;
  fate(id: string): Fate;
  /** What waits, oldest first: for the last send as the page goes. */
  waiting(): readonly Statement[];
  /** Every statement set aside for this LRS in this browser, for the LMS's administrator. */
  setAside(): SetAsideEntry[];
  subscribe(listener: (status: QueueStatus) => void): () => void;
  stop(): void;
}

/** Where the waiting statements are kept: this page's own queue, plus those of pages that have gone. */
export interface QueueStore {
  save(waiting: readonly Statement[]): boolean;
  adoptOrphans(): Promise<Statement[]>;
}

export interface QueueOptions {
  store: QueueStore | null;
  setAside?: SetAsideStore;
  send(statement: Statement): Promise<SendOutcome>;
  /** Statements an LMS accepts or refuses together (one registration's cmi5 session): once one is refused for good, so are the rest. */
  groupOf?(statement: Statement): string;
  /** Tries before a refusal that may pass (401, 403) counts as final. */
  doubtfulTries?: number;
  /** A request that has not answered by then is treated as lost (and resent later). */
  timeoutMs?: number;
  /** Delay before the nth retry after a failure; the default backs off from 1 s to 30 s. */
  retryDelayMs?: (attempt: number) => number;
  log?: (message: string) => void;
  setTimer?: (run: () => void, ms: number) => () => void;
}

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const defaultGroup = (s: Statement) =>
  `${s.context?.registration ?? ''}|${String(s.context?.extensions?.[SESSION_ID] ?? '')}`;

export function createStatementQueue(options: QueueOptions): StatementQueue {
  const { store, send } = options;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retryDelay = options.retryDelayMs ?? ((n: number) => Math.min(30_000, 1000 * 2 ** Math.min(n, 5)));
  const log = options.log ?? ((message: string) => console.warn(message));
  const setTimer =
    options.setTimer ??
    ((run: () => void, ms: number) =>
      (
        (id) => () =>
          clearTimeout(id)
      )(setTimeout(run, ms)));
  const groupOf = options.groupOf ?? defaultGroup;
  const doubtfulTries = options.doubtfulTries ?? 3;
  const aside = options.setAside ?? memorySetAside();

  let persistent = store !== null;
  let waiting: Statement[] = [];
  let sent = 0;
  let skipped = 0;
  const delivered = new Set<string>();
  const asideIds = new Set<string>();
  const refusingGroups = new Set<string>();
  let lastProblem: string | null = null;
  let running: Promise<QueueStatus> | null = null;
  let failures = 0;
  let doubtful = 0;
  let cancelRetry: (() => void) | null = null;
  let stopped = false;
  const listeners = new Set<(status: QueueStatus) => void>();

  const status = (): QueueStatus => ({
    waiting: waiting.length,
    sent,
    skipped,
    setAside: aside.all().length,
    lastProblem,
    persistent,
  });
  const changed = () => listeners.forEach((listener) => listener(status()));
  const save = () => {
    if (store) persistent = store.save(waiting);
  };

  const withTimeout = (statement: Statement): Promise<SendOutcome> =>
    new Promise((resolve) => {
      const cancel = setTimer(
        () => resolve({ kind: 'retry', why: `no answer within ${Math.round(timeoutMs / 1000)} s` }),
        timeoutMs,
      );
      send(statement).then(
        (outcome) => (cancel(), resolve(outcome)),
        (error: unknown) => (
          cancel(),
          resolve({ kind: 'retry', why: error instanceof Error ? error.message : String(error) })
        ),
      );
    });

  const scheduleRetry = (attempt: number) => {
    if (stopped || cancelRetry) return;
    cancelRetry = setTimer(() => {
      cancelRetry = null;
      void flush();
    }, retryDelay(attempt));
  };

  const setAside = (statement: Statement, outcome: Extract<SendOutcome, { kind: 'refused' }>) => {
    const entry = {
      statement,
      status: outcome.status,
      detail: outcome.detail.slice(0, 500),
      at: new Date().toISOString(),
    };
    aside.add(entry);
    asideIds.add(statement.id ?? '');
    if (!outcome.final) refusingGroups.add(groupOf(statement));
    log(
      `The LRS refused statement ${statement.id ?? ''} (${statement.verb.id}) with ${entry.status}; it is set aside: ${entry.detail}`,
    );
  };

  /** Whether to stop draining for now: a refusal that may pass is retried later, in its place. */
  const settle = (next: Statement, outcome: Exclude<SendOutcome, { kind: 'retry' }>): boolean => {
    if (
      outcome.kind === 'refused' &&
      !outcome.final &&
      !refusingGroups.has(groupOf(next)) &&
      ++doubtful < doubtfulTries
    ) {
      lastProblem = `the LRS refused a statement with ${outcome.status}; trying again (${doubtful} of ${doubtfulTries})`;
      scheduleRetry(doubtful);
      return true;
    }
    doubtful = 0;
    if (outcome.kind === 'refused') setAside(next, outcome);
    else {
      // Skipped counts as delivered: the LRS already has what it would have recorded.
      delivered.add(next.id ?? '');
      if (outcome.kind === 'skipped') {
        skipped += 1;
        log(`Not sent: ${outcome.why}.`);
      } else sent += 1;
    }
    waiting = waiting.slice(1);
    return false;
  };

  async function drain(): Promise<QueueStatus> {
    const adopted = store ? await store.adoptOrphans().catch(() => []) : [];
    if (adopted.length) {
      waiting = [...adopted.filter((s) => !waiting.some((w) => w.id === s.id)), ...waiting];
      save();
      changed();
    }
    while (waiting.length && !stopped) {
      const next = waiting[0]!;
      const outcome = await withTimeout(next);
      if (outcome.kind === 'retry') {
        failures += 1;
        lastProblem = outcome.why;
        changed();
        scheduleRetry(failures);
        return status();
      }
      failures = 0;
      lastProblem = null;
      const paused = settle(next, outcome);
      save();
      changed();
      if (paused) return status();
    }
    return status();
  }

  function flush(): Promise<QueueStatus> {
    if (stopped) return Promise.resolve(status());
    cancelRetry?.();
    cancelRetry = null;
    running ??= drain().finally(() => (running = null));
    return running;
  }

  return {
    add(statements) {
      if (!statements.length) return;
      waiting = [...waiting, ...statements];
      save();
      changed();
      void flush();
    },
    flush,
    status,
    fate(id) {
      if (delivered.has(id)) return 'delivered';
      if (asideIds.has(id)) return 'set-aside';
      return waiting.some((s) => s.id === id) ? 'waiting' : 'unknown';
    },
    waiting: () => [...waiting],
    setAside: () => aside.all(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      cancelRetry?.();
      save();
    },
  };
}

function memorySetAside(): SetAsideStore {
  const entries: SetAsideEntry[] = [];
  return { add: (entry) => void entries.push(entry), all: () => [...entries] };
}
