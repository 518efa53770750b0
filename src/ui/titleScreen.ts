// The title screen: what the game is, then the stories (a learner's first business), then the onboarding
// tracks and the facilitator's workshop, each a jump away from the top. Dropping a story file anywhere
// on it opens that file.
import type { NextStorySeed } from '../play/launchOptions.ts';
import type { PlayedStory } from '../play/progress/playedStories.ts';
import type { TitleEntry, TitleLibrary } from '../play/storyCards.ts';
import { t } from '../i18n/intl.ts';
import { button, h, onFilesDropped, storyFileInput } from './dom.ts';
import { storyWords, tParts, whenSaved } from './messageParts.ts';
import { storyLibrary } from './titleLibrary.ts';
import { seedNotice, tracksCard, workshopCard, type TrackSummary, type WorkshopActions } from './titleSections.ts';
import './titleScreen.css';

export interface TitleActions extends WorkshopActions {
  play(entry: TitleEntry): void;
  showErrors(entry: TitleEntry): void;
  showProfile(): void;
  openTrack(trackId: string): void;
  /** A scenario file chosen or dropped by the player. */
  openFile(file: File): void;
  openSettings(): void;
  /** The story studio, to write a story. */
  openStudio(): void;
}

export interface TitleExtras {
  /** Things the player must know, such as a save kept aside or storage that will not keep progress. */
  notices: readonly string[];
  /** The story in progress, if any, with what resuming and discarding it do. */
  resume: { title: string; savedAt: string; resume(): void; discard(): void } | null;
  attempts: number;
  tracks: TrackSummary[];
  /** The player's finished plays of each story, by story id, for the badges on the cards. */
  played: ReadonlyMap<string, PlayedStory>;
  /** A seed from the address waiting for the next story started here. */
  seed: NextStorySeed;
}

export function titleScreen(library: TitleLibrary, actions: TitleActions, extras: TitleExtras): HTMLElement {
  const fileInput = storyFileInput('scenario-file', t('title.fileInput'), (file) => actions.openFile(file));

  const tracks = tracksCard(extras.tracks, actions.openTrack);
  const workshop = workshopCard(library, actions, extras.seed);
  const heading = h('h1', { tabindex: -1 }, t('common.appName'));
  const screen = h(
    'div',
    { class: 'screen title-screen' },
    h('header', { class: 'brand' }, heading, h('p', {}, t('title.tagline'))),
    h(
      'nav',
      { class: 'title-bar', 'aria-label': t('title.nav') },
      button(t('title.progress', { count: extras.attempts }), actions.showProfile, { class: 'button' }),
      button(t('common.settings'), actions.openSettings, { class: 'button' }),
      ...jumpButtons(tracks, workshop),
    ),
    extras.notices.length > 0 &&
      h('section', { class: 'card notices', role: 'alert' }, ...extras.notices.map((n) => h('p', {}, n))),
    seedNotice(extras.seed),
    extras.resume &&
      h(
        'section',
        { class: 'card resume', 'aria-labelledby': 'resume-title' },
        h('h2', { id: 'resume-title' }, ...tParts('title.resume.heading', { title: storyWords(extras.resume.title) })),
        h('p', {}, t('title.resume.saved', { savedAt: whenSaved(extras.resume.savedAt) })),
        h(
          'div',
          { class: 'debrief-actions' },
          button(t('title.resume.continue'), extras.resume.resume, { class: 'button primary' }),
          button(t('title.resume.discard'), extras.resume.discard, { class: 'button' }),
        ),
      ),
    h(
      'section',
      { class: 'card library', 'aria-labelledby': 'library-title' },
      h('div', { class: 'library-head' }, h('h2', { id: 'library-title' }, t('title.library.heading'))),
      ...storyLibrary(library, extras.played, actions),
      h('p', { class: 'how-to' }, t('title.howTo')),
      // For authors, after the stories a learner came for.
      h(
        'div',
        { class: 'own-story' },
        h('p', {}, t('title.ownStory')),
        h(
          'div',
          { class: 'own-story-actions' },
          button(t('title.writeStory'), actions.openStudio, { class: 'button' }),
          button(t('title.openFile'), () => fileInput.click(), { class: 'button' }),
        ),
        fileInput,
      ),
    ),
    tracks,
    workshop,
  );
  // Dropping a scenario file anywhere on the title screen opens it.
  onFilesDropped(screen, (transfer) => {
    const file = transfer.files[0];
    if (file) actions.openFile(file);
  });
  focusOnReturn(screen, heading);
  return screen;
}

/**
 * The sections below the stories, a press away from the top: a facilitator at a projector goes straight to
 * the workshop without scrolling past the library. Focus moves to the section's heading, so the next Tab
 * continues from there.
 */
function jumpButtons(...sections: (HTMLElement | null)[]): HTMLElement[] {
  return sections.flatMap((section) => {
    const heading = section?.querySelector<HTMLElement>('h2');
    if (!section || !heading) return [];
    const jump = () => {
      section.scrollIntoView({
        block: 'start',
        behavior: document.documentElement.dataset['motion'] === 'reduced' ? 'auto' : 'smooth',
      });
      heading.focus({ preventScroll: true });
    };
    return [button(t('title.jump', { section: heading.textContent ?? '' }), jump, { class: 'button jump' })];
  });
}

/** Whether anything on the page has had focus yet: not on a fresh page, where the title is the first screen. */
let focusSeen = false;
if (typeof document !== 'undefined') document.addEventListener('focusin', () => (focusSeen = true), { once: true });

/**
 * Coming back here from another screen, the control that was focused has gone with that screen and focus
 * falls to the page; it goes to the top of this screen instead, so the next Tab starts from there. On a
 * fresh page focus is left where the browser puts it, with no ring drawn round the game's name.
 */
function focusOnReturn(screen: HTMLElement, heading: HTMLElement): void {
  if (!focusSeen) return;
  let frames = 0;
  const attempt = () => {
    // The screen is placed on the page just after it is built.
    if (!screen.isConnected) {
      if (++frames < 10) requestAnimationFrame(attempt);
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body) heading.focus({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}
