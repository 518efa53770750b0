// The page's side of the studio's check worker (checkWorker.ts): a draft sent while another is being checked
// waits, and only the newest waiting draft is checked next, so a burst of typing costs one check, not one per key.
import type { ArtManifest, Catalogue } from '../../engine/runtime.ts';
import type { CheckAnswer, CheckRequest } from './checkWorker.ts';
import type { DraftReport } from './draftCheck.ts';

export type CheckOutcome = { report: DraftReport } | { failed: string };

export interface DraftChecker {
  /** Checks this text; `done` is called with its report unless a newer text is sent first. */
  check(name: string, text: string, done: (outcome: CheckOutcome) => void): void;
}

export function startDraftChecker(catalogue: Catalogue, art: ArtManifest): DraftChecker {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'story-check' });
  const post = (request: CheckRequest) => worker.postMessage(request);
  post({ kind: 'context', catalogue, art });
  let seq = 0;
  let busy: { seq: number; done: (outcome: CheckOutcome) => void } | null = null;
  let waiting: { name: string; text: string; done: (outcome: CheckOutcome) => void } | null = null;
  const send = (next: { name: string; text: string; done: (outcome: CheckOutcome) => void }) => {
    busy = { seq: ++seq, done: next.done };
    post({ kind: 'check', seq: busy.seq, name: next.name, text: next.text });
  };
  worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
    if (!busy || data.seq !== busy.seq) return;
    const { done } = busy;
    busy = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
      return;
    }
    done('report' in data ? { report: data.report } : { failed: data.failed });
  };
  worker.onerror = (event) => {
    const failed = event.message || 'the check could not run';
    busy?.done({ failed });
    busy = null;
  };
  return {
    check(name, text, done) {
      if (busy) waiting = { name, text, done };
      else send({ name, text, done });
    },
  };
}
