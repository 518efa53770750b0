// Starts downloading the story the page will most likely open (the one a link names, or the one a reload
// resumes), or the library for any other first screen, when the entry asks for the rest of the game, so the
// two arrive together rather than one after the other. Which screen opens is still decided in start.ts; a
// second import of the same module is the same download.
import { stories } from 'virtual:shipped-stories';
import { readLaunchOptions } from '../play/launchOptions.ts';
import { playableStory } from './playableStory.ts';
import { PROGRESS_KEY } from '../play/progress/progressKey.ts';

/**
 * Whether an LMS may have launched this page: its launch parameters, or a page in a frame or opened by
 * another (an LMS that drops the parameters still frames or opens its SCO). The plain save then belongs
 * to someone else, perhaps another learner on a shared computer: start.ts opens this learner's own.
 */
export function maybeLmsLaunch(): boolean {
  const params = new URLSearchParams(window.location.search);
  if (['scorm', 'endpoint', 'fetch'].some((name) => params.has(name))) return true;
  try {
    return window.top !== window.self || !!window.opener;
  } catch {
    return true; // a frame from another origin
  }
}

/**
 * The saved progress as stored, read once for the page's first program (null: none, or no storage to read).
 * The opening (src/app/opening.ts) shows nothing from it under an LMS launch: openingStory refuses any
 * address with more than a story and a seed, and an LMS that drops its parameters names no story.
 */
export const savedProgressText: string | null = (() => {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null; // unavailable: app/start.ts reports it
  }
})();

function likelyStory(): string | null {
  const wanted = readLaunchOptions(window.location.search).scenario;
  if (wanted) return playableStory(wanted);
  if (maybeLmsLaunch()) return null;
  try {
    const saved: unknown = JSON.parse(savedProgressText ?? 'null');
    const id = (saved as { current?: { scenarioId?: unknown } } | null)?.current?.scenarioId;
    return typeof id === 'string' ? playableStory(id) : null;
  } catch {
    return null; // unreadable: app/start.ts reports it
  }
}

/** Starts downloading the likely story, or else the whole library, which the title and a track are drawn from. */
export function warmStory(): void {
  const story = likelyStory();
  if (story) void stories[story]!.load().catch(() => undefined);
  // Asked for here, beside the rest of the game, rather than by start.ts once that has arrived: one round of requests fewer.
  else void import('virtual:shipped-library').catch(() => undefined);
}
