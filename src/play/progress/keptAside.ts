// Saves that could not be read are kept aside, never thrown away: once each (an identical copy already
// kept is recognised), at most a few, and where a copy cannot be made (storage is full, or enough are kept
// already) the save stays untouched under its own key while new progress goes to another.
import type { StorageLike } from './progressStore.ts';

/** A few copies are enough to recover from; more would fill the browser's storage with the same trouble. */
const MAX_KEPT_ASIDE = 3;

const asidePrefix = (key: string): string => `${key}.unreadable.`;
/** Where progress goes while the save under `key` could not be copied aside and must stay as it is. */
export const meanwhileKey = (key: string): string => `${key}.meanwhile`;

export interface KeptAside {
  key: string;
  /** When it was kept aside; null for a save kept under its own key. */
  keptAt: string | null;
  /** Its length in characters (UTF-16 code units, as browsers count storage). */
  size: number;
}

export type Preserved = { kind: 'copied' | 'already'; aside: string } | { kind: 'no-room' | 'too-many' };

/** The storage's keys, where it can list them (every browser's can; a test's stand-in may not). */
function storageKeys(storage: StorageLike): string[] {
  const { key, length } = storage;
  if (typeof key !== 'function' || typeof length !== 'number') return [];
  return Array.from({ length }, (_, i) => key.call(storage, i)).filter((k): k is string => k !== null);
}

export function listKeptAside(storage: StorageLike, key: string, inPlace: boolean): KeptAside[] {
  const prefix = asidePrefix(key);
  const copies = storageKeys(storage)
    .filter((k) => k.startsWith(prefix))
    .sort()
    .map((k) => ({ key: k, keptAt: k.slice(prefix.length), size: storage.getItem(k)?.length ?? 0 }));
  const original = inPlace ? storage.getItem(key) : null;
  return original === null ? copies : [{ key, keptAt: null, size: original.length }, ...copies];
}

/** Copies an unreadable save aside unless an identical copy is kept already. */
export function preserve(storage: StorageLike, key: string, raw: string, now: Date): Preserved {
  const copies = storageKeys(storage).filter((k) => k.startsWith(asidePrefix(key)));
  const same = copies.find((k) => storage.getItem(k) === raw);
  if (same) return { kind: 'already', aside: same };
  if (copies.length >= MAX_KEPT_ASIDE) return { kind: 'too-many' };
  const aside = `${asidePrefix(key)}${now.toISOString()}`;
  try {
    storage.setItem(aside, raw);
    return { kind: 'copied', aside };
  } catch {
    return { kind: 'no-room' };
  }
}
