// Statements wait in browser storage until the LRS has them: sent one at a
// time, in the order they were made. A network failure, a 5xx, a timeout or a
// closed tab leaves them queued for the next chance; a 4xx for one statement is
// logged and set aside so it cannot block the rest. Statement ids are fixed
// before queueing, so resending after a lost answer never counts twice.
import type { Statement } from '@xapi/xapi';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** What the LRS said to one statement. */
export type SendOutcome = { kind: 'stored' } | { kind: 'refused'; status: number; detail: string } | { kind: 'retry'; why: string };

export interface RefusedStatement {
  id: string;
  verb: string;
  status: number;
  detail: string;
}

export interface QueueStatus {
  waiting: number;
  sent: number;
  refused: RefusedStatement[];
  /** Why the last attempt stopped, while statements are waiting. */
  lastProblem: string | null;
  /** False when storage refused the queue: statements then live only as long as the tab. */
  persistent: boolean;
}

export interface StatementQueue {
  add(statements: readonly Statement[]): void;
  /** Sends what is waiting, in order, until the queue is empty or the LRS cannot be reached. */
  flush(): Promise<QueueStatus>;
  status(): QueueStatus;
  subscribe(listener: (status: QueueStatus) => void): () => void;
  stop(): void;
}

export interface QueueOptions {
  storage: StorageLike | null;
  key: string;
  send(statement: Statement): Promise<SendOutcome>;
  /** A request that has not answered by then is treated as lost (and resent later). */
  timeoutMs?: number;
  /** Delay before the nth retry after a failure; the default backs off from 1 s to 30 s. */
  retryDelayMs?: (attempt: number) => number;
  log?: (message: string) => void;
  setTimer?: (run: () => void, ms: number) => () => void;
}

export function createStatementQueue(options: QueueOptions): StatementQueue {
  const { storage, key, send } = options;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retryDelay = options.retryDelayMs ?? ((n: number) => Math.min(30_000, 1000 * 2 ** Math.min(n, 5)));
  const log = options.log ?? ((message: string) => console.warn(message));
  const setTimer =
    options.setTimer ??
    ((run: () => void, ms: number) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    });

  let persistent = storage !== null;
  let waiting: Statement[] = readQueue(storage, key, log);
  let sent = 0;
  const refused: RefusedStatement[] = [];
  let lastProblem: string | null = null;
  let running: Promise<QueueStatus> | null = null;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  let stopped = false;
  const listeners = new Set<(status: QueueStatus) => void>();

  const status = (): QueueStatus => ({ waiting: waiting.length, sent, refused: [...refused], lastProblem, persistent });
  const changed = () => listeners.forEach((listener) => listener(status()));
  const save = () => {
    if (!storage) return;
    try {
      storage.setItem(key, JSON.stringify(waiting));
      persistent = true;
    } catch {
      persistent = false;
    }
  };

  const withTimeout = (statement: Statement): Promise<SendOutcome> =>
    new Promise((resolve) => {
      const cancel = setTimer(() => resolve({ kind: 'retry', why: `no answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
      send(statement).then(
        (outcome) => (cancel(), resolve(outcome)),
        (error: unknown) => (cancel(), resolve({ kind: 'retry', why: error instanceof Error ? error.message : String(error) })),
      );
    });

  const scheduleRetry = () => {
    if (stopped || cancelRetry) return;
    cancelRetry = setTimer(() => {
      cancelRetry = null;
      void flush();
    }, retryDelay(failures));
  };

  async function drain(): Promise<QueueStatus> {
    while (waiting.length && !stopped) {
      const next = waiting[0]!;
      const outcome = await withTimeout(next);
      if (outcome.kind === 'retry') {
        failures += 1;
        lastProblem = outcome.why;
        changed();
        scheduleRetry();
        return status();
      }
      failures = 0;
      lastProblem = null;
      if (outcome.kind === 'refused') {
        const entry = { id: next.id ?? '', verb: next.verb.id, status: outcome.status, detail: outcome.detail.slice(0, 500) };
        refused.push(entry);
        log(`The LRS refused statement ${entry.id} (${entry.verb}) with ${entry.status}: ${entry.detail}`);
      } else sent += 1;
      waiting = waiting.slice(1);
      save();
      changed();
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

/** A queue that cannot be read is kept aside rather than dropped, like an unreadable save. */
function readQueue(storage: StorageLike | null, key: string, log: (message: string) => void): Statement[] {
  if (!storage) return [];
  let raw: string | null = null;
  try {
    raw = storage.getItem(key);
    if (raw === null) return [];
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.every(isStatementLike)) return parsed;
    throw new Error('not a list of statements');
  } catch (error) {
    if (raw !== null) {
      const aside = `${key}.unreadable.${new Date().toISOString()}`;
      try {
        storage.setItem(aside, raw);
      } catch {
        /* storage is full: the notice below still tells someone */
      }
      log(`The queue of unsent statements could not be read (${error instanceof Error ? error.message : String(error)}); it was kept aside as "${aside}".`);
    }
    return [];
  }
}

function isStatementLike(value: unknown): value is Statement {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const verb = record['verb'];
  return typeof record['id'] === 'string' && typeof verb === 'object' && verb !== null && typeof (verb as Record<string, unknown>)['id'] === 'string';
}
