// HTTP plumbing shared by the test LRS's resources: replies, CORS and request bodies.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** What a resource answers; the server decides whether the client ever gets to see it (faults). */
export interface Reply {
  status: number;
  /** A Buffer is sent as is (documents keep their own Content-Type); anything else is sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

export const XAPI_VERSION = '1.0.3';

export function jsonReply(status: number, body?: unknown, headers?: Record<string, string>): Reply {
  return { status, body, ...(headers ? { headers } : {}) };
}

export function errorReply(status: number, error: string, extra: Record<string, unknown> = {}): Reply {
  return jsonReply(status, { error, ...extra });
}

// The page under test is served from another origin, so every answer (errors included:
// a 503 must reach the game as a 503, not as an opaque CORS failure) carries CORS headers.
function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    Vary: 'Origin',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    // An explicit list, not an echo of what was asked: a client sending other headers
    // would be refused by a real LRS's preflight too, and we want the tests to see that.
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
    'Access-Control-Expose-Headers':
      'X-Experience-API-Version, X-Experience-API-Consistent-Through, ETag, Last-Modified',
  };
}

export function preflightReply(headers: IncomingHttpHeaders): Reply {
  // Chrome asks before a page reaches a more private address space; answering keeps
  // the LRS usable from pages not served from loopback too.
  const privateNetwork = headers['access-control-request-private-network'] === 'true';
  return {
    status: 204,
    headers: {
      'Access-Control-Max-Age': '600',
      ...(privateNetwork ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
    },
  };
}

export function writeReply(res: ServerResponse, reply: Reply, origin: string | undefined): void {
  if (res.destroyed || res.writableEnded) return; // the client gave up (or a fault cut the line)
  const headers: Record<string, string> = {
    ...corsHeaders(origin),
    'X-Experience-API-Version': XAPI_VERSION,
    ...reply.headers,
  };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  if (payload) headers['Content-Length'] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that reports failure instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
