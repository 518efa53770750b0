// The beat a play in progress stands at, kept beside the saved progress as it was last drawn, so that a reload
// of the bare address can show it at once (src/app/opening.ts), before the engine, zod and XState have loaded,
// as a story link's opening is. It is a copy of what the engine decided, never a source of truth: it is shown
// only while it names the very play the progress holds (story, seed and steps), and the story session that
// takes the screen over replays the saved steps and keeps the screen only if it shows the same view
// (src/ui/storySession.ts); else it draws its own. Losing or spoiling it costs a slower resume, nothing more.
import type { BeatView } from '../engine/runtime.ts';
import type { StorageLike } from '../engine/storageLike.ts';
import { PROGRESS_KEY } from './progress/progressKey.ts';

/** Beside the plain progress only: a learner's progress under an LMS gets none (start.ts). */
export const RESUME_VIEW_KEY = `${PROGRESS_KEY}.view`;

/** The words the story screen is built with, as they were when the view was drawn. */
export interface ResumeScreenInfo {
  title: string;
  role: string;
  place: string;
  customerName: string;
}

export interface ResumeView {
  scenarioId: string;
  seed: string;
  /** The saved steps the view stands after, as the progress holds them. */
  steps: readonly unknown[];
  /** The interface's language when it was drawn: the moments' labels and the story's words are in it. */
  locale: string;
  info: ResumeScreenInfo;
  view: BeatView;
  /** The earlier moments the player may go back to (empty in a track). */
  moments: readonly { label: string; steps: number }[];
}

export interface ResumeViewStore {
  save(view: Omit<ResumeView, 'locale'>): void;
  clear(): void;
}

/** `locale`: the interface's language at each save. A storage that refuses a write keeps nothing, which is fine. */
export function resumeViewStore(storage: StorageLike | null, locale: () => string): ResumeViewStore | null {
  if (!storage) return null;
  const clear = () => {
    try {
      storage.removeItem?.(RESUME_VIEW_KEY);
    } catch {
      // nothing kept either way
    }
  };
  const save = (view: Omit<ResumeView, 'locale'>) => {
    try {
      storage.setItem(RESUME_VIEW_KEY, JSON.stringify({ ...view, locale: locale() }));
    } catch {
      clear(); // a full storage: an older view must not stay beside newer progress
    }
  };
  return { save, clear };
}

/** JSON with each object's keys sorted, so two records of the same steps compare equal whatever wrote them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether two lists of play steps are the same steps (a missing list is no steps). */
export function sameSteps(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  return canonical(a ?? []) === canonical(b ?? []);
}

const isText = (value: unknown): value is string => typeof value === 'string';

function looksLikeView(value: unknown): value is ResumeView {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<Record<keyof ResumeView, unknown>>;
  const info = v.info as Partial<Record<keyof ResumeScreenInfo, unknown>> | null | undefined;
  const view = v.view as { kind?: unknown; lines?: unknown; choices?: unknown } | null | undefined;
  return (
    isText(v.scenarioId) &&
    isText(v.seed) &&
    isText(v.locale) &&
    Array.isArray(v.steps) &&
    Array.isArray(v.moments) &&
    !!info &&
    isText(info.title) &&
    isText(info.role) &&
    isText(info.place) &&
    isText(info.customerName) &&
    !!view &&
    (view.kind === 'choices' || view.kind === 'continue') &&
    Array.isArray(view.lines) &&
    Array.isArray(view.choices)
  );
}

/**
 * The kept view, when it stands at the play in progress in `progressText` (the progress as stored) and was drawn
 * in `locale`; null otherwise, or when either record cannot be read.
 */
export function resumeViewFor(progressText: string | null, viewText: string | null, locale: string): ResumeView | null {
  if (progressText === null || viewText === null) return null;
  try {
    const progress: unknown = JSON.parse(progressText);
    const current = (progress as { current?: { scenarioId?: unknown; seed?: unknown; steps?: unknown } } | null)
      ?.current;
    const kept: unknown = JSON.parse(viewText);
    if (!current || !looksLikeView(kept) || kept.locale !== locale) return null;
    const stands =
      current.scenarioId === kept.scenarioId &&
      current.seed === kept.seed &&
      Array.isArray(current.steps) &&
      sameSteps(current.steps, kept.steps);
    return stands ? kept : null;
  } catch {
    return null;
  }
}
