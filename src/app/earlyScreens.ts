// The title and a track link's screen, shown before Phaser has loaded, as a story link's story is: built
// from the library and the player's progress with the same builders the Title and Track scenes use
// (src/ui/menuScreens.ts), so the scene adopts this very screen when the stage arrives. A press that needs
// the stage meanwhile (a story, another screen) is held and carried out by the scene once, on adoption
// (src/app/actionRelay.ts).
import type { EarlyScreen, GameServices } from '../game/services.ts';
import type { Catalogue } from '../engine/runtime.ts';
import type { Library } from '../engine/authoring.ts';
import type { FirstScreen } from '../play/firstScreen.ts';
import { h } from '../ui/dom.ts';
import { titleSpoken, titleFor, trackFor, type TitleMoves } from '../ui/menuScreens.ts';
import type { TrackActions } from '../ui/trackScreen.ts';
import { relay } from './actionRelay.ts';

type Services = Pick<GameServices, 'announcer' | 'progress' | 'settings' | 'nextStorySeed' | 'openSettings'>;

function placed(root: HTMLElement, parent: HTMLElement): HTMLElement {
  const host = h('div', { class: 'screen-host early-host' }, root);
  parent.appendChild(host);
  return host;
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
): EarlyScreen {
  const { actions, adopt } = relay<TitleMoves>({ openSettings: services.openSettings }, holding(services, needStage));
  const root = titleFor(
    {
      library,
      progress: services.progress,
      settingsNotices: services.settings.notices(),
      seed: services.nextStorySeed,
    },
    actions,
  );
  const host = placed(root, parent);
  services.announcer.say(titleSpoken());
  return { kind: 'title', root, host, adopt };
}

export function earlyTrack(
  services: Services,
  library: Library,
  trackId: string,
  parent: HTMLElement,
  needStage: () => unknown,
): EarlyScreen | null {
  const { actions, adopt } = relay<TrackActions>({}, holding(services, needStage));
  const built = trackFor(library, services.progress, trackId, actions);
  if (!built) return null;
  const host = placed(built.screen, parent);
  built.screen.querySelector<HTMLElement>('#track-title')?.focus({ preventScroll: true });
  services.announcer.say(built.spoken);
  return { kind: 'track', trackId, root: built.screen, host, adopt };
}

/** The early screen for what the page opens with, if it is the title or a track (null: the Preloader opens it). */
export function earlyScreen(
  first: FirstScreen,
  services: Services,
  library: Library,
  parent: HTMLElement,
  needStage: () => unknown,
): EarlyScreen | null {
  const { catalogue } = library;
  if (first.kind === 'title')
    return catalogue ? earlyTitle(services, { ...library, catalogue }, parent, needStage) : null;
  if (first.kind === 'track') return earlyTrack(services, library, first.trackId, parent, needStage);
  return null;
}
