// The page's entry. Its own module graph is kept small (the styles, the settings, the story screen and the
// shipped stories' opening beats) so it runs as soon as it arrives: it starts fetching the story a link names
// and shows that story's opening (src/app/opening.ts). The rest of the game comes in a second graph
// (src/app/start.ts), fetched and run behind it.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
import './ui/styles.css';
import './ui/settings.css';
import './app/warmStory.ts';
import { opening } from './app/opening.ts';
import { h } from './ui/dom.ts';

function loadGame(): void {
  import('./app/start.ts').catch((error: unknown) => {
    console.error('[main] the game could not load', error);
    const alert = h('p', { role: 'alert' }, 'The game could not finish loading. Check the connection, then reload the page.');
    document.getElementById('game')?.replaceChildren(h('div', { class: 'screen loading-screen' }, alert));
  });
}

// Asking for the rest of the game adds a link to the page for each of its files, which took about 10 ms
// here: with an opening on screen, that waits until the opening has been painted. A page opened in a
// background tab paints nothing, so it does not wait there.
if (opening && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(loadGame));
else loadGame();
