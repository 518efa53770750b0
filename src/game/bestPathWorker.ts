// Runs the debrief's best-path search (src/engine/bestPlaySearch.ts) off the page's thread, and replays the
// path it finds for its report here too (a long path's replay is work of its own), so a story with more paths
// than can be compared, or a loop, never holds up the page: the debrief shows at once and the answer follows.
// A clock bounds the search as well as its budget of situations.
import { DEFAULT_SITUATIONS, searchBestSteps } from '../engine/bestPlaySearch.ts';
import type { Catalogue } from '../engine/catalogue.ts';
import { bestPlayOf, type BestPlay } from '../engine/explorePlays.ts';
import type { Scenario } from '../engine/schema.ts';
import { rollVariations } from '../engine/seededRandom.ts';

export interface BestPathRequest {
  scenario: Scenario;
  catalogue: Catalogue;
  seed: string;
  /** Flags the play started with (a studio's try). */
  flags: readonly string[];
  /** The most the search may take, in seconds. */
  seconds: number;
  /** What the debrief says when the search runs out of time, in the page's language (a worker has none of its own). */
  stopReason: string;
}

// Typed here rather than with the WebWorker library, which clashes with the DOM types the rest of the game uses.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<BestPathRequest>) => void) | null;
  postMessage(answer: BestPlay): void;
};

scope.onmessage = (event) => {
  const { scenario, catalogue, seed, flags, seconds, stopReason } = event.data;
  const deadline = performance.now() + seconds * 1000;
  const found = searchBestSteps(
    scenario,
    rollVariations(scenario.variations, seed),
    { situations: DEFAULT_SITUATIONS, stop: () => performance.now() > deadline, stopReason },
    flags,
  );
  scope.postMessage(bestPlayOf(scenario, catalogue, seed, found, flags));
};
