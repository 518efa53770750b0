// The page's first program. It is kept small (the styles, the settings, the story screen and the shipped
// stories' opening beats) so it runs as soon as the page arrives: the build writes it into the page itself
// (tools/vite/firstProgram.ts). It shows the opening of the story a link names (src/app/opening.ts); the
// rest of the game (src/app/start.ts) and the story's data are fetched and run behind it.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
import './ui/styles.css';
import './ui/settings.css';
import { loadRestOfGame } from 'virtual:rest-of-game';
import { opening } from './app/opening.ts';
import * as basics from './app/pageBasics.ts';
import { warmStory } from './app/warmStory.ts';
import { h } from './ui/dom.ts';

/**
 * The built page has the web fonts switched off until now (tools/vite/firstProgram.ts): the opening's first
 * layout is quicker without fonts on their way, and is painted in the fallback font either way.
 */
function switchOnWebFonts(): void {
  document.getElementById('web-fonts')?.removeAttribute('media');
}

function loadGame(): void {
  switchOnWebFonts();
  warmStory();
  loadRestOfGame()
    .then(({ startGame }) => startGame({ opening, basics }))
    .catch((error: unknown) => {
      console.error('[main] the game could not load', error);
      const alert = h('p', { role: 'alert' }, 'The game could not finish loading. Check the connection, then reload the page.');
      document.getElementById('game')?.replaceChildren(h('div', { class: 'screen loading-screen' }, alert));
    });
}

// Asking for the rest of the game and the story adds a link to the page for each of their files, which
// took about 10 ms here, and fonts on their way slow a layout down: with an opening on screen, all that waits
// until the opening has been painted. A page opened in a background tab paints nothing, so it does not wait.
if (opening && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(loadGame));
else loadGame();
