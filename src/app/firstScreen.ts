// Which screen a page load opens with, from the address and the saved progress. Decided twice with the
// same rules: in main.ts from the small index of shipped stories (to start a story before Phaser has
// loaded), and in the Preloader from the whole library (which also knows broken files).
import type { StoryData } from '../game/services.ts';
import type { LaunchOptions } from './launchOptions.ts';
import type { InProgress } from './progress/progressSchema.ts';

export type FirstScreen = { kind: 'story'; data: StoryData } | { kind: 'track'; trackId: string } | { kind: 'errors'; file: string } | { kind: 'title' };

export interface KnownContent {
  /** The id of the playable story a link names by id or file name, if there is one. */
  playable(idOrFile: string): string | null;
  hasTrack(id: string): boolean;
  /** The broken file a link names by file name, if the caller knows of one. */
  broken(idOrFile: string): string | null;
}

export function firstScreen(launch: LaunchOptions, current: InProgress | null, content: KnownContent, newSeed: () => string): FirstScreen {
  // A story in progress resumes where it was left (a reload, a closed tab, a crash), unless the address asks for another.
  const launchAllows =
    current && (!launch.scenario || launch.scenario === current.scenarioId) && (!launch.seed || launch.seed === current.seed) && (!launch.track || launch.track === current.trackId);
  if (current && launchAllows && content.playable(current.scenarioId) === current.scenarioId) {
    return { kind: 'story', data: { scenarioId: current.scenarioId, seed: current.seed, steps: current.steps, trackId: current.trackId, registration: current.registration } };
  }
  if (launch.track && content.hasTrack(launch.track)) return { kind: 'track', trackId: launch.track };
  if (!launch.scenario) return { kind: 'title' };
  const id = content.playable(launch.scenario);
  if (id) return { kind: 'story', data: { scenarioId: id, seed: launch.seed ?? newSeed() } };
  const broken = content.broken(launch.scenario);
  return broken ? { kind: 'errors', file: broken } : { kind: 'title' };
}
