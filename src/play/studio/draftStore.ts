// The story studio's drafts, saved in the browser as the author types: each under a key of its own, so one that
// cannot be read (storage edited by hand, a newer game's format) spoils nothing else. Such a draft is never
// removed or written over by the studio: it is listed apart, with its text to download, until the author
// deletes it.
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
  /** The stored text as it is, for the author to download. */
  raw: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'too-long' | 'no-room' | 'no-storage' };

export interface DraftStore {
  /** Readable drafts, the last saved first, and those that could not be read. */
  list(): { drafts: Draft[]; unreadable: UnreadableDraft[] };
  get(id: string): Draft | null;
  save(id: string, name: string, text: string): SaveResult;
  remove(id: string): void;
  newId(): string;
}

function keysOf(storage: StorageLike): string[] {
  const { key, length } = storage;
  if (typeof key !== 'function' || typeof length !== 'number') return [];
  return Array.from({ length }, (_, i) => key.call(storage, i)).filter((k): k is string => k !== null);
}

function read(raw: string): SavedDraft | null {
  try {
    const parsed = SavedDraft.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `storage` null: the browser keeps nothing (private browsing may refuse storage); saving then says so. */
export function openDraftStore(storage: StorageLike | null, now: () => Date, random = Math.random): DraftStore {
  return {
    list() {
      const drafts: Draft[] = [];
      const unreadable: UnreadableDraft[] = [];
      if (!storage) return { drafts, unreadable };
      for (const key of keysOf(storage)) {
        if (!key.startsWith(PREFIX)) continue;
        const id = key.slice(PREFIX.length);
        const raw = storage.getItem(key) ?? '';
        const draft = DraftId.safeParse(id).success ? read(raw) : null;
        if (draft) drafts.push({ id, ...draft });
        else unreadable.push({ id, raw });
      }
      drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
      unreadable.sort((a, b) => a.id.localeCompare(b.id));
      return { drafts, unreadable };
    },
    get(id) {
      const raw = storage?.getItem(PREFIX + id);
      const draft = raw == null ? null : read(raw);
      return draft && { id, ...draft };
    },
    save(id, name, text) {
      if (!storage) return { ok: false, reason: 'no-storage' };
      if (text.length > MAX_DRAFT_CHARACTERS) return { ok: false, reason: 'too-long' };
      const draft: SavedDraft = { format: DRAFT_FORMAT, name, text, savedAt: now().toISOString() };
      try {
        storage.setItem(PREFIX + id, JSON.stringify(draft));
        return { ok: true };
      } catch {
        return { ok: false, reason: 'no-room' };
      }
    },
    remove(id) {
      storage?.removeItem?.(PREFIX + id);
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
