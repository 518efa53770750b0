// The web fonts' rules come with the rest of the game (src/app/webFonts.ts), so a browser only asks for a font
// file once a screen drawn in it is laid out. The title, a track, a resumed play or an LMS launch is first
// drawn after the rest of the game has arrived: asked for now, the three files the first screen uses are in
// by then, and that screen is never redrawn in them (its buttons grew and wrapped when they came: a layout
// shift). A story's opening is not kept waiting for them: it is painted before they could arrive.
import atkinsonRegular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import atkinsonBold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import fredokaSemiBold from '@fontsource/fredoka/files/fredoka-latin-600-normal.woff2?url';
import { h } from '../ui/dom.ts';

export const FIRST_SCREEN_FONTS: readonly string[] = [atkinsonRegular, atkinsonBold, fredokaSemiBold];

/** Asks for the first screen's font files; the style sheet's rules then find them in the cache. */
export function preloadFirstScreenFonts(head: HTMLElement = document.head): void {
  for (const href of FIRST_SCREEN_FONTS) {
    // crossorigin: fonts are always fetched in CORS mode, and a preload must match to be reused.
    head.append(h('link', { rel: 'preload', as: 'font', type: 'font/woff2', href, crossorigin: '' }));
  }
}
