// Which screen a page load opens with, from the address and the saved progress. Decided twice with the
// same rules: in start.ts from the small index of shipped stories (to start a story before Phaser has
// loaded), and in the Preloader from the whole library (which also knows broken files). openingStory, at
// the end, is the narrow case the page's first program may act on before either.
import type { StoryData } from './sceneData.ts';
import { readLaunchOptions, type LaunchOptions } from './launchOptions.ts';
import type { Library } from '../engine/authoring.ts';
import type { InProgress } from './progress/progressSchema.ts';

export type FirstScreen =
  | { kind: 'story'; data: StoryData }
  | { kind: 'track'; trackId: string }
  | { kind: 'errors'; file: string }
  | { kind: 'studio' }
  | { kind: 'insights' }
  | { kind: 'title' };

export interface KnownContent {
  /** The id of the playable story a link names by id or file name, if there is one. */
  playable(idOrFile: string): string | null;
  hasTrack(id: string): boolean;
  /** The broken file a link names by file name, if the caller knows of one. */
  broken(idOrFile: string): string | null;
}

/** What the whole library knows: playable stories by id or file name, its tracks, and its broken files. */
export function libraryContent(library: Library): KnownContent {
  const entryFor = (idOrFile: string) =>
    library.entries.find((e) => e.scenario?.id === idOrFile || e.file.endsWith(`/${idOrFile}.yaml`));
  return {
    playable: (idOrFile) => entryFor(idOrFile)?.scenario?.id ?? null,
    hasTrack: (id) => library.tracks.some((t) => t.track?.id === id),
    broken: (idOrFile) => entryFor(idOrFile)?.file ?? null,
  };
}

export function firstScreen(
  launch: LaunchOptions,
  current: InProgress | null,
  content: KnownContent,
  newSeed: () => string,
): FirstScreen {
  // An author's bookmark to the studio opens it whatever is saved: a play in progress waits on the title.
  if (launch.studio) return { kind: 'studio' };
  // So is a trainer's bookmark to Insights.
  if (launch.insights) return { kind: 'insights' };
  // A story in progress resumes where it was left (a reload, a closed tab, a crash), unless the address asks for another.
  const launchAllows =
    current &&
    (!launch.scenario || launch.scenario === current.scenarioId) &&
    (!launch.seed || launch.seed === current.seed) &&
    (!launch.track || launch.track === current.trackId);
  if (current && launchAllows && content.playable(current.scenarioId) === current.scenarioId) {
    return {
      kind: 'story',
      data: resumedStory(current),
    };
  }
  if (launch.track && content.hasTrack(launch.track)) return { kind: 'track', trackId: launch.track };
  if (!launch.scenario) return { kind: 'title' };
  const id = content.playable(launch.scenario);
  if (id) return { kind: 'story', data: { scenarioId: id, seed: launch.seed ?? newSeed() } };
  const broken = content.broken(launch.scenario);
  return broken ? { kind: 'errors', file: broken } : { kind: 'title' };
}

/**
 * The story whose opening beat the page's first program may show before the rest of the game has loaded
 * (src/app/opening.ts), or null. Only where the rules above surely open that story at its start: a plain
 * story link (no track, no LMS launch) while no play is in progress. A save to resume, or one that cannot
 * be read, waits for firstScreen and the progress store, which know what to do with it.
 */
export function openingStory(
  search: string,
  savedProgress: string | null,
  playable: (idOrFile: string) => string | null,
): string | null {
  const params = [...new URLSearchParams(search).keys()];
  // The link's language (?lang=) changes only the words: the opening waits for them (src/app/opening.ts).
  if (params.some((name) => name !== 'scenario' && name !== 'seed' && name !== 'lang')) return null;
  const launch = readLaunchOptions(search);
  if (!launch.scenario) return null;
  if (savedProgress !== null) {
    try {
      const saved: unknown = JSON.parse(savedProgress);
      const current = typeof saved === 'object' && saved !== null && 'current' in saved ? saved.current : undefined;
      if (current !== null && current !== undefined) return null;
    } catch {
      return null;
    }
  }
  return playable(launch.scenario);
}

/** The story a saved play resumes: its seed and steps rebuild it exactly, under its own track and registration. */
export function resumedStory(current: InProgress): StoryData {
  return {
    scenarioId: current.scenarioId,
    seed: current.seed,
    steps: current.steps,
    trackId: current.trackId,
    registration: current.registration,
  };
}
