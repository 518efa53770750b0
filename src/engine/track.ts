// A track: an ordered list of scenarios with a passing grade each, for new-hire
// onboarding. Written as a YAML file beside the scenarios, so a company can make its own;
// read by loadTrack.ts, kept apart so that playing a story never loads the YAML reader.
import { z } from 'zod';
import { Id } from './schema.ts';
import type { Grade } from './scoring.ts';

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
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
  passed: boolean;
  unlocked: boolean;
}

/** Where a trainee stands: a story unlocks once every story before it has passed. */
export function trackStanding(track: Track, attempts: readonly { scenarioId: string; grade: Grade }[]): TrackStanding[] {
  let open = true;
  return track.stories.map((story) => {
    const bar = story.pass ?? track.pass;
    const grades = attempts.filter((a) => a.scenarioId === story.scenario).map((a) => a.grade);
    const best = grades.length ? [...grades].sort((a, b) => GRADES.indexOf(a) - GRADES.indexOf(b))[0]! : null;
    const passed = best !== null && passes(best, bar);
    const standing = { scenario: story.scenario, pass: bar, best, passed, unlocked: open };
    open = open && passed;
    return standing;
  });
}
