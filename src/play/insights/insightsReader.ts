// The page's side of the Insights worker (insightsWorker.ts): hands it files and LRS readings, and passes on what
// it sends back. The screen draws each Tally it is given and keeps nothing else of the plays.
import type { Catalogue, Scenario, Track } from '../../engine/runtime.ts';
import { locale } from '../../i18n/intl.ts';
import type { InsightsAnswer, InsightsRequest } from './insightsWorker.ts';
import type { Tally } from './insightsPool.ts';
import type { LrsOutcome, LrsQuery } from './readLrs.ts';

export interface InsightsReader {
  /** Reads the files (a folder's keep their path in it) into the pool; settles once their figures were sent. */
  addFiles(files: readonly File[]): Promise<void>;
  /** Reads the LRS into a new source named `source`, telling each page's running count; settles as it ends. */
  readLrs(
    source: string,
    query: LrsQuery,
    onPage: (statements: number, pages: number, share: number | null) => void,
  ): Promise<LrsOutcome>;
  /** Stops the LRS reading under way before its next page; what was read stays. */
  stop(): void;
  clear(): Promise<void>;
  /** Each new tally, while readings go on and at their end. */
  onTally(listener: (tally: Tally) => void): void;
  /** Ends the worker (the screen is closed). */
  close(): void;
}

export interface InsightsLibrary {
  scenarios: Scenario[];
  catalogue: Catalogue;
  tracks: Track[];
}

export function startInsightsReader(library: InsightsLibrary): InsightsReader {
  const worker = new Worker(new URL('./insightsWorker.ts', import.meta.url), { type: 'module', name: 'insights' });
  const post = (request: InsightsRequest) => worker.postMessage(request);
  post({ kind: 'context', ...library, locale: locale() });
  let seq = 0;
  let tallies: (tally: Tally) => void = () => {};
  const waiting = new Map<
    number,
    {
      done(outcome?: LrsOutcome): void;
      failed(error: Error): void;
      page?(statements: number, pages: number, share: number | null): void;
    }
  >();
  const ask = (
    request: (seq: number) => InsightsRequest,
    page?: (statements: number, pages: number, share: number | null) => void,
  ): Promise<LrsOutcome | undefined> =>
    new Promise((resolve, reject) => {
      seq += 1;
      waiting.set(seq, { done: resolve, failed: reject, ...(page ? { page } : {}) });
      post(request(seq));
    });
  worker.onmessage = ({ data }: MessageEvent<InsightsAnswer>) => {
    if (data.kind === 'tally') return tallies(data.tally);
    const asked = waiting.get(data.seq);
    if (!asked) return;
    if (data.kind === 'page') return asked.page?.(data.statements, data.pages, data.share);
    waiting.delete(data.seq);
    if (data.kind === 'done') asked.done(data.outcome);
    else asked.failed(new Error(data.message));
  };
  worker.onerror = (event) => {
    // The worker could not start or broke: every request waiting is told, none is left hanging.
    const error = new Error(event.message || 'the Insights worker stopped');
    for (const asked of waiting.values()) asked.failed(error);
    waiting.clear();
  };
  return {
    addFiles: async (files) => {
      const named = files.map((file) => ({ name: file.webkitRelativePath || file.name, file }));
      await ask((seq) => ({ kind: 'files', seq, files: named }));
    },
    readLrs: async (source, query, onPage) =>
      (await ask((seq) => ({ kind: 'lrs', seq, source, query }), onPage)) ?? { kind: 'done' },
    stop: () => post({ kind: 'stop' }),
    clear: async () => void (await ask((seq) => ({ kind: 'clear', seq }))),
    onTally: (listener) => void (tallies = listener),
    close: () => worker.terminate(),
  };
}
