// Reads a saved progress text. A stored save is read play by play: one play that does not fit (a looping
// story's endless play, a damaged entry) is left out and named, and every other play is kept. An imported
// file is checked whole, so its author sees every problem with its line before anything is merged.
import { z } from '../../engine/zod.ts';
import { t } from '../../i18n/intl.ts';
import { Attempt, InProgress, migrate, Progress, PROGRESS_VERSION } from './progressSchema.ts';

export type DescribeProblems = (file: string, text: string) => string[];

/** A play left out of a save, in words a player can follow. */
export interface LeftOut {
  what: string;
  why: string;
}

export type Read = { ok: true; progress: Progress; leftOut: LeftOut[] } | { ok: false; why: string; errors: string[] };

/** The save's outer shape, with its plays still unchecked so each can be checked on its own. */
const Shell = Progress.extend({ current: z.unknown(), attempts: z.array(z.unknown()).max(10_000) });

function parse(
  file: string,
  text: string,
): { ok: true; data: unknown; parsed: unknown } | { ok: false; why: string; errors: string[]; notJson?: true } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const errors = [t('profile.file.notJsonShort', { where: file })];
    return { ok: false, why: t('profile.file.notValidJson'), errors, notJson: true };
  }
  const migrated = migrate(parsed);
  if (migrated.ok) return { ok: true, data: migrated.data, parsed };
  const why =
    migrated.reason === 'newer'
      ? t('profile.file.newer', { version: String(migrated.version), supported: String(PROGRESS_VERSION) })
      : t('profile.file.unknownVersion', { version: String(migrated.version) });
  return { ok: false, why, errors: [`${file}: ${why}`] };
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue
    ? `${issue.path.join('.') || t('profile.file.theEntry')}: ${issue.message}`
    : t('profile.file.doesNotFit');
};

/** A stored save: every play that fits is kept, and each one that does not is listed in `leftOut`. */
export function readSave(file: string, text: string): Read {
  const parsed = parse(file, text);
  if (!parsed.ok) return parsed;
  const shell = Shell.safeParse(parsed.data);
  if (!shell.success) {
    const errors = shell.error.issues
      .slice(0, 5)
      .map((issue) => `${file}: ${issue.path.join('.') || t('profile.file.theFile')}: ${issue.message}`);
    return { ok: false, why: t('profile.file.unexpected'), errors };
  }
  const leftOut: LeftOut[] = [];
  const attempts = shell.data.attempts.flatMap((raw, i) => {
    const checked = Attempt.safeParse(raw);
    if (checked.success) return [checked.data];
    leftOut.push({ what: finishedPlay(i + 1, raw), why: firstIssue(checked.error) });
    return [];
  });
  const current = InProgress.nullable().safeParse(shell.data.current ?? null);
  if (!current.success) leftOut.push({ what: t('profile.file.storyInProgress'), why: firstIssue(current.error) });
  return { ok: true, progress: { ...shell.data, attempts, current: current.success ? current.data : null }, leftOut };
}

function finishedPlay(number: number, raw: unknown): string {
  const title = typeof raw === 'object' && raw !== null && 'title' in raw ? raw.title : undefined;
  return typeof title === 'string'
    ? t('profile.file.finishedPlayTitled', { number, title: title.slice(0, 60) })
    : t('profile.file.finishedPlay', { number });
}

/** An imported file, checked whole: `describe` explains a file that does not fit, line by line. */
export function readProgressFile(file: string, text: string, describe?: DescribeProblems): Read {
  const parsed = parse(file, text);
  // Text that is not JSON at all: `describe` can say where it stops being JSON.
  if (!parsed.ok) return parsed.notJson && describe ? { ...parsed, errors: describe(file, text) } : parsed;
  // Unmigrated files are checked as written, so line numbers point into the file the player has.
  const source = parsed.data === parsed.parsed ? text : JSON.stringify(parsed.data, null, 2);
  const checked = Progress.safeParse(parsed.data);
  if (checked.success) return { ok: true, progress: checked.data, leftOut: [] };
  const errors = describe?.(file, source) ?? [];
  const fallback = checked.error.issues
    .slice(0, 5)
    .map((issue) => `${file}: ${issue.path.join('.') || t('profile.file.theFile')}: ${issue.message}`);
  return { ok: false, why: t('profile.file.unexpected'), errors: errors.length ? errors : fallback };
}
