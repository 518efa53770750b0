// The statement queue on its own: order, keeping across pages and tabs, and
// what it does with each kind of refusal. Storage, locks and timers are fakes
// the tests control; the statements are real xAPI.
import type { Statement } from '@xapi/xapi';
import { describe, expect, it } from 'vitest';
import { byLearner } from '../../src/lms/xapi/agentKey.ts';
import { strictClock } from '../../src/lms/xapi/clock.ts';
import { unloadBatch } from '../../src/lms/xapi/sendOnUnload.ts';
import { openSetAside } from '../../src/lms/xapi/setAside.ts';
import { createStatementQueue, type SendOutcome } from '../../src/lms/xapi/statementQueue.ts';
import { VERBS } from '../../src/lms/xapi/statements.ts';
import { openTabQueue, type LocksLike } from '../../src/lms/xapi/tabQueueStore.ts';

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const actor = { name: 'Ada Trainee', mbox: 'mailto:ada@example.com' };
const statement = (n: number, registration = 'r'): Statement => ({
  id: newId(),
  actor,
  verb: VERBS.experienced,
  object: { objectType: 'Activity', id: `https://x.example/${n}` },
  context: { registration },
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

/** Web Locks as the browser keeps them: a page's lock is held until the page goes. */
function fakeLocks() {
  const held = new Map<string, () => void>();
  const locks: LocksLike = {
    request: (name, callback) => {
      if (name.endsWith('.adopting')) return callback();
      held.set(name, () => held.delete(name));
      return callback();
    },
    query: async () => ({ held: [...held.keys()].map((name) => ({ name })) }),
  };
  return { locks, release: (name: string) => held.get(name)?.() };
}

const timers = () => {
  const pending: (() => void)[] = [];
  return {
    setTimer: (run: () => void) => (pending.push(run), () => void pending.splice(pending.indexOf(run), 1)),
    fire: () => pending.splice(0).forEach((run) => run()),
    pending,
  };
};

function tab(
  storage: ReturnType<typeof memoryStorage>,
  locks: LocksLike,
  send: (s: Statement) => Promise<SendOutcome>,
  setTimer = timers().setTimer,
  learner: object = actor,
) {
  const pageId = crypto.randomUUID();
  const store = openTabQueue({
    storage,
    prefix: 'q',
    pageId,
    locks,
    belongs: byLearner(learner),
    now: () => Date.now(),
    log: () => undefined,
  });
  return {
    key: store.key,
    queue: createStatementQueue({
      store,
      setAside: openSetAside(storage, 'q', pageId, byLearner(learner)),
      send,
      setTimer,
      log: () => undefined,
    }),
  };
}

describe('the statement queue', () => {
  it("keeps each tab's statements under its own key, and a later page adopts those of a page that has gone, in order", async () => {
    const storage = memoryStorage();
    const { locks, release } = fakeLocks();
    const delivered: string[] = [];
    let up = false;
    const send = async (s: Statement): Promise<SendOutcome> =>
      up ? (delivered.push(s.id!), { kind: 'stored' }) : { kind: 'retry', why: 'network down' };
    const [a, b] = [tab(storage, locks, send), tab(storage, locks, send)];
    const made = { a: [statement(1), statement(2)], b: [statement(3)] };
    a.queue.add(made.a.slice(0, 1));
    b.queue.add(made.b);
    a.queue.add(made.a.slice(1));
    await Promise.all([a.queue.flush(), b.queue.flush()]);
    // Neither tab wrote over the other: both queues are whole.
    expect(JSON.parse(storage.items.get(a.key)!).statements.map((s: Statement) => s.id)).toEqual(
      made.a.map((s) => s.id),
    );
    expect(JSON.parse(storage.items.get(b.key)!).statements.map((s: Statement) => s.id)).toEqual(
      made.b.map((s) => s.id),
    );

    // Tab a closes; b, still open, must not be taken over. The LRS comes back and a new page opens.
    a.queue.stop();
    release(a.key);
    up = true;
    const c = tab(storage, locks, send);
    await c.queue.flush();
    expect(delivered).toEqual(made.a.map((s) => s.id));
    expect(storage.items.has(a.key)).toBe(false);
    await b.queue.flush();
    expect(delivered).toEqual([...made.a, ...made.b].map((s) => s.id));
    expect(storage.items.has(b.key)).toBe(false);
  });

  it('never takes over the queue of a tab that opens while it looks for orphans', async () => {
    const storage = memoryStorage();
    const { locks } = fakeLocks();
    const delivered: string[] = [];
    const send = async (s: Statement): Promise<SendOutcome> => (delivered.push(s.id!), { kind: 'stored' });
    let opening: ReturnType<typeof tab> | null = null;
    const first = statement(9);
    // The browser answers which locks are held as they were when asked; a tab opens, asks for its lock and writes
    // its first statement before the answer arrives.
    const racing: LocksLike = {
      request: locks.request,
      query: async () => {
        const asked = await locks.query();
        opening ??= tab(storage, locks, async () => ({ kind: 'retry', why: 'still starting' }));
        opening.queue.add([first]);
        await opening.queue.flush();
        return asked;
      },
    };
    const adopter = tab(storage, racing, send);
    await adopter.queue.flush();
    expect(delivered).toEqual([]);
    expect(JSON.parse(storage.items.get(opening!.key)!).statements.map((s: Statement) => s.id)).toEqual([first.id]);
  });

  it('writes a queue to storage only once its page holds its lock, so no page can take it for an orphan first', async () => {
    const storage = memoryStorage();
    const { locks } = fakeLocks();
    let grant: (() => void) | null = null;
    // The browser grants the lock a moment after it is asked for.
    const slow: LocksLike = {
      request: (name, callback) =>
        name.endsWith('.adopting')
          ? locks.request(name, callback)
          : new Promise((resolve) => (grant = () => void locks.request(name, callback).then(resolve))),
      query: locks.query,
    };
    const early = tab(storage, slow, async () => ({ kind: 'retry', why: 'down' }));
    early.queue.add([statement(1)]);
    await early.queue.flush();
    expect(storage.items.has(early.key)).toBe(false);
    grant!();
    await Promise.resolve();
    expect(JSON.parse(storage.items.get(early.key)!).statements).toHaveLength(1);
  });

  it("on a shared browser, leaves another learner's unsent and set-aside statements for them", async () => {
    const storage = memoryStorage();
    const { locks, release } = fakeLocks();
    const ada = tab(storage, locks, async (s) =>
      s.id === made[0]!.id
        ? { kind: 'refused', status: 400, detail: 'bad', final: true }
        : { kind: 'retry', why: 'down' },
    );
    const made = [statement(1), statement(2)];
    ada.queue.add(made);
    await ada.queue.flush();
    ada.queue.stop();
    release(ada.key);
    const delivered: string[] = [];
    const bob = tab(storage, locks, async (s) => (delivered.push(s.id!), { kind: 'stored' }), undefined, {
      mbox: 'mailto:bob@example.com',
    });
    await bob.queue.flush();
    expect(delivered).toEqual([]);
    expect(bob.queue.setAside()).toEqual([]);
    // Ada, back on this browser, gets hers.
    const again = tab(storage, locks, async (s) => (delivered.push(s.id!), { kind: 'stored' }));
    await again.queue.flush();
    expect(delivered).toEqual([made[1]!.id]);
    expect(again.queue.setAside().map((e) => e.statement.id)).toEqual([made[0]!.id]);
  });

  it('adopts the queue every tab shared before, and keeps an unreadable one aside', async () => {
    const storage = memoryStorage();
    const old = [statement(1)];
    storage.setItem('q', JSON.stringify(old));
    storage.setItem(`q.tab.${crypto.randomUUID()}`, '{"not": "a queue"');
    const delivered: string[] = [];
    const { queue } = tab(storage, fakeLocks().locks, async (s) => (delivered.push(s.id!), { kind: 'stored' }));
    await queue.flush();
    expect(delivered).toEqual([old[0]!.id]);
    expect(
      [...storage.items.keys()].filter((k) => k.includes('.unreadable.')).map((k) => storage.items.get(k)),
    ).toEqual(['{"not": "a queue"']);
  });

  it('sets aside at once a statement refused for good (400), keeps it, and goes on with the rest', async () => {
    const storage = memoryStorage();
    const made = [statement(1), statement(2), statement(3)];
    const delivered: string[] = [];
    const { queue } = tab(storage, fakeLocks().locks, async (s) =>
      s.id === made[1]!.id
        ? { kind: 'refused', status: 400, detail: 'bad verb', final: true }
        : (delivered.push(s.id!), { kind: 'stored' }),
    );
    queue.add(made);
    await queue.flush();
    expect(delivered).toEqual([made[0]!.id, made[2]!.id]);
    expect(queue.setAside().map((e) => [e.statement.id, e.status, e.detail])).toEqual([[made[1]!.id, 400, 'bad verb']]);
    expect(queue.status()).toMatchObject({ waiting: 0, sent: 2, setAside: 1 });
    expect(queue.fate(made[1]!.id!)).toBe('set-aside');
    expect(queue.fate(made[2]!.id!)).toBe('delivered');
  });

  it('tries a 403 a few times with a back-off before setting it aside; the rest of its session is then set aside at its first 403', async () => {
    const clock = timers();
    const refusing = 'old-session';
    const made = [statement(1, refusing), statement(2, refusing), statement(3, 'new')];
    const tries = new Map<string, number>();
    const delivered: string[] = [];
    const { queue } = tab(
      memoryStorage(),
      fakeLocks().locks,
      async (s) => {
        tries.set(s.id!, (tries.get(s.id!) ?? 0) + 1);
        return s.context?.registration === refusing
          ? { kind: 'refused', status: 403, detail: 'session abandoned', final: false }
          : (delivered.push(s.id!), { kind: 'stored' });
      },
      clock.setTimer,
    );
    queue.add(made);
    await queue.flush();
    expect(queue.status().waiting).toBe(3);
    for (let i = 0; i < 5 && queue.status().waiting; i += 1) {
      clock.fire();
      await new Promise((r) => setTimeout(r, 0));
      await queue.flush();
    }
    expect(tries.get(made[0]!.id!)).toBe(3);
    expect(tries.get(made[1]!.id!)).toBe(1);
    expect(delivered).toEqual([made[2]!.id]);
    expect(queue.status()).toMatchObject({ waiting: 0, setAside: 2 });
  });

  it('treats a request that never answers as lost, and retries it after a back-off', async () => {
    const clock = timers();
    let calls = 0;
    const queue = createStatementQueue({
      store: null,
      setTimer: clock.setTimer,
      send: () => (++calls === 1 ? new Promise<SendOutcome>(() => undefined) : Promise.resolve({ kind: 'stored' })),
    });
    queue.add([statement(1)]);
    expect(clock.pending.length).toBe(1); // the request's timeout
    clock.fire();
    await queue.flush();
    expect(queue.status()).toMatchObject({ waiting: 1, sent: 0 });
    expect(queue.status().lastProblem).toMatch(/no answer/);
    clock.fire(); // the retry
    await new Promise((r) => setTimeout(r, 0));
    await queue.flush();
    expect(queue.status()).toMatchObject({ waiting: 0, sent: 1 });
    expect(calls).toBe(2);
  });
});

describe('the last send as the page goes', () => {
  it('batches the oldest statements up to what a keepalive request may carry, and stops before one that must be checked first', () => {
    const made = Array.from({ length: 5 }, (_, i) => statement(i));
    const completed = { ...statement(9), verb: VERBS.completed };
    expect(
      unloadBatch([...made.slice(0, 2), completed, ...made.slice(2)], {
        mustCheck: (s) => s.verb.id === VERBS.completed.id,
      }).map((s) => s.id),
    ).toEqual(made.slice(0, 2).map((s) => s.id));
    const big = Array.from({ length: 200 }, (_, i) => ({ ...statement(i), result: { response: 'x'.repeat(1000) } }));
    const batch = unloadBatch(big, { mustCheck: () => false });
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.length).toBeLessThan(big.length);
    expect(new TextEncoder().encode(JSON.stringify(batch)).length).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('the statement clock', () => {
  it('never gives the same millisecond twice, even when the real clock stands still', () => {
    const now = strictClock(() => new Date('2026-12-05T08:00:00.000Z'));
    expect([now(), now(), now()].map((d) => d.toISOString())).toEqual([
      '2026-12-05T08:00:00.000Z',
      '2026-12-05T08:00:00.001Z',
      '2026-12-05T08:00:00.002Z',
    ]);
  });
});
