// The page's first program shows a linked story's opening beat at once: its text, its choices as working
// buttons, in the real story screen. The opening was worked out when the site was built (see
// src/engine/storyOpening.ts); on a reload of a play in progress, the beat it stands at is the one the
// story session kept as it drew it (src/play/resumeView.ts). Nothing here needs the engine, and the page's
// other code (the engine, XState, zod, the LMS clients) loads behind it. When the story session starts
// (src/app/start.ts), it takes this screen over as it is, mid-typing or not, and whatever the player did on
// it meanwhile (showing all the text, choosing) is handed to the session in order: the engine's actor still
// decides everything.
import { openings } from 'virtual:shipped-openings';
import { CHARS_PER_SECOND } from '../play/settings/settingsStore.ts';
import { openingStory } from '../play/firstScreen.ts';
import { readLaunchOptions } from '../play/launchOptions.ts';
import { announcer, gameParent, openSettings, settings, speaksWantedLanguage } from './pageBasics.ts';
import { playableStory } from './playableStory.ts';
import { maybeLmsLaunch, savedProgressText } from './warmStory.ts';
import { RESUME_VIEW_KEY, resumeViewFor, type ResumeScreenInfo } from '../play/resumeView.ts';
import { locale } from '../i18n/intl.ts';
import { connectScorm, findScormApi, holdsNoProgress } from '../lms/scorm/scormApi.ts';
import { orderChoices } from '../engine/choiceOrder.ts';
import { makeSeed } from '../engine/seededRandom.ts';
import type { BeatView } from '../engine/runtime.ts';
import { h } from '../ui/dom.ts';
import { spokenBeat } from '../ui/spokenBeat.ts';
import { StoryScreen, type StoryScreenHandlers } from '../ui/storyScreen.ts';

export interface Opening {
  scenarioId: string;
  /** The play's seed: the link's, or one made here, which the session then plays with. */
  seed: string;
  /** The saved steps a resumed play stands after; none for a story's opening. */
  steps: readonly unknown[];
  view: BeatView;
  screen: StoryScreen;
  /** The page's story host (`.early-host`), already on the page. */
  host: HTMLElement;
  /** The session takes over (see AdoptedOpening in src/ui/storySession.ts). */
  adopt(handlers: StoryScreenHandlers): (keep: boolean) => void;
  /** The page opens something else after all. */
  dismiss(): void;
}

/** What the early screen shows: a story's opening, or the beat a play in progress stands at. */
interface EarlyBeat {
  scenarioId: string;
  seed: string;
  steps: readonly unknown[];
  info: ResumeScreenInfo;
  view: BeatView;
  moments: readonly { label: string; steps: number }[];
}

/**
 * The story a SCORM launch opens at its start: a launch that names a story (with its seed, if any, and nothing
 * else) into an LMS that holds none of this learner's progress, which only the LMS's session can say. The
 * session started here is the one the reporter then uses (connectScorm). The plain save in this browser is
 * not this learner's, so it is not read.
 */
function scormOpeningStory(search: string): string | null {
  const params = new URLSearchParams(search);
  const version = params.get('scorm');
  if (version !== '1.2' && version !== '2004') return null;
  params.delete('scorm');
  const scenarioId = openingStory(`?${params.toString()}`, null, playableStory);
  if (scenarioId === null) return null;
  const api = findScormApi(window, version);
  const log = (message: string) => console.warn(`[LMS] ${message}`);
  const scorm = api && connectScorm(api, version, log);
  return scorm && holdsNoProgress(scorm) ? scenarioId : null;
}

/** A story link's opening beat, worked out when the site was built. */
function storyOpening(): EarlyBeat | null {
  const search = window.location.search;
  const scenarioId = openingStory(search, savedProgressText, playableStory) ?? scormOpeningStory(search);
  const opening = scenarioId !== null && Object.hasOwn(openings, scenarioId) ? openings[scenarioId] : undefined;
  if (scenarioId === null || !opening) return null;
  // The seed is chosen here, not when the session starts, because it decides the order of the choices on show.
  const seed = readLaunchOptions(window.location.search).seed ?? makeSeed(Math.random);
  const view = {
    ...opening.view,
    choices: orderChoices(opening.view.choices, seed, opening.view.beat, (c) => opening.pinned.includes(c.id)),
  };
  const { title, role, place, customerName } = opening;
  return { scenarioId, seed, steps: [], info: { title, role, place, customerName }, view, moments: [] };
}

/**
 * The beat a play in progress stands at, as the story session last drew it (src/play/resumeView.ts), on a reload
 * of the bare address outside any LMS: there firstScreen surely resumes that play.
 */
function resumedBeat(): EarlyBeat | null {
  if (window.location.search !== '' || maybeLmsLaunch()) return null;
  let viewText: string | null;
  try {
    viewText = window.localStorage.getItem(RESUME_VIEW_KEY);
  } catch {
    return null;
  }
  const kept = resumeViewFor(savedProgressText, viewText, locale());
  return kept && playableStory(kept.scenarioId) === kept.scenarioId ? kept : null;
}

function showOpening(): Opening | null {
  // A page in another language than English waits for its words, and so starts with the rest of the game.
  if (!speaksWantedLanguage()) return null;
  const early = storyOpening() ?? resumedBeat();
  if (!early) return null;
  const { scenarioId, seed, steps, view, info } = early;

  let target: StoryScreenHandlers | null = null;
  const waiting: ((handlers: StoryScreenHandlers) => void)[] = [];
  const pass = (call: (handlers: StoryScreenHandlers) => void) => (target ? call(target) : waiting.push(call));
  const screen = new StoryScreen(
    {
      ...info,
      charsPerSecond: () => CHARS_PER_SECOND[settings.settings().revealSpeed],
      openSettings,
      firstBeatAtOnce: true,
    },
    {
      choose: (id) => pass((h) => h.choose(id)),
      continueStory: () => pass((h) => h.continueStory()),
      finish: () => pass((h) => h.finish()),
      revealed: (kind) => pass((h) => h.revealed(kind)),
      seen: (kind) => pass((h) => h.seen(kind)),
      rewind: (steps) => pass((h) => h.rewind(steps)),
      quit: () => pass((h) => h.quit()),
    },
  );
  const host = h('div', { class: 'screen-host early-host' }, screen.root);
  // As in the session: a click beside the story's panels shows all the text, and the keys play.
  const onPointer = (event: PointerEvent) => event.target === host && screen.skipReveal();
  const onKey = (event: KeyboardEvent) => screen.handleKey(event);
  host.addEventListener('pointerdown', onPointer);
  document.addEventListener('keydown', onKey);
  let frame = 0;
  const tick = () => {
    screen.tick();
    frame = requestAnimationFrame(tick);
  };
  // Filled in before it is placed, so the page is laid out once, with the beat in it.
  if (early.moments.length) screen.setMoments(early.moments);
  screen.setMood(view.mood, view.customerExpression);
  screen.showBeat(view, false);
  gameParent.appendChild(host);
  announcer.say(spokenBeat(view, null));
  frame = requestAnimationFrame(tick);
  const release = () => {
    cancelAnimationFrame(frame);
    document.removeEventListener('keydown', onKey);
    host.removeEventListener('pointerdown', onPointer);
  };
  return {
    scenarioId,
    seed,
    steps,
    view,
    screen,
    host,
    adopt(handlers) {
      release();
      const before = waiting.splice(0);
      target = handlers;
      return (keep) => {
        if (keep) for (const call of before) call(handlers);
      };
    },
    dismiss() {
      release();
      host.remove();
    },
  };
}

/** The opening on show, if this page load has one; null when anything about it is not plain (see openingStory). */
export const opening: Opening | null = (() => {
  try {
    return showOpening();
  } catch (error) {
    console.warn('[opening] the story opening could not be shown; the story starts with the rest of the game', error);
    document.querySelector('.early-host')?.remove();
    return null;
  }
})();
