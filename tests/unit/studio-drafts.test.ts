// The story studio's drafts (src/play/studio/draftStore.ts): saved each under its own key, listed the last saved
// first, and a draft that cannot be read listed apart and never removed or written over.
import { describe, expect, it } from 'vitest';
import { openDraftStore, MAX_DRAFT_CHARACTERS } from '../../src/play/studio/draftStore.ts';
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

describe('the studio draft store', () => {
  it('keeps drafts under their own keys and lists the last saved first', () => {
    let clock = Date.parse('2026-12-06T10:00:00Z');
    const storage = memoryStorage();
    const drafts = openDraftStore(storage, () => new Date((clock += 1000)));
    const a = drafts.newId();
    const b = drafts.newId();
    expect(a).toMatch(/^[a-z0-9]+-[a-z0-9]{6}$/);
    expect(a).not.toBe(b);
    expect(drafts.save(a, 'first.yaml', 'title: First')).toEqual({ ok: true });
    expect(drafts.save(b, 'second.yaml', 'title: Second')).toEqual({ ok: true });
    expect(drafts.list().drafts.map((d) => d.name)).toEqual(['second.yaml', 'first.yaml']);
    drafts.save(a, 'first.yaml', 'title: First, again');
    expect(drafts.list().drafts.map((d) => d.name)).toEqual(['first.yaml', 'second.yaml']);
    expect(drafts.get(a)?.text).toBe('title: First, again');
    drafts.remove(b);
    expect(drafts.list().drafts.map((d) => d.id)).toEqual([a]);
    // Other keys in the same storage are not drafts.
    storage.setItem('service-hero.progress', '{}');
    expect(drafts.list()).toEqual({ drafts: [drafts.get(a)], unreadable: [] });
  });

  it('lists a draft it cannot read apart, and leaves it as it was', () => {
    const storage = memoryStorage();
    storage.setItem('service-hero.studio.draft.broken', '{"format": 1, "text": ');
    storage.setItem('service-hero.studio.draft.newer', JSON.stringify({ format: 2, name: 'a.yaml', text: '' }));
    const drafts = openDraftStore(storage, () => new Date());
    expect(drafts.list()).toEqual({
      drafts: [],
      unreadable: [
        { id: 'broken', raw: '{"format": 1, "text": ' },
        { id: 'newer', raw: '{"format":2,"name":"a.yaml","text":""}' },
      ],
    });
    expect(drafts.get('broken')).toBeNull();
    expect(storage.getItem('service-hero.studio.draft.broken')).toBe('{"format": 1, "text": ');
  });

  it('says why a draft was not saved: storage full, too long, or no storage at all', () => {
    const full = openDraftStore(memoryStorage(10), () => new Date());
    expect(full.save('a', 'a.yaml', 'title: A story longer than the room there is')).toEqual({
      ok: false,
      reason: 'no-room',
    });
    const roomy = openDraftStore(memoryStorage(), () => new Date());
    expect(roomy.save('a', 'a.yaml', 'x'.repeat(MAX_DRAFT_CHARACTERS + 1))).toEqual({ ok: false, reason: 'too-long' });
    const none = openDraftStore(null, () => new Date());
    expect(none.save('a', 'a.yaml', 'title: A')).toEqual({ ok: false, reason: 'no-storage' });
    expect(none.list()).toEqual({ drafts: [], unreadable: [] });
  });
});
