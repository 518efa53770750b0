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

/** What the checker needs of a worker: a Worker, or a stand-in in a unit test. */
export interface CheckWorkerPort {
  postMessage(request: CheckRequest): void;
  onmessage: ((event: MessageEvent<CheckAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * The worker's code runs slowly the first few times (the browser compiles it as it runs, in steps, and the worker's
 * zod may not generate code): a 500-beat story's checks took 660, 300, 160, 150 and 85 ms one after another. So the
 * first check that takes longer than `over` is run again, up to `runs` times while it still takes that long, as long
 * as nothing else waits, and the author's first edit finds the code compiled. A check longer than `under` is not
 * repeated, so an edit made at once never waits long for it.
 */
export const WARM_AGAIN = { over: 150, under: 1500, runs: 3 } as const;

const startWorker = (): CheckWorkerPort =>
  new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'story-check' });

/** `warmUp`: a small story the worker checks as it starts (see CheckRequest). */
export function startDraftChecker(
  catalogue: Catalogue,
  art: ArtManifest,
  warmUp: string,
  worker: CheckWorkerPort = startWorker(),
): DraftChecker {
  const post = (request: CheckRequest) => worker.postMessage(request);
  post({ kind: 'context', catalogue, art, warmUp });
  let seq = 0;
  let busy: { seq: number; name: string; text: string; listener: CheckListener } | null = null;
  let waiting: { name: string; text: string; listener: CheckListener } | null = null;
  /** How many times a check has been run again for nobody; null once the warming is over. */
  let warmRuns: number | null = 0;
  const send = (next: { name: string; text: string; listener: CheckListener }) => {
    busy = { seq: ++seq, ...next };
    post({ kind: 'check', seq: busy.seq, name: next.name, text: next.text });
  };
  const warmAgain = (name: string, text: string, ms: number) => {
    if (warmRuns === null) return;
    if (ms <= WARM_AGAIN.over || ms >= WARM_AGAIN.under || warmRuns === WARM_AGAIN.runs) {
      // Once begun, the warming ends with a quick check or its last run; before, the story may yet grow into one.
      if (warmRuns > 0) warmRuns = null;
      return;
    }
    warmRuns++;
    // Nobody hears this check: a draft sent meanwhile waits for it, as it would for any check.
    send({ name, text, listener: { done: () => undefined } });
  };
  worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
    if (!busy || data.seq !== busy.seq) return;
    // A newer text waiting will be checked next: this one's map would be drawn only to be drawn over.
    if ('loaded' in data) {
      if (!waiting) busy.listener.loaded?.(data.loaded);
      return;
    }
    const { listener, name, text } = busy;
    busy = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
      return;
    }
    if ('report' in data) {
      listener.done({ report: data.report });
      warmAgain(name, text, data.ms);
    } else listener.done({ failed: data.failed });
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
