// A track: an ordered list of scenarios with a passing grade each, for new-hire
// onboarding. Written as a YAML file beside the scenarios, so a company can make its own;
// read by loadTrack.ts, kept apart so that playing a story never loads the YAML reader.
import { z } from './zod.ts';
import { Id } from './schema.ts';

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

export { passes, passingGrade, trackStanding, type TrackStanding } from './trackStanding.ts';
