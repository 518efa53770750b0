// What every screen needs from the page before anything shows: its two landmarks, the
// player's settings (applied at once, so the first screen already has their text size, contrast and
// motion) and the voice for screen readers. Part of the page's first program (src/main.ts).
import { openSettingsStore, wantsReducedMotion } from '../play/settings/settingsStore.ts';
import { createAnnouncer } from '../ui/announcer.ts';
import { applySettings, openSettingsDialog } from '../ui/settingsDialog.ts';

const parent = document.getElementById('game');
const region = document.getElementById('announcer');
if (!parent || !region) throw new Error('index.html must contain #game and #announcer');
export const gameParent: HTMLElement = parent;
export const announcer = createAnnouncer(region);

// The settings store copes with storage that throws, so it gets the storage unprobed: the probe's write was
// the costliest thing the page did before the opening showed. The progress store probes (start.ts).
const settingsStorage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
export const settings = openSettingsStore(settingsStorage);
const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
export const reducedMotion = (): boolean => wantsReducedMotion(settings.settings(), systemMotion.matches);
const applyAll = () => applySettings(settings.settings(), reducedMotion());
applyAll();
settings.subscribe(applyAll);
systemMotion.addEventListener('change', applyAll);

export function openSettings(): void {
  if (!document.querySelector('dialog.settings-dialog')) openSettingsDialog(settings);
}
