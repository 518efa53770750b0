// What every screen needs from the page before anything shows: its two landmarks, the storage, the
// player's settings (applied at once, so the first screen already has their text size, contrast and
// motion) and the voice for screen readers. Part of the page's first module, with src/app/opening.ts.
import { openSettingsStore, wantsReducedMotion } from './settings/settingsStore.ts';
import type { StorageLike } from './progress/progressStore.ts';
import { createAnnouncer } from '../ui/announcer.ts';
import { applySettings, openSettingsDialog } from '../ui/settingsDialog.ts';

const parent = document.getElementById('game');
const region = document.getElementById('announcer');
if (!parent || !region) throw new Error('index.html must contain #game and #announcer');
export const gameParent: HTMLElement = parent;
export const announcer = createAnnouncer(region);

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

export const local = browserStorage();
export const settings = openSettingsStore(local);
const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
export const reducedMotion = (): boolean => wantsReducedMotion(settings.settings(), systemMotion.matches);
const applyAll = () => applySettings(settings.settings(), reducedMotion());
applyAll();
settings.subscribe(applyAll);
systemMotion.addEventListener('change', applyAll);

export function openSettings(): void {
  if (!document.querySelector('dialog.settings-dialog')) openSettingsDialog(settings);
}
