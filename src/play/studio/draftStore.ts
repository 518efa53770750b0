// The story studio's drafts, saved in the browser as the author types. They live on a shelf of their own
// (IndexedDB, draftShelf.ts), which holds stories of millions of characters and leaves the learner's progress
// the whole of local storage. Local storage still serves three ways: drafts saved there by earlier versions of the
// game, and the copy written as the page closes (only synchronous storage is sure to be written then), are taken
// onto the shelf when the studio next opens; and a browser with no IndexedDB keeps its drafts there as before.
// Each draft is a record of its own, so one that cannot be read (storage edited by hand, a newer game's format)
// spoils nothing else: it is never removed or written over by the studio, and is listed apart, with its text to
// download, until the author deletes it.
import { z } from '../../engine/zod.ts';
import { MAX_STORY_CHARACTERS } from '../../engine/limits.ts';
import type { StorageLike } from '../../engine/storageLike.ts';

const PREFIX = 'service-hero.studio.draft.';
export const DRAFT_FORMAT = 1;
/** As a story file opened in the page: a draft is a story file not yet downloaded. */
export const MAX_DRAFT_CHARACTERS = MAX_STORY_CHARACTERS;

const DraftId = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const SavedDraft = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  /** The file name it was started from or will be downloaded as, like pub-caesar-dressing.yaml. */
  name: z.string().min(1).max(200),
  text: z.string().max(MAX_DRAFT_CHARACTERS),
  savedAt: z.iso.datetime(),
});
export type SavedDraft = z.infer<typeof SavedDraft>;

export interface Draft extends SavedDraft {
  id: string;
}

export interface UnreadableDraft {
  id: string;
  /** The stored record as it is, for the author to download. */
  raw: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'too-long' | 'no-room' | 'no-storage' };

/** Where drafts are kept for good: IndexedDB in the page (draftShelf.ts), a Map in the unit tests. */
export interface DraftShelf {
  /** Every record on the shelf, by its key, as it was stored. */
  entries(): Promise<[unknown, unknown][]>;
  put(id: string, draft: SavedDraft): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface DraftStore {
  /** Readable drafts, the last saved first, and those that could not be read: as they were when the store opened, with this store's own saves since. */
  list(): { drafts: Draft[]; unreadable: UnreadableDraft[] };
  get(id: string): Draft | null;
  save(id: string, name: string, text: string): Promise<SaveResult>;
  /**
   * For a page about to close: the draft written at once to local storage, if it fits (an IndexedDB write begun
   * now may not be finished), and taken onto the shelf when the studio next opens. Whether it was written.
   */
  rescue(id: string, name: string, text: string): boolean;
  /** A readable draft, wherever it is kept. */
  remove(id: string): Promise<void>;
  /** The unreadable records listed with this id, wherever they are kept. */
  removeUnreadable(id: string): Promise<void>;
  newId(): string;
}

export interface DraftPlaces {
  /** null: IndexedDB cannot be opened here, and drafts are kept in local storage. */
  shelf: DraftShelf | null;
  /** null: the browser keeps nothing (private browsing may refuse storage); saving then says so. */
  storage: StorageLike | null;
}

type Read = { draft: SavedDraft } | { raw: string };
type Place = 'shelf' | 'storage';

function keysOf(storage: StorageLike): string[] {
  const { key, length } = storage;
  if (typeof key !== 'function' || typeof length !== 'number') return [];
  return Array.from({ length }, (_, i) => key.call(storage, i)).filter((k): k is string => k !== null);
}

function readValue(value: unknown, raw: () => string): Read {
  const parsed = SavedDraft.safeParse(value);
  return parsed.success ? { draft: parsed.data } : { raw: raw() };
}

function readText(raw: string): Read {
  try {
    return readValue(JSON.parse(raw), () => raw);
  } catch {
    return { raw };
  }
}

/** A record from the shelf as text to download: JSON where it can be written so. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Every draft record in local storage, by id; a key whose id is not a draft's is unreadable. */
function fromStorage(storage: StorageLike | null): Map<string, Read> {
  const found = new Map<string, Read>();
  if (!storage) return found;
  for (const key of keysOf(storage)) {
    if (!key.startsWith(PREFIX)) continue;
    const id = key.slice(PREFIX.length);
    const raw = storage.getItem(key) ?? '';
    found.set(id, DraftId.safeParse(id).success ? readText(raw) : { raw });
  }
  return found;
}

/** Every record on the shelf, by id; null when the shelf cannot be read (then local storage keeps the drafts). */
async function fromShelf(shelf: DraftShelf): Promise<Map<string, Read> | null> {
  let entries: [unknown, unknown][];
  try {
    entries = await shelf.entries();
  } catch {
    return null;
  }
  const found = new Map<string, Read>();
  for (const [key, value] of entries) {
    const readable = typeof key === 'string' && DraftId.safeParse(key).success;
    found.set(String(key), readable ? readValue(value, () => shown(value)) : { raw: shown(value) });
  }
  return found;
}

/** What a refused write means for the author: the browser's quota, or no storage at all. */
function refusal(error: unknown): SaveResult {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  return { ok: false, reason: name === 'QuotaExceededError' ? 'no-room' : 'no-storage' };
}

export async function openDraftStore(
  { shelf: offered, storage }: DraftPlaces,
  now: () => Date,
  random = Math.random,
): Promise<DraftStore> {
  const onShelf = offered ? await fromShelf(offered) : null;
  const shelf = onShelf ? offered : null;
  const kept = new Map<string, Draft>();
  const unreadable: (UnreadableDraft & { place: Place })[] = [];
  for (const [id, read] of onShelf ?? []) {
    if ('draft' in read) kept.set(id, { id, ...read.draft });
    else unreadable.push({ id, raw: read.raw, place: 'shelf' });
  }
  for (const [id, read] of fromStorage(storage)) {
    if (!('draft' in read)) unreadable.push({ id, raw: read.raw, place: 'storage' });
    else if (!shelf) kept.set(id, { id, ...read.draft });
    else if ((kept.get(id)?.savedAt ?? '') >= read.draft.savedAt) storage?.removeItem?.(PREFIX + id);
    else {
      // Newer than the shelf's copy, or not on the shelf at all: moved onto it, and out of local storage once there.
      kept.set(id, { id, ...read.draft });
      const moved = await shelf.put(id, read.draft).then(
        () => true,
        () => false,
      );
      if (moved) storage?.removeItem?.(PREFIX + id);
    }
  }
  unreadable.sort((a, b) => a.id.localeCompare(b.id) || a.place.localeCompare(b.place));
  const unreadableAt = (id: string, place: Place) => unreadable.some((u) => u.id === id && u.place === place);

  const write = (id: string, draft: SavedDraft): SaveResult => {
    if (!storage) return { ok: false, reason: 'no-storage' };
    try {
      storage.setItem(PREFIX + id, JSON.stringify(draft));
      return { ok: true };
    } catch {
      return { ok: false, reason: 'no-room' };
    }
  };
  const stamped = (name: string, text: string): SavedDraft => ({
    format: DRAFT_FORMAT,
    name,
    text,
    savedAt: now().toISOString(),
  });

  return {
    list() {
      const drafts = [...kept.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
      return { drafts, unreadable: unreadable.map(({ id, raw }) => ({ id, raw })) };
    },
    get: (id) => kept.get(id) ?? null,
    async save(id, name, text) {
      if (text.length > MAX_DRAFT_CHARACTERS) return { ok: false, reason: 'too-long' };
      const draft = stamped(name, text);
      const saved = shelf
        ? await shelf.put(id, draft).then((): SaveResult => ({ ok: true }), refusal)
        : write(id, draft);
      if (saved.ok) kept.set(id, { id, ...draft });
      return saved;
    },
    rescue(id, name, text) {
      if (text.length > MAX_DRAFT_CHARACTERS || unreadableAt(id, 'storage')) return false;
      const draft = stamped(name, text);
      if (!write(id, draft).ok) return false;
      kept.set(id, { id, ...draft });
      return true;
    },
    async remove(id) {
      kept.delete(id);
      // A record under the same id that could not be read stays until the author deletes it as such.
      if (!unreadableAt(id, 'storage')) storage?.removeItem?.(PREFIX + id);
      if (shelf && !unreadableAt(id, 'shelf')) await shelf.remove(id);
    },
    async removeUnreadable(id) {
      const places = new Set(unreadable.filter((u) => u.id === id).map((u) => u.place));
      for (let i = unreadable.length - 1; i >= 0; i--) if (unreadable[i]!.id === id) unreadable.splice(i, 1);
      if (places.has('storage')) storage?.removeItem?.(PREFIX + id);
      if (places.has('shelf')) await shelf?.remove(id);
    },
    newId() {
      const stamp = now().getTime().toString(36);
      const tail = Math.floor(random() * 36 ** 6)
        .toString(36)
        .padStart(6, '0');
      return `${stamp}-${tail}`;
    },
  };
}
