// The player's progress, small enough for SCORM 1.2's 4,096-character
// suspend_data: the story in progress (its seed and steps, which rebuild it
// exactly) and the grades of finished plays. Choice ids are kept as written,
// so a saved play still replays after stories are reordered.
import { z } from '../../engine/zod.ts';
import { GRADES, type Grade } from '../../engine/grading.ts';
import type { PlayStep } from '../../engine/runtime.ts';
import { t } from '../../i18n/intl.ts';

const Step = z.string().regex(/^(\.|!|[a-z0-9-]{1,100})$/);
const Kept = z.strictObject({
  v: z.literal(1),
  /** The story in progress: scenario, track, seed, steps, registration. */
  c: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]).nullable(),
  /** Finished plays: scenario, track, seed, grade, percent, ended at (ISO). */
  a: z.array(z.tuple([z.string(), z.string(), z.string(), z.enum(GRADES), z.number().min(0).max(100), z.string()])),
});

export interface KeptProgress {
  current: {
    scenarioId: string;
    trackId: string | null;
    seed: string;
    steps: PlayStep[];
    registration: string | null;
  } | null;
  attempts: {
    scenarioId: string;
    trackId: string | null;
    seed: string;
    grade: Grade;
    percent: number;
    endedAt: string;
  }[];
}

const encodeSteps = (steps: readonly PlayStep[]) =>
  steps.map((s) => (s.kind === 'continue' ? '.' : s.kind === 'timeout' ? '!' : s.id)).join(' ');
const decodeSteps = (text: string): PlayStep[] =>
  text
    ? text
        .split(' ')
        .map((s): PlayStep =>
          s === '.' ? { kind: 'continue' } : s === '!' ? { kind: 'timeout' } : { kind: 'choose', id: s },
        )
    : [];

/**
 * Encodes within `limit` characters. When too long, the oldest finished plays go first,
 * but never the best one of each story, which a track's standing needs.
 */
export function encodeKept(kept: KeptProgress, limit: number): string {
  const c = kept.current
    ? ([
        kept.current.scenarioId,
        kept.current.trackId ?? '',
        kept.current.seed,
        encodeSteps(kept.current.steps),
        kept.current.registration ?? '',
      ] as const)
    : null;
  let attempts = kept.attempts.map(
    (a) => [a.scenarioId, a.trackId ?? '', a.seed, a.grade, a.percent, a.endedAt] as const,
  );
  const text = () => JSON.stringify({ v: 1, c, a: attempts });
  while (text().length > limit && attempts.length) {
    const best = new Map<string, number>();
    attempts.forEach((a, i) => {
      const j = best.get(a[0]);
      if (j === undefined || attempts[j]![4] < a[4]) best.set(a[0], i);
    });
    const drop = attempts.findIndex((_, i) => ![...best.values()].includes(i));
    if (drop === -1) break;
    attempts = attempts.filter((_, i) => i !== drop);
  }
  const result = text();
  if (result.length > limit)
    throw new Error(`the progress needs ${result.length} characters, over the LMS's limit of ${limit}`);
  return result;
}

/** Null for empty data; a reason for data that is not ours or is damaged. */
export function decodeKept(text: string): { ok: true; kept: KeptProgress | null } | { ok: false; why: string } {
  if (!text.trim()) return { ok: true, kept: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, why: t('lms.kept.notJson') };
  }
  const parsed = Kept.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      why: t('lms.kept.unexpected', { detail: parsed.error.issues[0]?.message ?? 'unknown' }),
    };
  const { c, a } = parsed.data;
  if (c && !c[3].split(' ').every((s) => !s || Step.safeParse(s).success))
    return { ok: false, why: t('lms.kept.damaged') };
  return {
    ok: true,
    kept: {
      current: c
        ? { scenarioId: c[0], trackId: c[1] || null, seed: c[2], steps: decodeSteps(c[3]), registration: c[4] || null }
        : null,
      attempts: a.map(([scenarioId, trackId, seed, grade, percent, endedAt]) => ({
        scenarioId,
        trackId: trackId || null,
        seed,
        grade,
        percent,
        endedAt,
      })),
    },
  };
}
