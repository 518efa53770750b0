// Checks the story studio's draft off the page's thread (draftCheck.ts), so typing never waits for the analysis
// of a long story. The catalogue and the art come once; each draft after that is checked as it arrives.
import type { ArtManifest, Catalogue } from '../../engine/runtime.ts';
import { checkDraft, type DraftLoaded, type DraftReport } from './draftCheck.ts';

export type CheckRequest =
  /** `warmUp`: a small story checked once at the start, so the first draft finds the checker's code compiled. */
  | { kind: 'context'; catalogue: Catalogue; art: ArtManifest; warmUp: string }
  | { kind: 'check'; seq: number; name: string; text: string };

/** `ms`: how long the check took the worker, which the page uses to decide whether to warm it up (draftChecker.ts). */
export type CheckAnswer =
  | { seq: number; loaded: DraftLoaded }
  | { seq: number; report: DraftReport; ms: number }
  | { seq: number; failed: string };

// Typed here rather than with the WebWorker library, which clashes with the DOM types the rest of the game uses.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(answer: CheckAnswer): void;
};

let context: { catalogue: Catalogue; art: ArtManifest } | null = null;

scope.onmessage = ({ data }) => {
  if (data.kind === 'context') {
    context = { catalogue: data.catalogue, art: data.art };
    checkDraft('warm-up.yaml', data.warmUp, context.catalogue, context.art);
    return;
  }
  if (!context) return;
  try {
    const { seq } = data;
    const early = (loaded: DraftLoaded) => scope.postMessage({ seq, loaded });
    const started = performance.now();
    const report = checkDraft(data.name, data.text, context.catalogue, context.art, early);
    scope.postMessage({ seq, report, ms: performance.now() - started });
  } catch (error) {
    // The loader reports every problem as a diagnostic; anything thrown is a fault of the game, said as such.
    scope.postMessage({ seq: data.seq, failed: error instanceof Error ? error.message : String(error) });
  }
};
