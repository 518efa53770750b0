// Where a trainee stands on a track, from their finished plays. Apart from the track's schema (track.ts), so
// that a screen drawn before zod has loaded (a first visit's title or track, src/app/entryScreen.ts) can work it out.
import { GRADES, type Grade } from './grading.ts';

/** What a standing needs of a track: its stories in order, with the passing grade of each. */
export interface TrackPlan {
  pass: Grade;
  stories: readonly { scenario: string; pass?: Grade | undefined }[];
}

/** A grade passes when it is at least as good as the bar (A best). */
export const passes = (grade: Grade, bar: Grade): boolean => GRADES.indexOf(grade) <= GRADES.indexOf(bar);

/** The grade a play of a story must reach: its track's bar for it, the track's own, or (outside a track) a C. */
export const passingGrade = (track: TrackPlan | null | undefined, scenarioId: string): Grade =>
  track?.stories.find((s) => s.scenario === scenarioId)?.pass ?? track?.pass ?? 'C';

export interface TrackStanding {
  scenario: string;
  pass: Grade;
  /** The best grade reached in this track, if any. */
  best: Grade | null;
  /** The time limits that best grade was reached under, when they eased the play (absent: as the story sets them). */
  bestTimeLimits?: 'off' | 'double';
  passed: boolean;
  unlocked: boolean;
}

/** Where a trainee stands: a story unlocks once every story before it has passed. */
export function trackStanding(
  track: TrackPlan,
  attempts: readonly { scenarioId: string; grade: Grade; timeLimits?: 'off' | 'double' | undefined }[],
): TrackStanding[] {
  let open = true;
  // Among equal grades, one reached under the story's own time limits is the one shown: it says the most.
  const easing = (a: { timeLimits?: string | undefined }) => ['double', 'off'].indexOf(a.timeLimits ?? '') + 1;
  return track.stories.map((story) => {
    const bar = story.pass ?? track.pass;
    const ranked = attempts
      .filter((a) => a.scenarioId === story.scenario)
      .sort((a, b) => GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade) || easing(a) - easing(b));
    const top = ranked[0];
    const best = top?.grade ?? null;
    const passed = best !== null && passes(best, bar);
    const standing: TrackStanding = {
      scenario: story.scenario,
      pass: bar,
      best,
      passed,
      unlocked: open,
      ...(top?.timeLimits ? { bestTimeLimits: top.timeLimits } : {}),
    };
    open = open && passed;
    return standing;
  });
}
