// The title a first visit sees (src/app/firstVisit.ts), drawn by the page's entry as soon as this module has
// arrived, from the story cards made when the site was built (`virtual:shipped-titles`): no story, store,
// zod or XState is needed to show it. It is the title screen the rest of the game would draw, built by the
// same builder (src/ui/menuScreens.ts), so start.ts takes this very screen over (src/app/earlyScreens.ts),
// and the Title scene after it. A press that needs the stage meanwhile is held (src/app/actionRelay.ts) and
// carried out once the scene adopts the screen.
import titles from 'virtual:shipped-titles';
// The web fonts' rules come with this screen, as with the rest of the game: drawn without them, the title moved
// when they came (its bar of buttons wrapped onto a second row on a phone).
import './webFonts.ts';
import { locale } from '../i18n/intl.ts';
import type { Locale } from '../i18n/languages.ts';
import { nextStorySeed, readLaunchOptions } from '../play/launchOptions.ts';
import { h } from '../ui/dom.ts';
import { trackFocus } from '../ui/focusPlace.ts';
import { titleFor, titleSpoken, type TitleMoves } from '../ui/menuScreens.ts';
import { relay } from './actionRelay.ts';
import { announcer, gameParent, openSettings, settings, speaksWantedLanguage } from './pageBasics.ts';

export interface EntryTitle {
  root: HTMLElement;
  host: HTMLElement;
  /** The buttons' actions, held until a scene adopts them: a title built again (another language) uses them too. */
  actions: TitleMoves;
  adopt(moves: TitleMoves): void;
  /** The language the screen was drawn in: the page's may have changed before start.ts took it over. */
  drawnIn: Locale;
  /** start.ts hands over what loads the stage: called at once if a press is already waiting for it. */
  needStage(load: () => unknown): void;
  dismiss(): void;
}

/** The faces the title is drawn in, whose files the entry asked for at once (src/app/fontPreload.ts). */
const TITLE_FACES = ['400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"', '600 1em Fredoka'];
/** How long the title waits for them: past this (a slow connection) it is drawn in the fallbacks shaped like them. */
const FONT_WAIT_MS = 1000;

/** Resolves once the title's font files are in, or the wait is over. */
const titleFonts = (): Promise<unknown> =>
  Promise.race([
    Promise.all(TITLE_FACES.map((face) => document.fonts.load(face))).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS)),
  ]);

/** Draws the title, in English (its words are the entry's: ENGLISH_FIRST in src/i18n/catalog.ts). */
export async function showEarlyTitle(): Promise<EntryTitle | null> {
  await titleFonts();
  if (!titles || !speaksWantedLanguage()) return null;
  let loadStage: (() => unknown) | null = null;
  let waiting = false;
  const { actions, adopt } = relay<TitleMoves>({ openSettings }, (text) => {
    announcer.say(text);
    waiting = true;
    loadStage?.();
  });
  const root = titleFor(
    {
      library: titles,
      progress: { current: null, attempts: [] },
      notices: settings.notices(),
      seed: nextStorySeed(readLaunchOptions(window.location.search)),
    },
    actions,
  );
  const host = h('div', { class: 'screen-host early-host' }, root);
  gameParent.appendChild(host);
  // Where the focus is, should the language change before start.ts takes the screen over and draws it anew.
  trackFocus();
  announcer.say(titleSpoken());
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
