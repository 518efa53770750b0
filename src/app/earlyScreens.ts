// The title and a track link's screen, shown before Phaser has loaded, as a story link's story is: built
// from the library and the player's progress with the same builders the Title and Track scenes use
// (src/ui/menuScreens.ts), so the scene adopts this very screen when the stage arrives. A press that needs
// the stage meanwhile (a story, another screen) is held and carried out by the scene once, on adoption
// (src/app/actionRelay.ts).
import { libraryInPageLanguage, titleLibraryInPageLanguage } from '../play/storyTranslations.ts';
import type { EarlyScreen, GameServices } from '../game/services.ts';
import type { Catalogue } from '../engine/runtime.ts';
import type { Library } from '../engine/authoring.ts';
import type { FirstScreen } from '../play/firstScreen.ts';
import { h } from '../ui/dom.ts';
import { libraryTrack, titleSpoken, titleFor, trackFor, type TitleMoves } from '../ui/menuScreens.ts';
import type { TrackActions } from '../ui/trackScreen.ts';
import { relay } from './actionRelay.ts';
import { locale, onLocaleChange } from '../i18n/intl.ts';
import type { EntryScreen } from './entryScreen.ts';
import { focusPlace, refocusAfterDialog, trackFocus } from '../ui/focusPlace.ts';

type Services = Pick<GameServices, 'announcer' | 'progress' | 'settings' | 'nextStorySeed' | 'openSettings'>;

function placed(root: HTMLElement, parent: HTMLElement): HTMLElement {
  const host = h('div', { class: 'screen-host early-host' }, root);
  parent.appendChild(host);
  return host;
}

/** Shows a screen built again (another language) in the host's place of the old one, until its scene adopts it. */
function redrawn(screen: { root: HTMLElement; host: HTMLElement }, root: HTMLElement | null): void {
  if (!root || !screen.host.isConnected) return;
  screen.host.replaceChildren(root);
  screen.root = root;
}

/** Says a held press was heard, and asks for the stage that will carry it out. */
const holding = (services: Services, needStage: () => unknown) => (text: string) => {
  services.announcer.say(text);
  needStage();
};

export function earlyTitle(
  services: Services,
  library: Library & { catalogue: Catalogue },
  parent: HTMLElement,
  needStage: () => unknown,
  shown: (EntryScreen & { kind: 'title' }) | null = null,
): EarlyScreen {
  const own = shown ? null : relay<TitleMoves>({ openSettings: services.openSettings }, holding(services, needStage));
  const actions = shown?.actions ?? own!.actions;
  const build = () =>
    titleFor(
      {
        library: titleLibraryInPageLanguage(library),
        progress: services.progress.progress(),
        notices: [...services.progress.notices(), ...services.settings.notices()],
        seed: services.nextStorySeed,
      },
      actions,
    );
  // The entry's title (a first visit) is this screen already; any other is built and placed here.
  const root = shown?.root ?? build();
  const host = shown?.host ?? placed(root, parent);
  if (!shown) services.announcer.say(titleSpoken());
  const screen: EarlyScreen = {
    kind: 'title',
    root,
    host,
    adopt: shown?.adopt ?? own!.adopt,
    redraw: () => redrawn(screen, build()),
  };
  if (shown) takeOver(shown, screen, needStage);
  return screen;
}

/** The entry's screen, taken over: in a language changed before the rest of the game (the stories in it) arrived, drawn anew. */
function takeOver(shown: EntryScreen, screen: EarlyScreen, needStage: () => unknown): void {
  shown.needStage(needStage);
  if (shown.drawnIn === locale()) return;
  const place = focusPlace();
  screen.redraw();
  if (place) refocusAfterDialog(place);
}

export function earlyTrack(
  services: Services,
  library: Library,
  trackId: string,
  parent: HTMLElement,
  needStage: () => unknown,
  shown: (EntryScreen & { kind: 'track' }) | null = null,
): EarlyScreen | null {
  const own = shown ? null : relay<TrackActions>({}, holding(services, needStage));
  const actions = shown?.actions ?? own!.actions;
  const build = () => {
    const found = libraryTrack(libraryInPageLanguage(library), trackId);
    return found && trackFor(found.track, services.progress.progress().attempts, found.titleOf, actions);
  };
  let root = shown?.root;
  let host = shown?.host;
  if (!root || !host) {
    const built = build();
    if (!built) return null;
    root = built.screen;
    host = placed(root, parent);
    root.querySelector<HTMLElement>('#track-title')?.focus({ preventScroll: true });
    services.announcer.say(built.spoken);
  }
  const screen: EarlyScreen = {
    kind: 'track',
    trackId,
    root,
    host,
    adopt: shown?.adopt ?? own!.adopt,
    redraw: () => redrawn(screen, build()?.screen ?? null),
  };
  if (shown) takeOver(shown, screen, needStage);
  return screen;
}

/**
 * Redraws what the page shows before the stage in a new language, as the stage's scenes do theirs
 * (src/game/followLanguage.ts): the title or a track built again, or the early story's session drawn anew at
 * the same beat. Once a scene has taken one over, its host has left the page and the scene redraws it.
 */
export function followLanguageEarly(services: Pick<GameServices, 'earlyScreen' | 'earlyStory'>): () => void {
  const stopTracking = trackFocus();
  const stopListening = onLocaleChange(() => {
    const place = focusPlace();
    const { earlyScreen, earlyStory } = services;
    if (earlyScreen?.host.isConnected) earlyScreen.redraw();
    else if (earlyStory?.host.isConnected && earlyStory.host.contains(earlyStory.session.root)) {
      earlyStory.session.redraw();
      earlyStory.host.replaceChildren(earlyStory.session.root);
    } else return;
    if (place) refocusAfterDialog(place);
  });
  return () => {
    stopTracking();
    stopListening();
  };
}

/**
 * The early screen for what the page opens with, if it is the title or a track (null: the Preloader opens it).
 * `shown` is the title or track the page's entry drew on a first visit (src/app/entryScreen.ts), taken over as it is.
 */
export function earlyScreen(
  first: FirstScreen,
  services: Services,
  library: Library,
  parent: HTMLElement,
  needStage: () => unknown,
  shown: EntryScreen | null = null,
): EarlyScreen | null {
  const { catalogue } = library;
  if (first.kind === 'title') {
    const title = shown?.kind === 'title' ? shown : null;
    return catalogue ? earlyTitle(services, { ...library, catalogue }, parent, needStage, title) : null;
  }
  if (first.kind === 'track') {
    const track = shown?.kind === 'track' && shown.trackId === first.trackId ? shown : null;
    return earlyTrack(services, library, first.trackId, parent, needStage, track);
  }
  return null;
}
