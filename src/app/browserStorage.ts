import type { StorageLike } from './progress/progressStore.ts';

/** Private browsing can make merely touching storage throw; the stores then say progress is not kept. */
export function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): StorageLike | null {
  try {
    const storage = window[kind];
    const probe = 'service-hero.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
