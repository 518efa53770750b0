// Asks a worker (bestPathWorker.ts) for the debrief's best path, once per story and combination of variations:
// a replay of the same shift, or one whose seed rolls the same variations, finds it already known.
import { type Catalogue, type Scenario } from '../engine/runtime.ts';
import { reseeded, type BestPlay } from '../engine/authoring.ts';
import { rollVariations } from '../engine/seededRandom.ts';
import { t } from '../i18n/intl.ts';
import type { NotComputed } from '../ui/bestPathCard.ts';
import type { BestPathRequest } from './bestPathWorker.ts';

/** How long the worker may search; past it, and a little more, the debrief says the path was not worked out. */
const SEARCH_SECONDS = 8;
const GRACE_MS = 4000;

const known = new WeakMap<Scenario, Map<string, BestPlay>>();

export interface BestPathRequestHandle {
  /** The best play, or why there is none: the page's own reasons are in its language (marked `translated`). */
  result: Promise<BestPlay | NotComputed>;
  /** The debrief was left: the search stops and its answer is not wanted. */
  cancel(): void;
}

export function findBestPath(
  scenario: Scenario,
  catalogue: Catalogue,
  seed: string,
  /** Flags the play started with (a studio's try). */
  flags: readonly string[] = [],
): BestPathRequestHandle {
  const variation = rollVariations(scenario.variations, seed);
  const key = JSON.stringify([variation, flags]);
  let byVariation = known.get(scenario);
  if (!byVariation) known.set(scenario, (byVariation = new Map()));
  const cached = byVariation.get(key);
  if (cached) return { result: Promise.resolve(reseeded(cached, seed)), cancel: () => undefined };

  let worker: Worker | null = null;
  let settle: (found: BestPlay | NotComputed) => void = () => undefined;
  const answer = new Promise<BestPlay | NotComputed>((resolve) => (settle = resolve));
  const notComputed = (reason: string): NotComputed => ({ kind: 'not-computed', reason, translated: true });
  const slow = t('debrief.paths.reason.slow', { seconds: SEARCH_SECONDS });
  try {
    worker = new Worker(new URL('./bestPathWorker.ts', import.meta.url), { type: 'module', name: 'best-path' });
    // The worker's own time-out says the words it was given: the page's.
    worker.onmessage = (event: MessageEvent<BestPlay>) =>
      settle(event.data.kind === 'not-computed' && event.data.reason === slow ? notComputed(slow) : event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const error = event.message || t('debrief.paths.reason.workerError');
      settle(notComputed(t('debrief.paths.reason.workerFailed', { error })));
    };
    const request: BestPathRequest = { scenario, catalogue, seed, flags, seconds: SEARCH_SECONDS, stopReason: slow };
    worker.postMessage(request);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    settle(notComputed(t('debrief.paths.reason.noStart', { error: message })));
  }
  const timer = setTimeout(() => settle(notComputed(slow)), SEARCH_SECONDS * 1000 + GRACE_MS);
  const done = () => {
    clearTimeout(timer);
    worker?.terminate();
  };
  const result = answer.then((found) => {
    done();
    // A search that ran out of time may finish on a faster machine or a later try: only a full answer is kept.
    if (found.kind !== 'not-computed') byVariation.set(key, found);
    return found;
  });
  return { result, cancel: done };
}
