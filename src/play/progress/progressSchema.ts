// The saved progress of one browser (or one exported file): the story in
// progress and every finished attempt. Versioned, so older saves can be migrated.
import { z } from '../../engine/zod.ts';
import { GRADES } from '../../engine/grading.ts';
import { PrincipleEvidence } from '../../engine/mastery.ts';
import { PlayStep } from '../../engine/playStep.ts';
import { MAX_TITLE } from '../../engine/limits.ts';

/**
 * The most steps one saved play may hold. A looping story can go on for ever, so no limit matches every
 * story; this one is far beyond any real play (a story of a few dozen beats) and still keeps a save small
 * (about 30 bytes a step). A play past it is kept aside on its own, never spoiling the rest of the save.
 */
export const MAX_PLAY_STEPS = 10_000;

export const PROGRESS_FORMAT = 'service-hero-progress';
export const PROGRESS_VERSION = 1;

const ScenarioRef = z.string().regex(/^[a-z0-9-]{1,100}$/, { error: 'a scenario id, like pub-caesar-dressing' });
const Seed = z.string().regex(/^[a-z0-9-]{1,64}$/i, { error: 'a seed of letters, digits and dashes' });
/**
 * Time limits that eased a play (the player's setting, src/play/settings/settingsStore.ts): 'off' when a timed beat
 * ran without a timer, 'double' when one ran twice as long. Absent: every timer ran as the story sets it.
 */
const EasedTimeLimits = z.enum(['off', 'double']).optional();
const Timestamp = z.iso.datetime({ error: 'a date and time, like 2026-11-24T10:00:00.000Z' });

export const InProgress = z.strictObject({
  scenarioId: ScenarioRef,
  trackId: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  seed: Seed,
  steps: z
    .array(PlayStep)
    .max(MAX_PLAY_STEPS, { error: `a play of at most ${MAX_PLAY_STEPS.toLocaleString('en')} steps` }),
  savedAt: Timestamp,
  /** The attempt's xAPI registration, so a resumed story keeps reporting under it. */
  registration: z.uuid().optional(),
  timeLimits: EasedTimeLimits,
});

export const Attempt = z.strictObject({
  scenarioId: ScenarioRef,
  title: z.string().min(1).max(MAX_TITLE),
  seed: Seed,
  steps: z
    .array(PlayStep)
    .max(MAX_PLAY_STEPS, { error: `a play of at most ${MAX_PLAY_STEPS.toLocaleString('en')} steps` }),
  grade: z.enum(GRADES),
  percent: z.number().min(0).max(100),
  endedAt: Timestamp,
  // At most a few principles per decision, so this bound follows the steps'.
  evidence: z.array(PrincipleEvidence).max(MAX_PLAY_STEPS * 5),
  /** Set when the play was an assessed story of a track (no rewinding). */
  trackId: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  timeLimits: EasedTimeLimits,
});

export const Progress = z.strictObject({
  format: z.literal(PROGRESS_FORMAT, {
    error: `this is not a Service Hero progress file (format should be "${PROGRESS_FORMAT}")`,
  }),
  version: z.literal(PROGRESS_VERSION),
  current: InProgress.nullable(),
  attempts: z.array(Attempt).max(10_000),
  /**
   * The language the game spoke when the file was exported (an RFC 5646 tag, like "es"), for whoever reads the
   * file; never in a browser's own save. Files from before the game spoke other languages have none.
   */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, { error: 'a language tag, like en or es' })
    .optional(),
  /** The name printed on certificates. */
  playerName: z.string().trim().min(1).max(80).optional(),
  /** A workshop's breakdown brainstorm, kept until the facilitator clears it. */
  brainstorm: z
    .array(z.strictObject({ breakdown: z.string().trim().min(1).max(300), role: z.string().max(80) }))
    .max(200)
    .optional(),
});

export type InProgress = z.infer<typeof InProgress>;
export type Attempt = z.infer<typeof Attempt>;
export type Progress = z.infer<typeof Progress>;

export const emptyProgress = (): Progress => ({
  format: PROGRESS_FORMAT,
  version: PROGRESS_VERSION,
  current: null,
  attempts: [],
});

/**
 * Brings an older save up to the current version, one version at a time. Each entry turns version
 * N into version N + 1; add one whenever the shape above changes, and keep the old ones.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type Migrated =
  { ok: true; data: unknown } | { ok: false; reason: 'newer' | 'unknown-version'; version: unknown };

export function migrate(raw: unknown): Migrated {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: true, data: raw };
  let data = raw as Record<string, unknown>;
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, data };
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer', version };
  for (let v = version; v < PROGRESS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'unknown-version', version };
    data = step(data);
  }
  return { ok: true, data };
}
