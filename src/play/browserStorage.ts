import type { StorageLike } from './progress/progressStore.ts';

/**
 * Private browsing can make merely touching storage throw; the stores then say progress is not kept. Only
 * reading is probed: a full storage refuses writes but its saves can still be read, and the stores report
 * (and retry) a write that fails.
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): StorageLike | null {
  try {
    const storage = window[kind];
    storage.getItem('service-hero.probe');
    return storage;
  } catch {
    return null;
  }
}
