// The page's entry: the styles, then the game. Every module below is fetched at once (the built page lists
// them all for preloading); warmStory.ts runs first and starts the linked story's own download, so it
// arrives while the rest of the game's code is being run.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
import './ui/styles.css';
import './ui/settings.css';
import './app/warmStory.ts';
import './app/start.ts';
