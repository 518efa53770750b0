// Saved progress: kept across reloads, never lost silently, validated on import.
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, openProgressStore, type StorageLike } from '../../src/play/progress/progressStore.ts';
import { describeProgressFile } from '../../src/play/progress/describeProgressFile.ts';
import { emptyProgress, MAX_PLAY_STEPS, type Attempt } from '../../src/play/progress/progressSchema.ts';
import { MAX_TITLE } from '../../src/engine/limits.ts';

/** A browser's storage: shared by every tab of a site, with a quota counted in characters as browsers do. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  quota = Infinity;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (this.failWrites || used + key.length + value.length > this.quota)
      throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  get length(): number {
    return this.items.size;
  }
}

const at = () => new Date('2026-11-24T10:00:00.000Z');
const attempt = (over: Partial<Attempt> = {}): Attempt => ({
  scenarioId: 'bakery-mini',
  title: 'The last sourdough',
  seed: 'seed-1',
  steps: [{ kind: 'continue' }, { kind: 'choose', id: 'ask-sam' }],
  grade: 'B',
  percent: 67,
  endedAt: '2026-11-24T09:00:00.000Z',
  evidence: [{ principle: 'ask-before-assuming', outcome: 'upheld' }],
  ...over,
});

describe('progress store', () => {
  it('saves the story in progress and finished attempts, and reads them back after a reload', () => {
    const storage = new MemoryStorage();
    const store = openProgressStore(storage, at);
    store.saveCurrent({
      scenarioId: 'bakery-mini',
      seed: 'seed-1',
      steps: [{ kind: 'continue' }],
      savedAt: at().toISOString(),
    });
    store.recordAttempt(attempt());
    store.saveCurrent({ scenarioId: 'pub-caesar-dressing', seed: 'abc', steps: [], savedAt: at().toISOString() });

    const reloaded = openProgressStore(storage, at);
    expect(reloaded.notices()).toEqual([]);
    expect(reloaded.progress().attempts).toEqual([attempt()]);
    expect(reloaded.progress().current?.scenarioId).toBe('pub-caesar-dressing');
  });

  it('two tabs on one storage keep both of their finished plays and the last story in progress', () => {
    const storage = new MemoryStorage();
    const first = openProgressStore(storage, at);
    const second = openProgressStore(storage, at);
    first.saveCurrent({ scenarioId: 'bakery-mini', seed: 'one', steps: [], savedAt: at().toISOString() });
    second.saveCurrent({ scenarioId: 'pub-caesar-dressing', seed: 'two', steps: [], savedAt: at().toISOString() });
    first.recordAttempt(attempt({ seed: 'one' }));
    second.recordAttempt(
      attempt({ scenarioId: 'pub-caesar-dressing', seed: 'two', endedAt: '2026-11-24T09:10:00.000Z' }),
    );
    second.saveCurrent({ scenarioId: 'gym-forgotten-card', seed: 'three', steps: [], savedAt: at().toISOString() });
    const reloaded = openProgressStore(storage, at).progress();
    expect(reloaded.attempts.map((a) => a.seed)).toEqual(['one', 'two']);
    expect(reloaded.current?.seed).toBe('three');
    // Finishing its own play clears only that play: another tab's story in progress stays.
    first.recordAttempt(attempt({ seed: 'four', endedAt: '2026-11-24T09:20:00.000Z' }));
    expect(openProgressStore(storage, at).progress().current?.seed).toBe('three');
  });

  it('never writes over what another tab saved and this one cannot read (a newer version of the game)', () => {
    const storage = new MemoryStorage();
    const here = openProgressStore(storage, at);
    const newer = JSON.stringify({ ...emptyProgress(), version: 7 });
    storage.items.set(PROGRESS_KEY, newer);
    here.recordAttempt(attempt());
    expect([...storage.items.values()].filter((v) => v === newer)).toHaveLength(1);
    expect(here.notices()).toEqual([expect.stringContaining('kept aside as')]);

    // With no room for a copy, it stays untouched and this tab saves beside it.
    const full = new MemoryStorage();
    const there = openProgressStore(full, at);
    const bigNewer = JSON.stringify({ ...emptyProgress(), version: 7, more: 'x'.repeat(5000) });
    full.items.set(PROGRESS_KEY, bigNewer);
    full.quota = [...full.items].reduce((n, [k, v]) => n + k.length + v.length, 0) + 1000;
    there.recordAttempt(attempt());
    expect(full.items.get(PROGRESS_KEY)).toBe(bigNewer);
    expect(there.keptAside()).toEqual([{ key: PROGRESS_KEY, keptAt: null, size: bigNewer.length }]);
    expect(JSON.parse(full.items.get(`${PROGRESS_KEY}.meanwhile`) ?? '{}').attempts).toEqual([attempt()]);
  });

  it('follows another tab through the storage event', () => {
    const storage = new MemoryStorage();
    const here = openProgressStore(storage, at);
    const events = new EventTarget();
    here.followOtherTabs(events);
    openProgressStore(storage, at).recordAttempt(attempt());
    expect(here.progress().attempts).toHaveLength(0);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_KEY }));
    expect(here.progress().attempts).toHaveLength(1);
  });

  it('reads a save with one play too long for it: the other plays stay, the save is kept aside and can be restored', () => {
    const storage = new MemoryStorage();
    const endless = attempt({
      seed: 'loop',
      steps: Array.from({ length: MAX_PLAY_STEPS + 1 }, () => ({ kind: 'continue' as const })),
      endedAt: '2026-11-24T09:05:00.000Z',
    });
    const long = attempt({
      seed: 'long',
      steps: Array.from({ length: 1001 }, () => ({ kind: 'continue' as const })),
      endedAt: '2026-11-24T09:06:00.000Z',
    });
    storage.items.set(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), attempts: [attempt(), endless, long] }));
    const store = openProgressStore(storage, at);
    expect(store.progress().attempts.map((a) => a.seed)).toEqual(['seed-1', 'long']);
    expect(store.notices()).toEqual([
      expect.stringMatching(
        /finished play 2 \(“The last sourdough”\) \(steps: a play of at most 10,000 steps\)\. Everything else is here\..*kept aside as/,
      ),
    ]);
    const [aside] = store.keptAside();
    expect(aside).toMatchObject({ keptAt: at().toISOString(), size: storage.items.get(PROGRESS_KEY)!.length });
    expect(store.restoreKeptAside(aside!.key)).toEqual({ ok: true, added: 0, leftOut: 1 });
    expect(store.keptAsideText(aside!.key)).toContain('"seed":"loop"');
    expect(store.keptAsideText('something-else')).toBeNull();
  });

  it('restores the readable plays of an older kept-aside save', () => {
    const storage = new MemoryStorage();
    const aside = `${PROGRESS_KEY}.unreadable.2026-11-20T10:00:00.000Z`;
    storage.items.set(
      aside,
      JSON.stringify({ ...emptyProgress(), attempts: [attempt({ seed: 'old' }), attempt({ grade: 'Z' as 'A' })] }),
    );
    const store = openProgressStore(storage, at);
    expect(store.keptAside().map((k) => k.key)).toEqual([aside]);
    expect(store.restoreKeptAside(aside)).toEqual({ ok: true, added: 1, leftOut: 1 });
    expect(
      openProgressStore(storage, at)
        .progress()
        .attempts.map((a) => a.seed),
    ).toEqual(['old']);
  });

  it('copies an unreadable save aside once, however often the game is loaded', () => {
    const storage = new MemoryStorage();
    storage.items.set(PROGRESS_KEY, '{"format": "service-hero-pro');
    for (const minute of [1, 2, 3]) openProgressStore(storage, () => new Date(Date.UTC(2026, 10, 24, 10, minute)));
    expect([...storage.items.keys()].filter((k) => k.includes('.unreadable.'))).toHaveLength(1);
  });

  it('with no room to copy an unreadable save, keeps it untouched, says so, and saves new progress beside it', () => {
    const storage = new MemoryStorage();
    const big = `{"format":"service-hero-progress","version":1,"current":null,"attempts":[],"junk":"${'x'.repeat(3_000_000)}"}`;
    storage.items.set(PROGRESS_KEY, big);
    storage.quota = big.length + 100_000;
    const store = openProgressStore(storage, at);
    expect(store.notices()).toEqual([
      expect.stringContaining('It is kept as it was, untouched, since there is no room'),
    ]);
    expect(store.keptAside()).toEqual([{ key: PROGRESS_KEY, keptAt: null, size: big.length }]);
    expect(store.keptAsideText(PROGRESS_KEY)).toBe(big);
    store.recordAttempt(attempt());
    expect(store.persistent()).toBe(true);
    expect(storage.items.get(PROGRESS_KEY)).toBe(big);
    expect(openProgressStore(storage, at).progress().attempts).toEqual([attempt()]);

    // Once there is room, the save is copied aside and progress goes back under its own key.
    storage.quota = Infinity;
    const later = openProgressStore(storage, at);
    later.saveCurrent(null);
    expect(storage.items.get(PROGRESS_KEY)).not.toBe(big);
    expect([...storage.items.values()].filter((v) => v === big)).toHaveLength(1);
    expect(storage.items.has(`${PROGRESS_KEY}.meanwhile`)).toBe(false);
    expect(openProgressStore(storage, at).progress().attempts).toEqual([attempt()]);
  });

  it('keeps at most three copies aside: a fourth unreadable save stays untouched under its key', () => {
    const storage = new MemoryStorage();
    for (const day of [20, 21, 22])
      storage.items.set(`${PROGRESS_KEY}.unreadable.2026-11-${day}T10:00:00.000Z`, `{"broken": ${day}`);
    storage.items.set(PROGRESS_KEY, '{"broken": 23');
    const store = openProgressStore(storage, at);
    expect(store.notices()).toEqual([expect.stringContaining('enough unreadable saves are kept aside already')]);
    expect(store.keptAside().map((k) => k.keptAt)).toEqual([
      null,
      '2026-11-20T10:00:00.000Z',
      '2026-11-21T10:00:00.000Z',
      '2026-11-22T10:00:00.000Z',
    ]);
    store.recordAttempt(attempt());
    expect(storage.items.get(PROGRESS_KEY)).toBe('{"broken": 23');
    expect(openProgressStore(storage, at).progress().attempts).toEqual([attempt()]);
  });

  it('saves a play of the longest title a story may have, and never throws on a play too long for a save', () => {
    const storage = new MemoryStorage();
    const store = openProgressStore(storage, at);
    store.recordAttempt(attempt({ title: 'T'.repeat(MAX_TITLE) }));
    expect(openProgressStore(storage, at).progress().attempts).toHaveLength(1);
    const endless = attempt({
      seed: 'loop',
      steps: Array.from({ length: MAX_PLAY_STEPS + 1 }, () => ({ kind: 'continue' as const })),
    });
    expect(() => store.recordAttempt(endless)).not.toThrow();
    expect(store.progress().attempts).toHaveLength(2);
    expect(store.notices()).toEqual([expect.stringContaining('longer than a save can hold')]);
    expect(openProgressStore(storage, at).progress().attempts).toHaveLength(1);
    expect(store.keptAside()).toHaveLength(1);
  });

  it('keeps an unreadable save aside, says so, and starts clean', () => {
    const storage = new MemoryStorage();
    storage.items.set(
      PROGRESS_KEY,
      '{"format": "service-hero-progress", "version": 1, "current": null, "attempts": [{"grade": "Z"}]}',
    );
    const store = openProgressStore(storage, at);
    const aside = `${PROGRESS_KEY}.unreadable.2026-11-24T10:00:00.000Z`;
    expect(storage.items.get(aside)).toContain('"grade": "Z"');
    expect(store.notices()).toEqual([expect.stringContaining(`kept aside as "${aside}"`)]);
    expect(store.progress()).toEqual(emptyProgress());
  });

  it('keeps aside a save that is not JSON at all', () => {
    const storage = new MemoryStorage();
    storage.items.set(PROGRESS_KEY, '{"format": "service-hero-pro');
    const store = openProgressStore(storage, at);
    expect(store.notices()[0]).toContain('not valid JSON');
    expect([...storage.items.keys()].some((k) => k.startsWith(`${PROGRESS_KEY}.unreadable.`))).toBe(true);
  });

  it('does not overwrite a save from a newer version of the game', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ ...emptyProgress(), version: 7 });
    storage.items.set(PROGRESS_KEY, newer);
    const store = openProgressStore(storage, at);
    expect(store.notices()[0]).toContain('newer version of the game (version 7');
    expect([...storage.items.values()].filter((v) => v === newer)).toHaveLength(2); // the original and the copy kept aside
  });

  it('plays on without storage, and says progress will not be kept', () => {
    const store = openProgressStore(null, at);
    store.recordAttempt(attempt());
    expect(store.progress().attempts).toHaveLength(1);
    expect(store.persistent()).toBe(false);
    expect(store.notices()[0]).toContain('progress will not be kept');
  });

  it('notices when storage fills up while playing, keeps the play, and saves again once there is room', () => {
    const storage = new MemoryStorage();
    const store = openProgressStore(storage, at);
    const saving: boolean[] = [];
    store.onSaving((ok) => saving.push(ok));
    storage.failWrites = true;
    store.recordAttempt(attempt());
    expect(store.persistent()).toBe(false);
    expect(saving).toEqual([false]);
    expect(store.notices()).toEqual([expect.stringContaining('storage is full')]);
    expect(store.progress().attempts).toHaveLength(1);
    expect(JSON.parse(store.exportText()).attempts).toHaveLength(1);

    storage.failWrites = false;
    store.saveCurrent({ scenarioId: 'pub-caesar-dressing', seed: 'abc', steps: [], savedAt: at().toISOString() });
    expect(saving).toEqual([false, true]);
    expect(store.persistent()).toBe(true);
    expect(store.notices()).toEqual([]);
    expect(openProgressStore(storage, at).progress().attempts).toEqual([attempt()]);
  });

  it('exports progress and imports it elsewhere, skipping attempts it already has', () => {
    const home = openProgressStore(new MemoryStorage(), at);
    home.recordAttempt(attempt());
    home.recordAttempt(attempt({ endedAt: '2026-11-24T09:30:00.000Z', grade: 'A', percent: 90 }));
    const work = openProgressStore(new MemoryStorage(), at);
    work.recordAttempt(attempt());
    expect(work.importText('progress.json', home.exportText())).toEqual({ ok: true, added: 1 });
    expect(work.progress().attempts.map((a) => a.grade)).toEqual(['B', 'A']);
  });

  it('refuses a broken import with the file, line and field, and changes nothing', () => {
    const store = openProgressStore(new MemoryStorage(), at);
    const text = JSON.stringify({ ...emptyProgress(), attempts: [{ ...attempt(), percent: 140 }] }, null, 2);
    const result = store.importText('my-progress.json', text, describeProgressFile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"percent": 140')) + 1;
    expect(result.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^my-progress\\.json:${line}:\\d+: attempts › #1 › percent: must be at most 100$`),
      ),
    ]);
    expect(store.progress().attempts).toEqual([]);
    expect(store.importText('notes.txt', 'hello').ok).toBe(false);
  });

  it('without the line-by-line describer (a stored save), still names the field that does not fit', () => {
    const store = openProgressStore(new MemoryStorage(), at);
    const text = JSON.stringify({ ...emptyProgress(), attempts: [{ ...attempt(), percent: 140 }] });
    expect(store.importText('my-progress.json', text)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^my-progress\.json: attempts\.0\.percent: .*100/)],
    });
  });
});
