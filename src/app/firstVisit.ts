// Whether this page load is a first visit to the title: the bare address, in English, outside any LMS, with
// nothing saved. Then the title shows exactly what the progress store would give it (no plays, no story in
// progress, no notice about a save), so the page's entry can draw it (src/app/earlyTitle.ts) before the
// stores, zod and XState have loaded. Any other title waits for them.
import type { EntryTitle } from './earlyTitle.ts';
import { preloadFirstScreenFonts } from './fontPreload.ts';
import { meanwhileKey } from '../play/progress/keptAside.ts';
import { PROGRESS_KEY } from '../play/progress/progressKey.ts';
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

const firstVisitTitle = (): boolean =>
  window.location.search === '' && speaksWantedLanguage() && !maybeLmsLaunch() && nothingSaved();

/**
 * A first visit's title, on its way: its chunk and its font files are asked for as this module runs, the
 * first of the entry's (src/main.ts imports it first), so they arrive as soon as they can. Null on any other visit.
 */
export const entryTitle: Promise<EntryTitle | null> | null = firstVisitTitle()
  ? (() => {
      preloadFirstScreenFonts();
      return import('./earlyTitle.ts')
        .then(({ showEarlyTitle }) => showEarlyTitle())
        .catch((error: unknown) => {
          console.warn('[firstVisit] the title could not be drawn early; the rest of the game draws it', error);
          return null;
        });
    })()
  : null;
