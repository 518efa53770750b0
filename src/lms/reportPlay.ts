// Follows one play of a story and tells the reporter what happened, once each:
// the start (or resume), each beat shown, each decision, the end, and a
// launched track's completion. Steps replayed from a save were reported
// before the reload, so only what happens from now on is news.
import type { BeatView, Grade, Scenario, StoryPlayer, Track } from '../engine/runtime.ts';
import { passingGrade, trackStanding } from '../engine/track.ts';
import { answeredFact, endedFact, playPassed, storyRef } from './playFacts.ts';
import type { PlayReporter } from './reporter.ts';

export interface PlayReportOptions {
  reporter: PlayReporter;
  scenario: Scenario;
  player: StoryPlayer;
  registration: string;
  /** The track this story is assessed in, if any. */
  track: Track | null;
  /** True when the play was rebuilt from saved steps (a reload or a rewind). */
  resumed: boolean;
  label(beat: string): string;
  /** Finished plays so far, this one included once it is recorded. */
  attempts(): readonly { scenarioId: string; grade: Grade; percent: number; trackId?: string | undefined }[];
  now(): Date;
  /** The time limits the play ran under at its most lenient (the player's setting); normal when not given. */
  timeLimits?(): 'normal' | 'off' | 'double';
}

export interface PlayReport {
  /** Call with every view the player shows, the first one included. */
  shown(view: BeatView): void;
}

export function reportPlay(options: PlayReportOptions): PlayReport {
  const { reporter, scenario, player, track } = options;
  const story = storyRef(scenario, track?.id ?? null, options.registration);
  const startedAt = options.now().getTime();
  let decisionsReported = player.context().decisions.length;
  let first = true;
  let ended = false;
  // A track already complete before this play was reported then; replays only add stories' results.
  const trackWasComplete = track
    ? trackStanding(
        track,
        options.attempts().filter((a) => a.trackId === track.id),
      ).every((s) => s.passed)
    : true;
  reporter.started(story, options.resumed);

  return {
    shown(view) {
      const context = player.context();
      while (decisionsReported < context.decisions.length) {
        decisionsReported += 1;
        reporter.answered(answeredFact(scenario, story, context, decisionsReported));
      }
      if (!(first && options.resumed)) reporter.beat(story, view.beat, options.label(view.beat));
      first = false;
      if (view.kind !== 'ending' || ended) return;
      ended = true;
      const report = player.report();
      const bar = passingGrade(track, scenario.id);
      const durationMs = options.now().getTime() - startedAt;
      reporter.ended(
        endedFact(story, report, playPassed(report, bar, reporter.masteryScore()), durationMs, options.timeLimits?.()),
      );
      if (!track || trackWasComplete) return;
      const attempts = options.attempts().filter((a) => a.trackId === track.id);
      const standing = trackStanding(track, attempts);
      if (!standing.every((s) => s.passed)) return;
      const best = standing.map((s) =>
        Math.max(0, ...attempts.filter((a) => a.scenarioId === s.scenario).map((a) => a.percent)),
      );
      reporter.trackFinished({
        id: track.id,
        title: track.title,
        percent: Math.round(best.reduce((sum, p) => sum + p, 0) / best.length),
        passed: true,
        durationMs,
        registration: options.registration,
      });
    },
  };
}
