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
import './app/opening.ts';
import { h } from './ui/dom.ts';

import('./app/start.ts').catch((error: unknown) => {
  console.error('[main] the game could not load', error);
  const alert = h('p', { role: 'alert' }, 'The game could not finish loading. Check the connection, then reload the page.');
  document.getElementById('game')?.replaceChildren(h('div', { class: 'screen loading-screen' }, alert));
});
