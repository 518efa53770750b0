// Whether this page load is a first visit to the title or to a track: the bare address or a link to a track
// alone, in English, outside any LMS, with nothing saved. Then the screen shows exactly what the progress store
// would give it (no plays, no story in progress, no notice about a save), so the page's entry can draw it
// (src/app/entryScreen.ts) before the stores, zod and XState have loaded. Any other title or track waits for them.
import type { EntryScreen, FirstVisit } from './entryScreen.ts';
import { preloadFirstScreenFonts } from './fontPreload.ts';
import { meanwhileKey } from '../play/progress/keptAside.ts';
import { PROGRESS_KEY } from '../play/progress/progressKey.ts';
import { readLaunchOptions } from '../play/launchOptions.ts';
import { speaksWantedLanguage } from './pageBasics.ts';
import { maybeLmsLaunch } from './warmStory.ts';

function nothingSaved(): boolean {
  try {
    const storage = window.localStorage;
    return storage.getItem(PROGRESS_KEY) === null && storage.getItem(meanwhileKey(PROGRESS_KEY)) === null;
  } catch {
    return false; // no storage: the title says progress is not kept, which the store knows
  }
}

function firstVisit(): FirstVisit | null {
  if (!speaksWantedLanguage() || maybeLmsLaunch() || !nothingSaved()) return null;
  const search = window.location.search;
  if (search === '') return { kind: 'title' };
  const params = [...new URLSearchParams(search).keys()];
  const { track } = readLaunchOptions(search);
  return track && params.length === 1 && params[0] === 'track' ? { kind: 'track', trackId: track } : null;
}

/**
 * A first visit's screen, on its way: its chunk and its font files are asked for as this module runs, the
 * first of the entry's (src/main.ts imports it first), so they arrive as soon as they can. Null on any other visit.
 */
export const entryScreen: Promise<EntryScreen | null> | null = (() => {
  const first = firstVisit();
  if (!first) return null;
  preloadFirstScreenFonts();
  return import('./entryScreen.ts')
    .then(({ showEntryScreen }) => showEntryScreen(first))
    .catch((error: unknown) => {
      console.warn('[firstVisit] the first screen could not be drawn early; the rest of the game draws it', error);
      return null;
    });
})();
