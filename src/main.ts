// The page's entry. It is kept small (the styles, the settings, the story screen and the shipped stories'
// opening beats) so it runs as soon as it arrives: it shows the opening of the story a link names
// (src/app/opening.ts), or on a first visit the title or a track (src/app/entryScreen.ts, a chunk of its own), then
// imports the rest of the game (src/app/start.ts), which Vite splits into chunks
// of their own and preloads in one round. Both are one module graph, in the dev server and in the build, so a
// module both import (the settings store, the screen-reader voice, the opening on show) exists once.
// The font stacks' fallbacks shaped like the web fonts (tools/vite/fontStacks.ts), before any rule uses them.
import 'virtual:font-stacks.css';
import './ui/styles.css';
import './ui/settings.css';
// First of the entry's modules to run: on a first visit it asks for the title or the track at once.
import { entryScreen } from './app/firstVisit.ts';
import { preloadFirstScreenFonts } from './app/fontPreload.ts';
import { opening } from './app/opening.ts';
import { warmStory } from './app/warmStory.ts';
import { t } from './i18n/intl.ts';
import { h } from './ui/dom.ts';
import type { EntryScreen } from './app/entryScreen.ts';

function loadGame(first: Promise<EntryScreen | null> = Promise.resolve(null)): void {
  // The web fonts come with the rest of the game (src/app/webFonts.ts): the first screen is painted in the
  // fallback font either way, since the font files take longer than that to arrive.
  warmStory();
  import('./app/start.ts')
    .then(({ startGame }) => startGame(first))
    .catch((error: unknown) => {
      console.error('[main] the game could not load', error);
      const alert = h('p', { role: 'alert' }, t('app.loadFailed'));
      document.getElementById('game')?.replaceChildren(h('div', { class: 'screen loading-screen' }, alert));
    });
}

/** Once the screen on show has been painted: a page opened in a background tab paints nothing, so it does not wait. */
const afterPaint = (run: () => void) =>
  document.visibilityState === 'visible' ? requestAnimationFrame(() => setTimeout(run)) : run();

// Asking for the rest of the game and the story adds a link to the page for each of their files, and fonts
// on their way slow a layout down: with an opening or a first visit's screen on show, all that waits until
// it has been painted.
if (opening) afterPaint(() => loadGame());
else if (entryScreen) {
  const first = entryScreen;
  void first.then(() => afterPaint(() => loadGame(first)));
} else {
  preloadFirstScreenFonts();
  loadGame();
}
