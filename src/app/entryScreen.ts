// The title or a track link's screen on a first visit (src/app/firstVisit.ts), drawn by the page's entry as
// soon as this module has arrived, from the story cards made when the site was built
// (`virtual:shipped-titles`): no story, store, zod or XState is needed to show it. It is the screen the rest of
// the game would draw, built by the same builders (src/ui/menuScreens.ts), so start.ts takes this very screen
// over (src/app/earlyScreens.ts), and the scene after it. A press that needs the stage meanwhile is held
// (src/app/actionRelay.ts) and carried out once the scene adopts the screen.
import titles from 'virtual:shipped-titles';
// The web fonts' rules come with this screen, as with the rest of the game: drawn without them, the title moved
// when they came (its bar of buttons wrapped onto a second row on a phone).
import './webFonts.ts';
import { locale } from '../i18n/intl.ts';
import type { Locale } from '../i18n/languages.ts';
import { nextStorySeed, readLaunchOptions } from '../play/launchOptions.ts';
import type { TitleLibrary } from '../play/storyCards.ts';
import { h } from '../ui/dom.ts';
import { trackFocus } from '../ui/focusPlace.ts';
import { titleFor, titleSpoken, trackFor, type TitleMoves } from '../ui/menuScreens.ts';
import type { TrackActions } from '../ui/trackScreen.ts';
import { relay } from './actionRelay.ts';
import { announcer, gameParent, openSettings, settings, speaksWantedLanguage } from './pageBasics.ts';

/** What a first visit opens with: the title, or the screen of the track the link names. */
export type FirstVisit = { kind: 'title' } | { kind: 'track'; trackId: string };

interface Drawn<Moves> {
  root: HTMLElement;
  host: HTMLElement;
  /** The buttons' actions, held until a scene adopts them: the screen built again (another language) uses them too. */
  actions: Moves;
  adopt(moves: Moves): void;
  /** The language the screen was drawn in: the page's may have changed before start.ts took it over. */
  drawnIn: Locale;
  /** start.ts hands over what loads the stage: called at once if a press is already waiting for it. */
  needStage(load: () => unknown): void;
  dismiss(): void;
}

export type EntryScreen =
  ({ kind: 'title' } & Drawn<TitleMoves>) | ({ kind: 'track'; trackId: string } & Drawn<TrackActions>);

/** The faces the screen is drawn in, whose files the entry asked for at once (src/app/fontPreload.ts). */
const FIRST_FACES = ['400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"', '600 1em Fredoka'];
/** How long the screen waits for them: past this (a slow connection) it is drawn in the fallbacks shaped like them. */
const FONT_WAIT_MS = 1000;

/** Resolves once the first screen's font files are in, or the wait is over. */
const firstFonts = (): Promise<unknown> =>
  Promise.race([
    Promise.all(FIRST_FACES.map((face) => document.fonts.load(face))).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS)),
  ]);

/** Places a built screen, with actions relayed to the scene that will adopt it. */
function drawn<Moves extends object>(
  direct: Partial<Moves>,
  build: (actions: Moves) => { root: HTMLElement; spoken: string },
): Drawn<Moves> {
  let loadStage: (() => unknown) | null = null;
  let waiting = false;
  const { actions, adopt } = relay<Moves>(direct, (text) => {
    announcer.say(text);
    waiting = true;
    loadStage?.();
  });
  const { root, spoken } = build(actions);
  const host = h('div', { class: 'screen-host early-host' }, root);
  gameParent.appendChild(host);
  // Where the focus is, should the language change before start.ts takes the screen over and draws it anew.
  trackFocus();
  announcer.say(spoken);
  return {
    root,
    host,
    actions,
    adopt,
    drawnIn: locale(),
    needStage(load) {
      loadStage = load;
      if (waiting) load();
    },
    dismiss: () => host.remove(),
  };
}

function drawTrack(library: TitleLibrary, trackId: string): EntryScreen | null {
  const track = library.tracks.find((t) => t.id === trackId);
  if (!track) return null;
  const titleOf = (id: string) => library.entries.find((e) => e.card?.id === id)?.card?.title ?? null;
  const screen = drawn<TrackActions>({}, (actions) => {
    const built = trackFor(track, [], titleOf, actions);
    return { root: built.screen, spoken: built.spoken };
  });
  screen.root.querySelector<HTMLElement>('#track-title')?.focus({ preventScroll: true });
  return { kind: 'track', trackId, ...screen };
}

/** Draws the screen, in English (its words are the entry's: ENGLISH_FIRST in src/i18n/catalog.ts). */
export async function showEntryScreen(first: FirstVisit): Promise<EntryScreen | null> {
  const library = titles;
  // A link to a track the site does not have is for start.ts, which says so: nothing waits for the fonts then.
  if (!library || (first.kind === 'track' && !library.tracks.some((t) => t.id === first.trackId))) return null;
  await firstFonts();
  if (!speaksWantedLanguage()) return null;
  if (first.kind === 'track') return drawTrack(library, first.trackId);
  const screen = drawn<TitleMoves>({ openSettings }, (actions) => ({
    root: titleFor(
      {
        library,
        progress: { current: null, attempts: [] },
        notices: settings.notices(),
        seed: nextStorySeed(readLaunchOptions(window.location.search)),
      },
      actions,
    ),
    spoken: titleSpoken(),
  }));
  return { kind: 'title', ...screen };
}
