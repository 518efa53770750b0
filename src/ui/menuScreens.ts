// The title and a track's screen as built from the library and the player's progress. The Title and Track
// scenes build them, and so does the page before Phaser has loaded (src/app/earlyScreens.ts), which the
// scene then adopts: one builder, so the screen a player sees early is the screen the stage joins.
import { storyFor } from '../play/assessedStories.ts';
import type { NextStorySeed } from '../play/launchOptions.ts';
import { playedStories } from '../play/progress/playedStories.ts';
import type { Progress } from '../play/progress/progressSchema.ts';
import type { ProgressStore } from '../play/progress/progressStore.ts';
import type { TitleLibrary } from '../play/storyCards.ts';
import { trackStanding } from '../engine/trackStanding.ts';
import type { Scenario } from '../engine/runtime.ts';
import type { Library } from '../engine/authoring.ts';
import { t } from '../i18n/intl.ts';
import { titleScreen, type TitleActions } from './titleScreen.ts';
import { trackScreen, type TrackActions } from './trackScreen.ts';

/** What the title's buttons do, the saved play's Continue and Discard among them. */
export interface TitleMoves extends TitleActions {
  resume(): void;
  discard(): void;
}

export interface TitleSources {
  library: TitleLibrary;
  /** The player's saved progress, and what they must be told about it and their settings. */
  progress: Pick<Progress, 'current' | 'attempts'>;
  notices: readonly string[];
  seed: NextStorySeed;
}

/** What the title says to a screen reader as it opens, in the language of the moment. */
export const titleSpoken = (): string => t('title.spoken');

export function titleFor({ library, progress, notices, seed }: TitleSources, moves: TitleMoves): HTMLElement {
  const { current, attempts } = progress;
  const scenario = current && library.entries.find((e) => e.card?.id === current.scenarioId)?.card;
  return titleScreen(library, moves, {
    notices,
    attempts: attempts.length,
    played: playedStories(attempts),
    seed,
    tracks: library.tracks.map((track) => {
      const standing = trackStanding(
        track,
        attempts.filter((a) => a.trackId === track.id),
      );
      return {
        id: track.id,
        title: track.title,
        summary: track.summary,
        passed: standing.filter((s) => s.passed).length,
        total: standing.length,
      };
    }),
    resume:
      current && scenario
        ? {
            title: scenario.title,
            savedAt: current.savedAt,
            resume: () => moves.resume(),
            discard: () => moves.discard(),
          }
        : null,
  });
}

/** A track's screen, and what it says to a screen reader; null for a track the library does not have. */
export function trackFor(
  library: Library,
  progress: ProgressStore,
  trackId: string,
  moves: TrackActions,
): { screen: HTMLElement; spoken: string } | null {
  const track = library.tracks.find((t) => t.track?.id === trackId)?.track;
  if (!track) return null;
  const standing = trackStanding(
    track,
    progress.progress().attempts.filter((a) => a.trackId === track.id),
  );
  // The track's own (shipped) stories, never a file opened with the same id.
  const scenarios = new Map<string, Scenario>();
  for (const { scenario: id } of track.stories) {
    const scenario = storyFor(library, id, true);
    if (scenario) scenarios.set(id, scenario);
  }
  const screen = trackScreen(track, standing, scenarios, moves);
  const passed = standing.filter((s) => s.passed).length;
  return { screen, spoken: t('track.spoken', { title: track.title, passed, total: standing.length }) };
}
