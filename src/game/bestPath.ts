// Asks a worker (bestPathWorker.ts) for the debrief's best path, once per story and combination of variations:
// a replay of the same shift, or one whose seed rolls the same variations, finds it already known.
import { type Catalogue, type Scenario } from '../engine/runtime.ts';
import { reseeded, type BestPlay } from '../engine/authoring.ts';
import { rollVariations } from '../engine/seededRandom.ts';
import type { BestPathRequest } from './bestPathWorker.ts';

/** How long the worker may search; past it, and a little more, the debrief says the path was not worked out. */
const SEARCH_SECONDS = 8;
const GRACE_MS = 4000;

const known = new WeakMap<Scenario, Map<string, BestPlay>>();

export interface BestPathRequestHandle {
  result: Promise<BestPlay>;
  /** The debrief was left: the search stops and its answer is not wanted. */
  cancel(): void;
}

export function findBestPath(scenario: Scenario, catalogue: Catalogue, seed: string): BestPathRequestHandle {
  const variation = rollVariations(scenario.variations, seed);
  const key = JSON.stringify(variation);
  let byVariation = known.get(scenario);
  if (!byVariation) known.set(scenario, (byVariation = new Map()));
  const cached = byVariation.get(key);
  if (cached) return { result: Promise.resolve(reseeded(cached, seed)), cancel: () => undefined };

  let worker: Worker | null = null;
  let settle: (found: BestPlay) => void = () => undefined;
  const answer = new Promise<BestPlay>((resolve) => (settle = resolve));
  const notComputed = (reason: string): BestPlay => ({ kind: 'not-computed', reason });
  try {
    worker = new Worker(new URL('./bestPathWorker.ts', import.meta.url), { type: 'module', name: 'best-path' });
    worker.onmessage = (event: MessageEvent<BestPlay>) => settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      settle(notComputed(`the search could not run in this browser (${event.message || 'the worker failed'})`));
    };
    const request: BestPathRequest = { scenario, catalogue, seed, seconds: SEARCH_SECONDS };
    worker.postMessage(request);
  } catch (error) {
    settle(
      notComputed(
        `the search could not start in this browser (${error instanceof Error ? error.message : String(error)})`,
      ),
    );
  }
  const timer = setTimeout(
    () => settle(notComputed(`it took longer than ${SEARCH_SECONDS} seconds to compare this story’s paths`)),
    SEARCH_SECONDS * 1000 + GRACE_MS,
  );
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
