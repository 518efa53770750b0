import { startOfflineSupport } from './app/pwa.ts'; // first: it also readies zod for the strict CSP
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
import './ui/styles.css';
import './ui/settings.css';
import { loadArt, loadShippedLibrary } from './app/content.ts';
import { readLaunchOptions } from './app/launchOptions.ts';
import { openProgressStore, type StorageLike } from './app/progress/progressStore.ts';
import { openSettingsStore, wantsReducedMotion } from './app/settings/settingsStore.ts';
import { readLmsLaunch } from './lms/launch.ts';
import { withLmsProgress } from './lms/lmsProgress.ts';
import { openReporter } from './lms/openReporter.ts';
import { openScorm } from './lms/scorm/scormReporter.ts';
import { newUuid } from './lms/uuid.ts';
import { makeSeed } from './engine/index.ts';
import { createGame } from './game/createGame.ts';
import { createAnnouncer } from './ui/announcer.ts';
import { applySettings, openSettingsDialog } from './ui/settingsDialog.ts';
import { createSoundCues } from './ui/soundCues.ts';

const parent = document.getElementById('game');
const region = document.getElementById('announcer');
if (!parent || !region) throw new Error('index.html must contain #game and #announcer');

/** Private browsing can make merely touching localStorage throw; the store then says progress is not kept. */
function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): StorageLike | null {
  try {
    const storage = window[kind];
    const probe = 'service-hero.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

// Settings first, so the very first screen already has the player's text size, contrast and motion.
const settings = openSettingsStore(browserStorage());
const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const reducedMotion = () => wantsReducedMotion(settings.settings(), systemMotion.matches);
const applyAll = () => applySettings(settings.settings(), reducedMotion());
applyAll();
settings.subscribe(applyAll);
systemMotion.addEventListener('change', applyAll);

const art = loadArt();
const library = loadShippedLibrary(art.manifest);
const launch = readLaunchOptions(window.location.search);
const lmsLaunch = readLmsLaunch(window.location.search);
// The unit an LMS reports on: the launched story, or else the launched track.
const unit = launch.scenario ? { kind: 'scenario' as const, id: launch.scenario } : launch.track ? { kind: 'track' as const, id: launch.track } : null;
const newId = () => newUuid();
const log = (message: string) => console.warn(`[LMS] ${message}`);
const scorm = lmsLaunch.kind === 'scorm' ? openScorm(lmsLaunch.version, window, unit, { newId, now: () => new Date(), log }) : null;
const reporter =
  scorm?.reporter ??
  openReporter(lmsLaunch.kind === 'scorm' ? { kind: 'none' } : lmsLaunch, {
    local: browserStorage(),
    session: browserStorage('sessionStorage'),
    scenario: unit?.kind === 'scenario' ? unit.id : null,
    newId,
    now: () => new Date(),
    log,
  });
const localProgress = openProgressStore(browserStorage());
const titleOf = (id: string) => library.entries.find((e) => e.scenario?.id === id)?.scenario?.title ?? null;
const progress = scorm?.bridge ? withLmsProgress(localProgress, scorm.bridge, titleOf, () => new Date()) : localProgress;
// The last chance to send or commit: pagehide fires on close, reload and navigation, where unload may not.
window.addEventListener('pagehide', () => reporter.leaving());

const game = createGame(parent, {
  library,
  art,
  announcer: createAnnouncer(region),
  launch,
  progress,
  reporter,
  now: () => new Date(),
  newSeed: () => makeSeed(Math.random),
  reducedMotion,
  settings,
  sound: createSoundCues(() => settings.settings().sound),
  openSettings: () => {
    if (!document.querySelector('dialog.settings-dialog')) openSettingsDialog(settings);
  },
});

// Lets browser tests and the curious inspect the running game without reaching into modules.
Object.assign(window, { serviceHero: { game } });
startOfflineSupport();
