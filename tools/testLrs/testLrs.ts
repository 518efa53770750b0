// A small but real Learning Record Store for the tests: the game reports to it over HTTP
// exactly as it would to a production LRS (xAPI 1.0.3, cmi5 launch), and the tests can
// read what arrived, break the connection in controlled ways, and check resends.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Agent, Statement } from '@xapi/xapi';
import {
  cmi5LaunchData,
  cmi5LaunchQuery,
  FetchUrls,
  xapiLaunchQuery,
  type Cmi5LaunchOptions,
  type XapiLaunchOptions,
} from './testLrsCmi5.ts';
import { DocumentStore } from './testLrsDocuments.ts';
import {
  errorReply,
  jsonReply,
  preflightReply,
  readBody,
  writeReply,
  XAPI_VERSION,
  type Reply,
} from './testLrsHttp.ts';
import { findStatement, idKey, queryStatements, type StoredStatement } from './testLrsStatements.ts';
import { writeStatements, type RefusedStatement } from './testLrsWrite.ts';

export type { Cmi5LaunchOptions, XapiLaunchOptions } from './testLrsCmi5.ts';
export type { StoredStatement } from './testLrsStatements.ts';
export type { RefusedStatement } from './testLrsWrite.ts';

/**
 * How the statements resource misbehaves. 'down' cuts every connection unanswered (the
 * browser sees a network error) and is the only fault that also takes down the other
 * resources; 'error' answers 503; 'lose-response' handles a write fully (storing what it
 * may), then cuts the connection instead of answering, so a correct client resends;
 * 'hang' answers nothing until the fault changes (the request is then handled under the
 * new fault, like a slow server) or the LRS closes; `reject` refuses (with `status`, 400
 * unless told: 403 is how an LMS refuses statements of a session it has abandoned) any
 * write that contains a statement it matches, and stores nothing from that request.
 * Chromium silently retries a request once when a reused keep-alive connection is cut
 * before any answer, so under 'down' count requests by statement id, not by position.
 */
export type Fault =
  | 'none'
  | 'down'
  | 'error'
  | 'lose-response'
  | 'hang'
  | { reject: (statement: Statement) => boolean; status?: 400 | 403 | 409 };

export interface ReceivedRequest {
  method: string;
  path: string;
  /** The query string without "?". */
  query: string;
  /** What the client was answered; 'destroyed' when the connection was cut instead. */
  status: number | 'destroyed' | 'pending';
  /** Ids of the statements in a statement write (including ids the LRS assigned). */
  statementIds: string[];
  /** The fault in force when the request was handled. */
  fault: string;
}

export interface TestLrsOptions {
  username?: string;
  password?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface PagingOptions {
  failAfter?: number;
  holdAfter?: number;
  moreBefore?: string;
  /** Answers as if `since` and `until` were not asked: an LRS that does not honour them. */
  ignoreSpans?: boolean;
}

export interface TestLrs {
  /** `http://127.0.0.1:<port>/xapi/`, with the trailing slash @xapi/xapi would add anyway. */
  readonly endpoint: string;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The Authorization header a client must send: `Basic base64(username:password)`. */
  readonly auth: string;
  /** Stored statements in arrival order, each once, however often it was sent. */
  statements(): StoredStatement[];
  /** Every request, in arrival order. */
  received(): ReceivedRequest[];
  /** Statements refused as invalid (by the validator or the LRS's own rules), with the reasons. */
  invalid(): RefusedStatement[];
  setFault(fault: Fault): void;
  /**
   * Answers a query with at most `size` statements and a `more` link to the rest, as real LRSs do. After `failAfter`
   * pages the next read is answered 500 (an LRS that stops mid-way); after `holdAfter` pages the next reads wait,
   * unanswered, until the fault is next set (an LRS that is slow just then). `moreBefore` is put before each `more`
   * link's path (`@elsewhere.example` makes one a client must not follow off the LRS's host).
   */
  pageStatements(size: number, options?: PagingOptions): void;
  /** Writes LMS.LaunchData (and learner preferences) as a cmi5 LMS does; returns the AU's launch query string. */
  prepareCmi5Launch(options: Cmi5LaunchOptions): string;
  /** The query string of a classic xAPI ("TinCan") launch with this LRS's credentials. */
  xapiLaunchQuery(options: XapiLaunchOptions): string;
  /** Stops the server, cutting every open connection, hanging requests included. */
  close(): Promise<void>;
}

/** Stores statements through the LRS's own statements resource, as a client would, a batch at a time. */
export async function storeStatements(lrs: TestLrs, statements: readonly object[], batch = 5000): Promise<void> {
  for (let i = 0; i < statements.length; i += batch) {
    const stored = await fetch(`${lrs.endpoint}statements`, {
      method: 'POST',
      headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      body: JSON.stringify(statements.slice(i, i + batch)),
    });
    if (!stored.ok) throw new Error(`the test LRS refused the statements: ${await stored.text()}`);
  }
}

export async function startTestLrs(options: TestLrsOptions = {}): Promise<TestLrs> {
  const lrs = new LrsServer(options.username ?? 'service-hero', options.password ?? 'test-password');
  await lrs.listen(options.port ?? 0);
  return lrs;
}

const faultName = (fault: Fault) => (typeof fault === 'string' ? fault : 'reject');
const VERSION_HEADER = /^1\.0(\.\d+)?$/;

interface StatementCall {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: Buffer;
  entry: ReceivedRequest;
}

class LrsServer implements TestLrs {
  endpoint = '';
  origin = '';
  readonly auth: string;
  private readonly token: string;
  private readonly server: Server;
  private readonly stored: StoredStatement[] = [];
  /** The stored statements by their id's idKey. */
  private readonly byId = new Map<string, StoredStatement>();
  private readonly log: ReceivedRequest[] = [];
  private readonly refused: RefusedStatement[] = [];
  private readonly documents = new DocumentStore();
  private readonly fetchUrls: FetchUrls;
  private hanging: StatementCall[] = [];
  private fault: Fault = 'none';
  private paging: (Required<PagingOptions> & { size: number; answered: number }) | null = null;
  /**
   * Each `more` link's query, what it found when first asked (the pages read on through that, as an LRS's pages
   * stay consistent, and a cohort of 100,000 statements is not searched again for every page) and where it goes on
   * from.
   */
  private readonly cursors = new Map<string, { params: URLSearchParams; found: Statement[]; offset: number }>();
  private closed?: Promise<void>;

  constructor(
    private readonly username: string,
    password: string,
  ) {
    this.token = Buffer.from(`${username}:${password}`).toString('base64');
    this.auth = `Basic ${this.token}`;
    this.fetchUrls = new FetchUrls(this.token);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        writeReply(res, errorReply(500, `test LRS failure: ${String(error)}`), req.headers.origin);
      });
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        const { port: actual } = this.server.address() as AddressInfo;
        this.origin = `http://127.0.0.1:${actual}`;
        this.endpoint = `${this.origin}/xapi/`;
        resolve();
      });
    });
  }

  statements(): StoredStatement[] {
    return [...this.stored];
  }

  received(): ReceivedRequest[] {
    return this.log.map((entry) => ({ ...entry, statementIds: [...entry.statementIds] }));
  }

  invalid(): RefusedStatement[] {
    return [...this.refused];
  }

  pageStatements(
    size: number,
    { failAfter = Infinity, holdAfter = Infinity, moreBefore = '', ignoreSpans = false }: PagingOptions = {},
  ): void {
    this.paging = { size, failAfter, holdAfter, moreBefore, ignoreSpans, answered: 0 };
  }

  setFault(fault: Fault): void {
    this.fault = fault;
    if (this.paging) this.paging.holdAfter = Infinity;
    const held = this.hanging;
    this.hanging = [];
    for (const call of held) this.statementsResource(call);
  }

  prepareCmi5Launch(options: Cmi5LaunchOptions): string {
    const agent = JSON.stringify(options.actor);
    const launchData = cmi5LaunchData(options, options.sessionId ?? randomUUID());
    this.documents.putJson(
      'state',
      { activityId: options.activityId, agent, registration: options.registration, stateId: 'LMS.LaunchData' },
      launchData,
    );
    if (options.learnerPreferences)
      this.documents.putJson(
        'agentProfile',
        { agent, profileId: 'cmi5LearnerPreferences' },
        options.learnerPreferences,
      );
    const fetchUrl = `${this.origin}/cmi5/fetch/${this.fetchUrls.create()}`;
    return cmi5LaunchQuery(this.endpoint, fetchUrl, options);
  }

  xapiLaunchQuery(options: XapiLaunchOptions): string {
    return xapiLaunchQuery(this.endpoint, this.auth, options);
  }

  close(): Promise<void> {
    this.closed ??= new Promise((resolve) => {
      for (const call of this.hanging) call.entry.status = 'destroyed';
      this.hanging = [];
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const method = req.method ?? 'GET';
    const entry: ReceivedRequest = {
      method,
      path: url.pathname,
      query: url.search.slice(1),
      status: 'pending',
      statementIds: [],
      fault: faultName(this.fault),
    };
    this.log.push(entry);
    if (this.fault === 'down') return this.cut(req, entry);
    const body = await readBody(req);
    const answer = (reply: Reply) => this.answer(req, res, entry, reply);
    if (method === 'OPTIONS') return answer(preflightReply(req.headers));
    if (url.pathname.startsWith('/cmi5/fetch/'))
      return answer(this.fetchUrls.redeem(method, url.pathname.slice('/cmi5/fetch/'.length)));
    if (url.pathname === '/xapi/about')
      return answer(method === 'GET' ? jsonReply(200, { version: [XAPI_VERSION] }) : errorReply(405, 'GET only'));
    if (!url.pathname.startsWith('/xapi/')) return answer(errorReply(404, `no resource at ${url.pathname}`));
    const refused = this.checkCredentials(req);
    if (refused) return answer(refused);
    switch (url.pathname) {
      case '/xapi/statements':
        return this.statementsResource({ req, res, url, body, entry });
      case '/xapi/activities/state':
      case '/xapi/agents/profile': {
        const resource = url.pathname === '/xapi/activities/state' ? 'state' : 'agentProfile';
        return answer(
          this.documents.handle({ method, resource, params: url.searchParams, headers: req.headers, body }),
        );
      }
      default:
        return answer(errorReply(404, `the test LRS has no ${url.pathname} resource`));
    }
  }

  private checkCredentials(req: IncomingMessage): Reply | undefined {
    // No WWW-Authenticate header: it would make a headed browser pop up a login dialog.
    const credentials = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (credentials !== this.token) return errorReply(401, 'missing or wrong credentials');
    const version = req.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !VERSION_HEADER.test(version)) {
      return errorReply(400, `X-Experience-API-Version must be 1.0.x (got ${JSON.stringify(version ?? null)})`);
    }
    return undefined;
  }

  private statementsResource(call: StatementCall): void {
    const { req, url, body, entry } = call;
    const fault = this.fault;
    entry.fault = faultName(fault);
    const method = req.method ?? 'GET';
    const writing = method === 'POST' || method === 'PUT';
    if (fault === 'down') return this.cut(req, entry);
    const held = !writing && this.paging !== null && this.paging.answered >= this.paging.holdAfter;
    if (fault === 'hang' || held) {
      this.hanging.push(call);
      return;
    }
    if (fault === 'error')
      return this.answer(req, call.res, entry, errorReply(503, 'the test LRS is failing on purpose (fault "error")'));
    if (!writing) return this.answer(req, call.res, entry, this.readStatements(method, url.searchParams));
    const result = writeStatements({
      method: method === 'PUT' ? 'PUT' : 'POST',
      params: url.searchParams,
      contentType: req.headers['content-type'],
      body,
      existing: (key) => this.byId.get(key),
      authority: this.authority(),
      reject: typeof fault === 'object' ? fault.reject : undefined,
      rejectStatus: typeof fault === 'object' ? (fault.status ?? 400) : 400,
    });
    entry.statementIds = result.ids;
    for (const stored of result.stored) {
      this.stored.push(stored);
      if (stored.statement.id !== undefined) this.byId.set(idKey(stored.statement.id), stored);
    }
    this.refused.push(...result.refused);
    if (fault === 'lose-response') return this.cut(req, entry);
    this.answer(req, call.res, entry, result.reply);
  }

  private readStatements(method: string, params: URLSearchParams): Reply {
    if (method !== 'GET') return errorReply(405, `${method} is not supported on statements`);
    const consistent = { 'X-Experience-API-Consistent-Through': new Date().toISOString() };
    const id = params.get('statementId');
    if (id !== null) {
      const statement = findStatement(this.stored, id);
      return statement ? jsonReply(200, statement, consistent) : errorReply(404, `no statement ${id}`);
    }
    const paging = this.paging;
    if (!paging) {
      const found = queryStatements(this.stored, params);
      if ('error' in found) return errorReply(400, found.error);
      return jsonReply(200, { statements: found.statements, more: '' }, consistent);
    }
    const cursor = params.has('more') ? this.cursors.get(params.get('more') ?? '') : undefined;
    if (params.has('more') && !cursor) return errorReply(400, 'unknown more link');
    // A client's limit is the most it wants in one page; the pages go on to the end of what the query finds.
    const query = new URLSearchParams(cursor?.params ?? params);
    const asked = Number(query.get('limit') ?? 0);
    query.delete('limit');
    if (paging.ignoreSpans) ['since', 'until'].forEach((name) => query.delete(name));
    const size = asked > 0 ? Math.min(asked, paging.size) : paging.size;
    const found = cursor ? { statements: cursor.found } : queryStatements(this.stored, query);
    if ('error' in found) return errorReply(400, found.error);
    if (paging.answered >= paging.failAfter) return errorReply(500, 'the test LRS stops mid-way on purpose');
    paging.answered += 1;
    const offset = cursor?.offset ?? 0;
    const end = offset + size;
    let more = '';
    if (end < found.statements.length) {
      const token = randomUUID();
      this.cursors.set(token, { params: query, found: found.statements, offset: end });
      more = `${paging.moreBefore}/xapi/statements?more=${token}`;
    }
    return jsonReply(200, { statements: found.statements.slice(offset, end), more }, consistent);
  }

  private authority(): Agent {
    return { objectType: 'Agent', name: 'Test LRS client', account: { homePage: this.origin, name: this.username } };
  }

  private answer(req: IncomingMessage, res: ServerResponse, entry: ReceivedRequest, reply: Reply): void {
    // A held request the client has given up on was still handled, but never answered.
    entry.status = res.destroyed ? 'destroyed' : reply.status;
    writeReply(res, reply, req.headers.origin);
  }

  private cut(req: IncomingMessage, entry: ReceivedRequest): void {
    entry.status = 'destroyed';
    req.socket.destroy();
  }
}
