// Statements read back from the LRS a company runs, through the xAPI client the game reports with: the first
// page for the filters asked and, where there is more, the stored times from the oldest statement to the newest cut
// into spans read side by side, each page by page through its `more` links, every page handed on as it arrives with
// how much of the stored times is read. A cancel stops before the next page; a failure says which kind it was;
// either way what was read is kept by the caller.
import XAPI from '@xapi/xapi';
import { StatementPage, type InsightStatement } from './statementShape.ts';

export interface LrsQuery {
  endpoint: string;
  /** The Authorization header's value (`Basic …`), or empty for an LRS that asks for none. */
  auth: string;
  /** A story's or track's activity id as the LMS knows it; matched among related activities too. */
  activity?: string | undefined;
  registration?: string | undefined;
  /** ISO timestamps: statements stored after `since`, up to `until`. */
  since?: string | undefined;
  until?: string | undefined;
}

export type LrsFailure =
  /** No answer at all: a wrong address, the LRS down, or a browser refusing the answer (CORS). */
  | { kind: 'unreachable' }
  | { kind: 'refused'; status: number }
  | { kind: 'not-found'; status: number }
  | { kind: 'server'; status: number }
  /** An answer that is not a page of statements (a login page, a proxy's error). */
  | { kind: 'not-statements' };

export type LrsOutcome = { kind: 'done' } | { kind: 'cancelled' } | { kind: 'failed'; failure: LrsFailure };

/** Statements asked for per page: the LRS may send fewer, never more. */
export const PAGE_SIZE = 500;

/**
 * Spans of the statements' stored times read side by side, each page by page: a page is one request (and, across
 * origins, a preflight) after another, so one chain of pages waits on the network for every page. In the page, a
 * cohort's 225 pages fetched alone took 10 s in two or more spans against 14–19 s in one (the test LRS on the same
 * two cores, so more spans gained nothing there); three are few enough for any LRS to serve at once.
 */
export const SPANS = 3;

/**
 * A page of new statements, with the share of the stored times read so far (0 to 1): what a progress bar can show
 * of a reading whose length the LRS does not say. Null while the pages are read one after another with no end known.
 */
export type OnPage = (statements: InsightStatement[], share: number | null) => void;

type Answer = Promise<{ data: unknown }>;
type PageRead = { statements: InsightStatement[]; more: string | null } | { failure: LrsFailure };

export async function readLrs(query: LrsQuery, onPage: OnPage, cancelled: () => boolean): Promise<LrsOutcome> {
  const xapi = new XAPI({ endpoint: query.endpoint, ...(query.auth ? { auth: query.auth } : {}) });
  // Each statement handed on once: spans never share one, but an LRS that ignored `since` and `until` would send
  // every statement in each of them.
  const seen = new Set<string>();
  const isNew = ({ id }: InsightStatement) => {
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  const onNew = (statements: InsightStatement[], share: number | null) => onPage(statements.filter(isNew), share);
  const filters = {
    ...(query.activity ? { activity: query.activity, related_activities: true } : {}),
    ...(query.registration ? { registration: query.registration } : {}),
  };
  const within = { ...(query.since ? { since: query.since } : {}), ...(query.until ? { until: query.until } : {}) };
  const first = pageOf(xapi.getStatements({ limit: PAGE_SIZE, ascending: true, ...filters, ...within }));
  // Beside the first page, the newest statement: the two bound the stored times the spans share out.
  const newest = pageOf(xapi.getStatements({ limit: 1, ascending: false, ...filters, ...within }));
  const opened = await first;
  if ('failure' in opened) return { kind: 'failed', failure: opened.failure };
  const last = await newest;
  const spans = opened.more && !('failure' in last) ? spansOf(opened.statements[0], last.statements[0], query) : null;
  // Stopped meanwhile, the first page is kept all the same, as any page under way is.
  if (!spans || cancelled())
    return follow(xapi, Promise.resolve(opened), (page, more) => onNew(page, more ? null : 1), cancelled);
  // How far each span has read through its stretch of the stored times.
  const reached = spans.map(() => 0);
  const shareOf = (i: number, page: InsightStatement[], more: boolean) => {
    const { from, to } = spans[i]!;
    const at = Date.parse(page.at(-1)?.stored ?? '');
    reached[i] = more ? Math.min(1, Math.max(reached[i]!, (at - from) / (to - from) || 0)) : 1;
    return reached.reduce((a, b) => a + b, 0) / spans.length;
  };
  // The first page is read again as the first span's: where it ends, statements stored at the same moment may follow.
  let failed: LrsFailure | null = null;
  const stop = () => failed !== null || cancelled();
  const outcomes = await Promise.all(
    spans.map(({ asked }, i) =>
      follow(
        xapi,
        pageOf(xapi.getStatements({ limit: PAGE_SIZE, ascending: true, ...filters, ...asked })),
        (page, more) => onNew(page, shareOf(i, page, more)),
        stop,
      )
        // The first span to fail stops the others: what they read is kept, as for one that was cancelled.
        .then((outcome) => {
          if (outcome.kind === 'failed') failed ??= outcome.failure;
          return outcome;
        }),
    ),
  );
  if (failed) return { kind: 'failed', failure: failed };
  return outcomes.some((o) => o.kind === 'cancelled') ? { kind: 'cancelled' } : { kind: 'done' };
}

/**
 * The stored times from the oldest statement to the newest cut into SPANS, none shared: `since` leaves its moment
 * out and `until` takes it in (xAPI 1.0.3, 7.2.3), so every statement is in exactly one. The last span runs on with
 * no end (or the one asked for), so statements stored while it is read are read too. Null where the times cannot
 * be cut (missing, or all within a few milliseconds): the pages are then read one after another.
 */
function spansOf(
  oldest: InsightStatement | undefined,
  newest: InsightStatement | undefined,
  query: LrsQuery,
): { asked: { since: string; until?: string }; from: number; to: number }[] | null {
  const from = Date.parse(oldest?.stored ?? '');
  const to = Date.parse(newest?.stored ?? '');
  if (!(to - from >= SPANS)) return null;
  // A millisecond before the oldest: an LRS may keep finer times than a JavaScript date.
  const cuts = Array.from({ length: SPANS }, (_, i) =>
    i === 0 ? from - 1 : from + Math.round(((to - from) * i) / SPANS),
  );
  const iso = (ms: number) => new Date(ms).toISOString();
  return cuts.map((cut, i) => {
    const until = i + 1 < SPANS ? iso(cuts[i + 1]!) : query.until;
    // `to`: how far the span goes as far as is known, for the share read (the last one runs on past the newest).
    return { asked: { since: iso(cut), ...(until ? { until } : {}) }, from: cut, to: cuts[i + 1] ?? to };
  });
}

async function pageOf(answer: Answer): Promise<PageRead> {
  let data: unknown;
  try {
    ({ data } = await answer);
  } catch (error) {
    return { failure: failureOf(error) };
  }
  const page = StatementPage.safeParse(data);
  if (!page.success) return { failure: { kind: 'not-statements' } };
  const more = page.data.more || null;
  // A `more` link is a path on the LRS's own host (xAPI 1.0.3, 2.1.3); one that is not (`@elsewhere/…` would
  // be read as a login to another host) is not followed.
  if (more && !more.startsWith('/')) return { failure: { kind: 'not-statements' } };
  return { statements: page.data.statements, more };
}

/**
 * A page and every `more` after it, each handed on as it arrives with whether more follows; once `stop` says so,
 * the page in hand is the last.
 */
async function follow(
  xapi: XAPI,
  start: Promise<PageRead>,
  onPage: (statements: InsightStatement[], more: boolean) => void,
  stop: () => boolean,
): Promise<LrsOutcome> {
  let next: Promise<PageRead> | null = start;
  while (next) {
    const read: PageRead = await next;
    if ('failure' in read) return { kind: 'failed', failure: read.failure };
    const stopped = stop();
    // The next page is asked for before this one is handed on, so the LRS and the network work while it is counted.
    next = read.more && !stopped ? pageOf(xapi.getMoreStatements({ more: read.more })) : null;
    // Unanswered while this page is counted, a failed next page is said when its turn comes.
    next?.catch(() => {});
    onPage(read.statements, read.more !== null);
    if (read.more && (stopped || stop())) return { kind: 'cancelled' };
  }
  return { kind: 'done' };
}

function failureOf(error: unknown): LrsFailure {
  const status = (error as { response?: { status?: unknown } }).response?.status;
  if (typeof status !== 'number') return { kind: 'unreachable' };
  if (status === 401 || status === 403) return { kind: 'refused', status };
  if (status === 404) return { kind: 'not-found', status };
  return { kind: 'server', status };
}
