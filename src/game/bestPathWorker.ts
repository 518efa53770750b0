// Runs the debrief's best-path search (src/engine/bestPlaySearch.ts) off the page's thread, so a story with
// more paths than can be compared, or a loop, never holds up the page: the debrief shows at once and the
// answer follows. A clock bounds the search as well as its budget of situations.
import { DEFAULT_SITUATIONS, searchBestSteps, type BestSteps } from '../engine/bestPlaySearch.ts';
import type { Scenario } from '../engine/schema.ts';

export interface BestPathRequest {
  scenario: Scenario;
  variation: Record<string, string>;
  /** The most the search may take, in seconds. */
  seconds: number;
}

// Typed here rather than with the WebWorker library, which clashes with the DOM types the rest of the game uses.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<BestPathRequest>) => void) | null; postMessage(answer: BestSteps): void };

scope.onmessage = (event) => {
  const { scenario, variation, seconds } = event.data;
  const deadline = performance.now() + seconds * 1000;
  scope.postMessage(
    searchBestSteps(scenario, variation, { situations: DEFAULT_SITUATIONS, stop: () => performance.now() > deadline, stopReason: `it took longer than ${seconds} seconds to compare this story’s paths` }),
  );
};
