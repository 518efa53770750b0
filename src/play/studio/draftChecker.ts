// The page's side of the studio's check worker (checkWorker.ts): a draft sent while another is being checked
// waits, and only the newest waiting draft is checked next, so a burst of typing costs one check, not one per key.
import type { ArtManifest, Catalogue } from '../../engine/runtime.ts';
import type { CheckAnswer, CheckRequest } from './checkWorker.ts';
import type { DraftLoaded, DraftReport } from './draftCheck.ts';

export type CheckOutcome = { report: DraftReport } | { failed: string };

/** What a check tells as it goes: the story's map once it loads (if it does), then the outcome. */
export interface CheckListener {
  loaded?(loaded: DraftLoaded): void;
  done(outcome: CheckOutcome): void;
}

export interface DraftChecker {
  /** Checks this text; the listener hears of it unless a newer text is sent first. */
  check(name: string, text: string, listener: CheckListener): void;
}

/** `warmUp`: a small story the worker checks as it starts (see CheckRequest). */
export function startDraftChecker(catalogue: Catalogue, art: ArtManifest, warmUp: string): DraftChecker {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'story-check' });
  const post = (request: CheckRequest) => worker.postMessage(request);
  post({ kind: 'context', catalogue, art, warmUp });
  let seq = 0;
  let busy: { seq: number; listener: CheckListener } | null = null;
  let waiting: { name: string; text: string; listener: CheckListener } | null = null;
  const send = (next: { name: string; text: string; listener: CheckListener }) => {
    busy = { seq: ++seq, listener: next.listener };
    post({ kind: 'check', seq: busy.seq, name: next.name, text: next.text });
  };
  worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
    if (!busy || data.seq !== busy.seq) return;
    // A newer text waiting will be checked next: this one's map would be drawn only to be drawn over.
    if ('loaded' in data) {
      if (!waiting) busy.listener.loaded?.(data.loaded);
      return;
    }
    const { done } = busy.listener;
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
    busy?.listener.done({ failed });
    busy = null;
  };
  return {
    check(name, text, listener) {
      if (busy) waiting = { name, text, listener };
      else send({ name, text, listener });
    },
  };
}
