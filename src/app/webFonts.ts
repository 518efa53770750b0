// The web fonts, loaded with the rest of the game rather than before the first screen: Vite gives their
// rules a style sheet of its own, asked for with this module, so the first layout does not wait on them.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
