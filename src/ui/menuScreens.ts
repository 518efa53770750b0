// The title and a track's screen as built from the library and the player's progress. The Title and Track
// scenes build them, and so does the page before Phaser has loaded (src/app/earlyScreens.ts), which the
// scene then adopts: one builder, so the screen a player sees early is the screen the stage joins.
import { storyFor } from '../play/assessedStories.ts';
import type { NextStorySeed } from '../play/launchOptions.ts';
import { playedStories } from '../play/progress/playedStories.ts';
import type { Attempt, Progress } from '../play/progress/progressSchema.ts';
import type { TitleLibrary } from '../play/storyCards.ts';
import { trackStanding } from '../engine/trackStanding.ts';
import type { Track } from '../engine/track.ts';
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

/** A track's screen, and what it says to a screen reader. */
export function trackFor(
  track: Track,
  attempts: readonly Pick<Attempt, 'scenarioId' | 'grade' | 'timeLimits' | 'trackId'>[],
  titleOf: (scenarioId: string) => string | null,
  moves: TrackActions,
): { screen: HTMLElement; spoken: string } {
  const standing = trackStanding(
    track,
    attempts.filter((a) => a.trackId === track.id),
  );
  const screen = trackScreen(track, standing, titleOf, moves);
  const passed = standing.filter((s) => s.passed).length;
  return { screen, spoken: t('track.spoken', { title: track.title, passed, total: standing.length }) };
}

/** A track of the library and its stories' titles: the track's own (shipped) stories, never a file opened with the same id. */
export function libraryTrack(
  library: Library,
  trackId: string,
): { track: Track; titleOf: (scenarioId: string) => string | null } | null {
  const track = library.tracks.find((t) => t.track?.id === trackId)?.track;
  return track ? { track, titleOf: (id) => storyFor(library, id, true)?.title ?? null } : null;
}
