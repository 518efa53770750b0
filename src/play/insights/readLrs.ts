// Statements read back from the LRS a company runs, through the xAPI client the game reports with: the first
// page for the filters asked, then every `more` link, page by page, each handed on as it arrives. A cancel stops
// before the next page; a failure says which kind it was; either way what was read is kept by the caller.
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

export async function readLrs(
  query: LrsQuery,
  onPage: (statements: InsightStatement[]) => void,
  cancelled: () => boolean,
): Promise<LrsOutcome> {
  const xapi = new XAPI({ endpoint: query.endpoint, ...(query.auth ? { auth: query.auth } : {}) });
  // The next page is asked for before this one is handed on, so the LRS and the network work while it is counted.
  let next: Promise<{ data: unknown }> | null = xapi.getStatements({
    limit: PAGE_SIZE,
    ascending: true,
    ...(query.activity ? { activity: query.activity, related_activities: true } : {}),
    ...(query.registration ? { registration: query.registration } : {}),
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
  });
  while (next) {
    let data: unknown;
    try {
      ({ data } = await next);
    } catch (error) {
      return { kind: 'failed', failure: failureOf(error) };
    }
    const page = StatementPage.safeParse(data);
    if (!page.success) return { kind: 'failed', failure: { kind: 'not-statements' } };
    const more = page.data.more;
    // A `more` link is a path on the LRS's own host (xAPI 1.0.3, 2.1.3); one that is not (`@elsewhere/…` would
    // be read as a login to another host) is not followed.
    if (more && !more.startsWith('/')) return { kind: 'failed', failure: { kind: 'not-statements' } };
    const stopped = cancelled();
    next = more && !stopped ? xapi.getMoreStatements({ more }) : null;
    // Unanswered while this page is counted, a failed next page is said when its turn comes.
    next?.catch(() => {});
    onPage(page.data.statements);
    if (more && (stopped || cancelled())) return { kind: 'cancelled' };
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
