// A track: an ordered list of scenarios with a passing grade each, for new-hire
// onboarding. Written as a YAML file beside the scenarios, so a company can make its own;
// read by loadTrack.ts, kept apart so that playing a story never loads the YAML reader.
import { z } from './zod.ts';
import { Id } from './schema.ts';
import { GRADES, type Grade } from './grading.ts';

const PassingGrade = z.enum(['A', 'B', 'C', 'D'], { error: 'a passing grade is A, B, C or D' });

export const Track = z.strictObject({
  format: z.literal(1, { error: 'format must be 1, the version this game reads' }),
  id: Id,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  /** The grade every story must reach unless it says otherwise. */
  pass: PassingGrade.default('C'),
  stories: z
    .array(z.strictObject({ scenario: Id, pass: PassingGrade.optional() }))
    .min(1, { error: 'a track needs at least one story' }),
});
export type Track = z.infer<typeof Track>;

/** A grade passes when it is at least as good as the bar (A best). */
export const passes = (grade: Grade, bar: Grade): boolean => GRADES.indexOf(grade) <= GRADES.indexOf(bar);

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
  track: Track,
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
