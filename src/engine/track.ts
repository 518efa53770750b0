// A track: an ordered list of scenarios with a passing grade each, for new-hire
// onboarding. Written as a YAML file beside the scenarios, so a company can make its own.
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { loadYamlWithSchema } from './loadYaml.ts';
import { Id } from './schema.ts';
import type { Grade } from './scoring.ts';
import { didYouMean } from './suggest.ts';

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

export type TrackResult = { ok: true; track: Track } | { ok: false; errors: Diagnostic[] };

export function loadTrack(file: string, text: string, scenarioIds: readonly string[]): TrackResult {
  const loaded = loadYamlWithSchema(file, text, Track);
  if (!loaded.ok) return loaded;
  const { value: track, source } = loaded;
  const errors: Diagnostic[] = [];
  const seen = new Set<string>();
  track.stories.forEach((story, i) => {
    if (!scenarioIds.includes(story.scenario))
      errors.push(source.diagnostic(['stories', i, 'scenario'], `there is no scenario "${story.scenario}"${didYouMean(story.scenario, scenarioIds)}`));
    if (seen.has(story.scenario)) errors.push(source.diagnostic(['stories', i, 'scenario'], `"${story.scenario}" is in the track twice`));
    seen.add(story.scenario);
  });
  return errors.length ? { ok: false, errors } : { ok: true, track };
}

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
