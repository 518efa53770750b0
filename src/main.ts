import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
import './ui/styles.css';
import { loadArt, loadShippedLibrary } from './app/content.ts';
import { readLaunchOptions } from './app/launchOptions.ts';
import { openProgressStore, type StorageLike } from './app/progress/progressStore.ts';
import { makeSeed } from './engine/index.ts';
import { createGame } from './game/createGame.ts';
import { createAnnouncer } from './ui/announcer.ts';

const parent = document.getElementById('game');
const region = document.getElementById('announcer');
if (!parent || !region) throw new Error('index.html must contain #game and #announcer');

/** Private browsing can make merely touching localStorage throw; the store then says progress is not kept. */
function browserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    const probe = 'service-hero.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const art = loadArt();
const game = createGame(parent, {
  library: loadShippedLibrary(art.manifest),
  art,
  announcer: createAnnouncer(region),
  launch: readLaunchOptions(window.location.search),
  progress: openProgressStore(browserStorage()),
  now: () => new Date(),
  newSeed: () => makeSeed(Math.random),
  reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
});

// Lets browser tests and the curious inspect the running game without reaching into modules.
Object.assign(window, { serviceHero: { game } });
