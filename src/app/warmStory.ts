// Starts downloading the story the page will most likely open (the one a link names, or the one a reload
// resumes) the moment the page's modules are fetched, so it arrives while the rest of the game's code runs
// rather than after. Which screen opens is still decided in start.ts; a second import of the same story
// module is the same download.
import { stories } from 'virtual:shipped-stories';
import { readLaunchOptions } from './launchOptions.ts';
import { PROGRESS_KEY } from './progress/progressKey.ts';

/** The id of the shipped, playable story a link names by its id or its file name, if there is one. */
export function playableStory(idOrFile: string): string | null {
  if (Object.hasOwn(stories, idOrFile)) return idOrFile;
  return Object.entries(stories).find(([, story]) => story.file === idOrFile)?.[0] ?? null;
}

/** The saved progress as stored, read once for the page's first module (null: none, or no storage to read). */
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
  try {
    const saved: unknown = JSON.parse(savedProgressText ?? 'null');
    const id = (saved as { current?: { scenarioId?: unknown } } | null)?.current?.scenarioId;
    return typeof id === 'string' ? playableStory(id) : null;
  } catch {
    return null; // unreadable: app/start.ts reports it
  }
}

const story = likelyStory();
if (story) void stories[story]!.load().catch(() => undefined);
