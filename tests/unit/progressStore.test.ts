// Saved progress: kept across reloads, never lost silently, validated on import.
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, openProgressStore, type StorageLike } from '../../src/app/progress/progressStore.ts';
import { describeProgressFile } from '../../src/app/progress/describeProgressFile.ts';
import { emptyProgress, type Attempt } from '../../src/app/progress/progressSchema.ts';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
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
    store.saveCurrent({ scenarioId: 'bakery-mini', seed: 'seed-1', steps: [{ kind: 'continue' }], savedAt: at().toISOString() });
    store.recordAttempt(attempt());
    store.saveCurrent({ scenarioId: 'pub-caesar-dressing', seed: 'abc', steps: [], savedAt: at().toISOString() });

    const reloaded = openProgressStore(storage, at);
    expect(reloaded.notices()).toEqual([]);
    expect(reloaded.progress().attempts).toEqual([attempt()]);
    expect(reloaded.progress().current?.scenarioId).toBe('pub-caesar-dressing');
  });

  it('keeps an unreadable save aside, says so, and starts clean', () => {
    const storage = new MemoryStorage();
    storage.items.set(PROGRESS_KEY, '{"format": "service-hero-progress", "version": 1, "current": null, "attempts": [{"grade": "Z"}]}');
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

  it('notices when storage fills up while playing', () => {
    const storage = new MemoryStorage();
    const store = openProgressStore(storage, at);
    storage.failWrites = true;
    store.recordAttempt(attempt());
    expect(store.persistent()).toBe(false);
    expect(store.notices()).toEqual([expect.stringContaining('progress will not be kept')]);
    expect(store.progress().attempts).toHaveLength(1);
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
    expect(result.errors).toEqual([expect.stringMatching(new RegExp(`^my-progress\\.json:${line}:\\d+: attempts › #1 › percent: must be at most 100$`))]);
    expect(store.progress().attempts).toEqual([]);
    expect(store.importText('notes.txt', 'hello').ok).toBe(false);
  });

  it('without the line-by-line describer (a stored save), still names the field that does not fit', () => {
    const store = openProgressStore(new MemoryStorage(), at);
    const text = JSON.stringify({ ...emptyProgress(), attempts: [{ ...attempt(), percent: 140 }] });
    expect(store.importText('my-progress.json', text)).toEqual({ ok: false, errors: [expect.stringMatching(/^my-progress\.json: attempts\.0\.percent: .*100/)] });
  });
});
