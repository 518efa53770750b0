// The story studio's drafts (src/play/studio/draftStore.ts): kept on their shelf (IndexedDB in the page, a Map
// here) each under its own key, listed the last saved first; drafts in local storage (an earlier version's, or
// the copy written as a page closed) taken onto the shelf; a record that cannot be read listed apart and never
// removed or written over; and every refusal said.
import { describe, expect, it } from 'vitest';
import {
  openDraftStore,
  MAX_DRAFT_CHARACTERS,
  type DraftShelf,
  type SavedDraft,
} from '../../src/play/studio/draftStore.ts';
import type { StorageLike } from '../../src/engine/storageLike.ts';

function memoryStorage(limit = Infinity): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if ([...items.values()].reduce((n, v) => n + v.length, 0) + value.length > limit) throw new Error('full');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/** A shelf as IndexedDB behaves for the store: values kept as given, keys of any kind, writes that may be refused. */
function memoryShelf(refuse?: () => Error): DraftShelf & { records: Map<unknown, unknown> } {
  const records = new Map<unknown, unknown>();
  return {
    records,
    entries: () => Promise.resolve([...records.entries()]),
    put: (id, draft) =>
      refuse ? Promise.reject(refuse()) : (records.set(id, structuredClone(draft)), Promise.resolve()),
    remove: (id) => (records.delete(id), Promise.resolve()),
  };
}

const saved = (text: string, savedAt: string): SavedDraft => ({ format: 1, name: 'a.yaml', text, savedAt });
const key = (id: string) => `service-hero.studio.draft.${id}`;

describe('the studio draft store', () => {
  it('keeps drafts on the shelf under their own keys and lists the last saved first', async () => {
    let clock = Date.parse('2026-12-06T10:00:00Z');
    const storage = memoryStorage();
    const shelf = memoryShelf();
    const drafts = await openDraftStore({ shelf, storage }, () => new Date((clock += 1000)));
    const a = drafts.newId();
    const b = drafts.newId();
    expect(a).toMatch(/^[a-z0-9]+-[a-z0-9]{6}$/);
    expect(a).not.toBe(b);
    await expect(drafts.save(a, 'first.yaml', 'title: First')).resolves.toEqual({ ok: true });
    await expect(drafts.save(b, 'second.yaml', 'title: Second')).resolves.toEqual({ ok: true });
    expect(drafts.list().drafts.map((d) => d.name)).toEqual(['second.yaml', 'first.yaml']);
    await drafts.save(a, 'first.yaml', 'title: First, again');
    expect(drafts.list().drafts.map((d) => d.name)).toEqual(['first.yaml', 'second.yaml']);
    expect(drafts.get(a)?.text).toBe('title: First, again');
    await drafts.remove(b);
    expect(drafts.list().drafts.map((d) => d.id)).toEqual([a]);
    // On the shelf, and not in local storage, which the learner's progress keeps to itself.
    expect([...shelf.records.keys()]).toEqual([a]);
    expect(storage.items.size).toBe(0);
    // Opened again, the store reads what the shelf holds.
    const again = await openDraftStore({ shelf, storage }, () => new Date());
    expect(again.list()).toEqual({ drafts: [drafts.get(a)], unreadable: [] });
  });

  it('keeps a draft far bigger than local storage holds', async () => {
    const storage = memoryStorage(1000);
    const shelf = memoryShelf();
    const drafts = await openDraftStore({ shelf, storage }, () => new Date());
    const text = `title: Long\n${'# a line of notes\n'.repeat(100_000)}`;
    await expect(drafts.save('big', 'big.yaml', text)).resolves.toEqual({ ok: true });
    const again = await openDraftStore({ shelf, storage }, () => new Date());
    expect(again.get('big')?.text).toBe(text);
  });

  it('takes drafts from local storage onto the shelf: the newer copy of each wins, the older goes', async () => {
    const storage = memoryStorage();
    const shelf = memoryShelf();
    shelf.records.set('both-newer-here', saved('shelf', '2026-12-06T10:00:00.000Z'));
    shelf.records.set('both-newer-there', saved('shelf', '2026-12-06T10:00:00.000Z'));
    storage.setItem(key('both-newer-here'), JSON.stringify(saved('storage', '2026-12-06T09:00:00.000Z')));
    storage.setItem(key('both-newer-there'), JSON.stringify(saved('storage', '2026-12-06T11:00:00.000Z')));
    storage.setItem(key('only-there'), JSON.stringify(saved('storage', '2026-12-05T10:00:00.000Z')));
    storage.setItem('service-hero.progress', '{}');
    const drafts = await openDraftStore({ shelf, storage }, () => new Date());
    expect(Object.fromEntries(drafts.list().drafts.map((d) => [d.id, d.text]))).toEqual({
      'both-newer-here': 'shelf',
      'both-newer-there': 'storage',
      'only-there': 'storage',
    });
    expect([...storage.items.keys()]).toEqual(['service-hero.progress']);
    expect((shelf.records.get('both-newer-there') as SavedDraft).text).toBe('storage');
    expect((shelf.records.get('only-there') as SavedDraft).text).toBe('storage');
  });

  it('leaves a draft in local storage, and lists it, when the shelf will not take it', async () => {
    const storage = memoryStorage();
    storage.setItem(key('old'), JSON.stringify(saved('kept', '2026-12-05T10:00:00.000Z')));
    const refused = () => new DOMException('full', 'QuotaExceededError');
    const drafts = await openDraftStore({ shelf: memoryShelf(refused), storage }, () => new Date());
    expect(drafts.get('old')?.text).toBe('kept');
    expect(storage.getItem(key('old'))).not.toBeNull();
  });

  it('writes a draft to local storage at once as the page closes, and takes it onto the shelf next time', async () => {
    const storage = memoryStorage();
    const shelf = memoryShelf();
    let clock = Date.parse('2026-12-06T10:00:00Z');
    const drafts = await openDraftStore({ shelf, storage }, () => new Date((clock += 1000)));
    await drafts.save('a', 'a.yaml', 'title: Before');
    expect(drafts.rescue('a', 'a.yaml', 'title: After')).toBe(true);
    expect(JSON.parse(storage.getItem(key('a'))!)).toMatchObject({ text: 'title: After' });
    expect((shelf.records.get('a') as SavedDraft).text).toBe('title: Before');
    const again = await openDraftStore({ shelf, storage }, () => new Date());
    expect(again.get('a')?.text).toBe('title: After');
    expect((shelf.records.get('a') as SavedDraft).text).toBe('title: After');
    expect(storage.items.size).toBe(0);
    // Too big for local storage: not written, and said so.
    const small = await openDraftStore({ shelf, storage: memoryStorage(100) }, () => new Date());
    expect(small.rescue('a', 'a.yaml', 'x'.repeat(200))).toBe(false);
  });

  it('lists a record it cannot read apart, wherever it is, and leaves it as it was', async () => {
    const storage = memoryStorage();
    storage.setItem(key('broken'), '{"format": 1, "text": ');
    storage.setItem(key('newer'), JSON.stringify({ format: 2, name: 'a.yaml', text: '' }));
    const shelf = memoryShelf();
    shelf.records.set('odd', { format: 1, text: 7 });
    shelf.records.set(42, saved('a number for a key', '2026-12-05T10:00:00.000Z'));
    const drafts = await openDraftStore({ shelf, storage }, () => new Date());
    expect(drafts.list()).toEqual({
      drafts: [],
      unreadable: [
        { id: '42', raw: JSON.stringify(saved('a number for a key', '2026-12-05T10:00:00.000Z')) },
        { id: 'broken', raw: '{"format": 1, "text": ' },
        { id: 'newer', raw: '{"format":2,"name":"a.yaml","text":""}' },
        { id: 'odd', raw: '{"format":1,"text":7}' },
      ],
    });
    expect(drafts.get('broken')).toBeNull();
    expect(storage.getItem(key('broken'))).toBe('{"format": 1, "text": ');
    expect(shelf.records.get('odd')).toEqual({ format: 1, text: 7 });
    // A save under an unreadable record's id on the shelf would be the author's new draft; as the page closes, a
    // copy is not written over the unreadable one in local storage.
    expect(drafts.rescue('broken', 'a.yaml', 'title: A')).toBe(false);
    await drafts.removeUnreadable('broken');
    await drafts.removeUnreadable('odd');
    expect(storage.getItem(key('broken'))).toBeNull();
    expect(shelf.records.has('odd')).toBe(false);
    expect(drafts.list().unreadable.map((u) => u.id)).toEqual(['42', 'newer']);
  });

  it('deletes a draft without the unreadable record of the same name, and the other way round', async () => {
    const storage = memoryStorage();
    storage.setItem(key('twice'), '{"format": 1, "text": ');
    const shelf = memoryShelf();
    shelf.records.set('twice', saved('readable', '2026-12-05T10:00:00.000Z'));
    const drafts = await openDraftStore({ shelf, storage }, () => new Date());
    await drafts.remove('twice');
    expect(shelf.records.has('twice')).toBe(false);
    expect(storage.getItem(key('twice'))).toBe('{"format": 1, "text": ');
    shelf.records.set('twice', saved('readable', '2026-12-05T10:00:00.000Z'));
    const again = await openDraftStore({ shelf, storage }, () => new Date());
    await again.removeUnreadable('twice');
    expect(storage.getItem(key('twice'))).toBeNull();
    expect(again.get('twice')?.text).toBe('readable');
    expect(shelf.records.has('twice')).toBe(true);
  });

  it('says why a draft was not saved: no room, too long, or no storage at all', async () => {
    const now = () => new Date();
    const full = await openDraftStore(
      { shelf: memoryShelf(() => new DOMException('full', 'QuotaExceededError')), storage: memoryStorage() },
      now,
    );
    await expect(full.save('a', 'a.yaml', 'title: A')).resolves.toEqual({ ok: false, reason: 'no-room' });
    expect(full.get('a')).toBeNull();
    const closed = await openDraftStore(
      { shelf: memoryShelf(() => new DOMException('gone', 'InvalidStateError')), storage: memoryStorage() },
      now,
    );
    await expect(closed.save('a', 'a.yaml', 'title: A')).resolves.toEqual({ ok: false, reason: 'no-storage' });
    const roomy = await openDraftStore({ shelf: memoryShelf(), storage: memoryStorage() }, now);
    await expect(roomy.save('a', 'a.yaml', 'x'.repeat(MAX_DRAFT_CHARACTERS + 1))).resolves.toEqual({
      ok: false,
      reason: 'too-long',
    });
    const none = await openDraftStore({ shelf: null, storage: null }, now);
    await expect(none.save('a', 'a.yaml', 'title: A')).resolves.toEqual({ ok: false, reason: 'no-storage' });
    expect(none.list()).toEqual({ drafts: [], unreadable: [] });
  });

  it('keeps drafts in local storage where the shelf cannot be opened', async () => {
    const storage = memoryStorage(1000);
    storage.setItem(key('old'), JSON.stringify(saved('kept', '2026-12-05T10:00:00.000Z')));
    const broken: DraftShelf = {
      entries: () => Promise.reject(new DOMException('no', 'InvalidStateError')),
      put: () => Promise.reject(new Error('not to be used')),
      remove: () => Promise.reject(new Error('not to be used')),
    };
    const drafts = await openDraftStore({ shelf: broken, storage }, () => new Date());
    expect(drafts.get('old')?.text).toBe('kept');
    await expect(drafts.save('new', 'new.yaml', 'title: New')).resolves.toEqual({ ok: true });
    expect(storage.getItem(key('new'))).toContain('title: New');
    await expect(drafts.save('big', 'big.yaml', 'x'.repeat(2000))).resolves.toEqual({ ok: false, reason: 'no-room' });
  });
});
