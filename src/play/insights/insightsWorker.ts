// Reads and counts the Insights screen's plays off the page's thread (insightsReader.ts is the page's side): the
// files dropped, and the LRS's pages as they arrive, are read, checked and pooled here, and the page is sent what
// they add up to, at most every TALLY_EVERY_MS while a reading goes on and once more at its end. A cohort's
// hundred thousand statements then never hold up the page, and are kept here, not there.
import type { Catalogue, Scenario, Track } from '../../engine/runtime.ts';
import type { Locale } from '../../i18n/languages.ts';
import { useLocale } from '../../i18n/intl.ts';
import { createInsightsPool, type InsightsPool, type Tally } from './insightsPool.ts';
import type { SourceReading } from './playRecords.ts';
import { readInsightFile } from './readInsightFile.ts';
import { readLrs, type LrsOutcome, type LrsQuery } from './readLrs.ts';

export type InsightsRequest =
  /** The library the plays are read against, and the page's language for what is said about a file. */
  | { kind: 'context'; scenarios: Scenario[]; catalogue: Catalogue; tracks: Track[]; locale: Locale }
  /** `name`: the file's path in a folder picked or dropped, or its name (a File sent here keeps only its name). */
  | { kind: 'files'; seq: number; files: { name: string; file: File }[] }
  | { kind: 'lrs'; seq: number; source: string; query: LrsQuery }
  /** Stops the LRS reading under way before its next page. */
  | { kind: 'stop' }
  | { kind: 'clear'; seq: number };

export type InsightsAnswer =
  | { kind: 'tally'; tally: Tally }
  /** `share`: of the stored times, how much is read (readLrs.ts's OnPage). */
  | { kind: 'page'; seq: number; statements: number; pages: number; share: number | null }
  /** A request's end, after its last tally; an LRS reading says how it ended. */
  | { kind: 'done'; seq: number; outcome?: LrsOutcome }
  | { kind: 'failed'; seq: number; message: string };

/**
 * While a reading goes on, the page is sent its figures this often at most (each is drawn in full), and never
 * sooner than three times as long as the last count took after it: counting grows with what was read, and it
 * would otherwise keep the reading waiting.
 */
export const TALLY_EVERY_MS = 2000;

// Typed here rather than with the WebWorker library, which clashes with the DOM types the rest of the game uses.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<InsightsRequest>) => void) | null;
  postMessage(answer: InsightsAnswer): void;
};

let ready: Promise<{ pool: InsightsPool; read: (name: string, text: string) => SourceReading }> | null = null;
let stopping = false;
/** When the last tally was sent, and how long it took to count (the time it worked, its pauses left out). */
let tallied = { at: 0, ms: 0 };
/** How long until the next tally may be sent (negative: it may now). */
const dueIn = () => Math.max(TALLY_EVERY_MS, 3 * tallied.ms) - (Date.now() - tallied.at);

function context(data: Extract<InsightsRequest, { kind: 'context' }>) {
  const scenarios = new Map(data.scenarios.map((s) => [s.id, s] as const));
  const shelf = { scenario: (id: string) => scenarios.get(id) ?? null, catalogue: data.catalogue, tracks: data.tracks };
  const pool = createInsightsPool(shelf, {
    has: (id) => scenarios.has(id),
    byTitle: (title) => data.scenarios.find((s) => s.title === title)?.id ?? null,
  });
  // What is said about a file that cannot be read is said in the page's language.
  return useLocale(data.locale).then(() => ({
    pool,
    read: (name: string, text: string) => readInsightFile(name, text, shelf),
  }));
}

/** A tally put off until it is due, so the figures catch up with the pages read even if the next page is slow. */
let later: ReturnType<typeof setTimeout> | null = null;

function tallySoon(pool: InsightsPool): void {
  // Pages read while a tally is worked out wait for the next one, due as long after it as ever.
  if (tallying) {
    readMeanwhile = true;
    return;
  }
  const wait = dueIn();
  if (wait < 0) return void tally(pool);
  later ??= setTimeout(() => void tally(pool), wait);
}

/**
 * A tally works for at most this long before it lets the worker answer what came meanwhile: the pages of an LRS
 * reading, each of whose next page is asked for as it is answered, so the LRS is not left waiting on a count.
 */
const SLICE_MS = 20;

/** The tallies one after another: one asked for while another is worked out follows it. */
let tallies: Promise<void> = Promise.resolve();
let tallying = false;
/** Whether something was read while a tally was worked out, which it may not count. */
let readMeanwhile = false;

function tally(pool: InsightsPool): Promise<void> {
  if (later !== null) clearTimeout(later);
  later = null;
  const run = tallies.then(async () => {
    tallying = true;
    const steps = pool.tallySteps();
    let busy = 0;
    for (;;) {
      const from = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - from < SLICE_MS) step = steps.next();
      busy += performance.now() - from;
      if (step.done) {
        scope.postMessage({ kind: 'tally', tally: step.value });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    tallied = { at: Date.now(), ms: busy };
  });
  // A tally that fails fails its request (said to the page); the next one is still worked out.
  tallies = run
    .catch(() => {})
    .finally(() => {
      tallying = false;
      if (readMeanwhile) tallySoon(pool);
      readMeanwhile = false;
    });
  return run;
}

async function handle(data: Exclude<InsightsRequest, { kind: 'context' | 'stop' }>): Promise<void> {
  if (!ready) throw new Error('the Insights worker was asked to read before it was given the stories');
  const { pool, read } = await ready;
  switch (data.kind) {
    case 'clear':
      pool.clear();
      break;
    case 'files':
      for (const { name, file } of data.files) {
        pool.add(read(name, await file.text()));
        tallySoon(pool);
      }
      break;
    case 'lrs':
      return readFromLrs(pool, data);
  }
  await tally(pool);
  scope.postMessage({ kind: 'done', seq: data.seq });
}

async function readFromLrs(pool: InsightsPool, data: Extract<InsightsRequest, { kind: 'lrs' }>): Promise<void> {
  const reading: SourceReading = { source: data.source, kind: 'statements', plays: [], statements: [], problems: [] };
  pool.add(reading);
  stopping = false;
  let pages = 0;
  const outcome = await readLrs(
    data.query,
    (statements, share) => {
      for (const statement of statements) reading.statements.push(statement);
      pages += 1;
      scope.postMessage({ kind: 'page', seq: data.seq, statements: reading.statements.length, pages, share });
      tallySoon(pool);
    },
    () => stopping,
  );
  // A reading that found nothing (refused, unreachable) is no source: the form's sentence says what happened.
  if (!reading.statements.length) pool.remove(reading);
  await tally(pool);
  scope.postMessage({ kind: 'done', seq: data.seq, outcome });
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'context') {
    ready = context(data);
    return;
  }
  if (data.kind === 'stop') {
    stopping = true;
    return;
  }
  handle(data).catch((error: unknown) => {
    // Every file's and page's problems are reported as problems of that source; anything thrown is a fault of
    // the game, said as such.
    scope.postMessage({
      kind: 'failed',
      seq: data.seq,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
