// Receiving statements (POST a statement or a batch, PUT ?statementId=) the way the xAPI
// spec asks an LRS to: all-or-nothing, idempotent for resends, 409 for a different
// statement under a known id.
import { randomUUID } from 'node:crypto';
import type { Agent, Statement } from '@xapi/xapi';
import { errorReply, isRecord, jsonReply, parseJson, type Reply } from './testLrsHttp.ts';
import { idKey, sameStatement, statementProblems, type StoredStatement } from './testLrsStatements.ts';

export interface RefusedStatement {
  /** As the client sent it. */
  statement: unknown;
  messages: string[];
}

export interface WriteRequest {
  method: 'POST' | 'PUT';
  params: URLSearchParams;
  contentType: string | undefined;
  body: Buffer;
  /** The statement stored under an id (its idKey), if any: looked up, not searched, so a big cohort stores fast. */
  existing: (key: string) => StoredStatement | undefined;
  authority: Agent;
  /** The `reject` fault's predicate, when that fault is on. */
  reject: ((statement: Statement) => boolean) | undefined;
  /** What a rejected write is answered with. */
  rejectStatus?: number;
}

export interface WriteResult {
  reply: Reply;
  /** The statements' ids, as sent or as assigned. */
  ids: string[];
  stored: StoredStatement[];
  refused: RefusedStatement[];
}

const idOf = (statement: unknown) =>
  isRecord(statement) && typeof statement['id'] === 'string' ? statement['id'] : undefined;

export function writeStatements(request: WriteRequest): WriteResult {
  const parsed = parseRequest(request);
  if ('reply' in parsed) return { reply: parsed.reply, ids: [], stored: [], refused: parsed.refused ?? [] };
  const { sent, candidates } = parsed;
  const sentIds = candidates.map(idOf).filter((id): id is string => id !== undefined);
  const refuse = (reply: Reply, refused: RefusedStatement[] = []): WriteResult => ({
    reply,
    ids: sentIds,
    stored: [],
    refused,
  });

  // The batch is all or nothing (xAPI: an LRS must not store part of a refused batch).
  const invalid = candidates.flatMap((candidate, index) => {
    const messages = statementProblems(candidate);
    return messages.length ? [{ statement: sent[index], messages }] : [];
  });
  if (invalid.length) return refuse(errorReply(400, 'invalid statement(s)', { statements: invalid }), invalid);

  const statements = candidates as Statement[];
  const seen = new Set<string>();
  for (const [index, statement] of statements.entries()) {
    if (statement.id === undefined) continue;
    const key = idKey(statement.id);
    if (seen.has(key)) {
      const refused = [
        { statement: sent[index], messages: [`id ${statement.id} appears more than once in the batch`] },
      ];
      return refuse(errorReply(400, 'duplicate ids in one batch', { statements: refused }), refused);
    }
    seen.add(key);
  }

  const rejected = request.reject ? statements.filter(request.reject) : [];
  if (rejected.length)
    return refuse(
      errorReply(request.rejectStatus ?? 400, 'refused by the test LRS (fault "reject")', {
        ids: rejected.map((s) => s.id ?? null),
      }),
    );

  const now = new Date().toISOString();
  const stored: StoredStatement[] = [];
  const ids: string[] = [];
  for (const [index, candidate] of statements.entries()) {
    const key = candidate.id === undefined ? undefined : idKey(candidate.id);
    const known = key === undefined ? undefined : request.existing(key);
    if (known && !sameStatement({ ...known.original, id: known.statement.id }, candidate)) {
      return refuse(errorReply(409, `a different statement is already stored under id ${candidate.id}`));
    }
    const id = candidate.id ?? randomUUID();
    ids.push(id);
    if (known) continue; // a resend of what we have: success, but stored once
    const original = sent[index] as Statement;
    const statement: Statement = {
      ...candidate,
      id,
      timestamp: candidate.timestamp ?? now,
      stored: now,
      authority: request.authority,
      version: candidate.version ?? '1.0.0',
    };
    stored.push({ statement, original, method: request.method });
  }
  return { reply: request.method === 'PUT' ? { status: 204 } : jsonReply(200, ids), ids, stored, refused: [] };
}

type Parsed = { sent: unknown[]; candidates: unknown[] } | { reply: Reply; refused?: RefusedStatement[] };

function parseRequest({ method, params, contentType, body }: WriteRequest): Parsed {
  if (/^multipart\/mixed/i.test(contentType ?? ''))
    return { reply: errorReply(400, 'the test LRS does not take attachments') };
  if (!/^application\/json\b/i.test(contentType ?? ''))
    return {
      reply: errorReply(
        400,
        `statements must be sent as application/json, not ${contentType ?? 'without a Content-Type'}`,
      ),
    };
  const json = parseJson(body.toString('utf8'));
  if (!json.ok) return { reply: errorReply(400, 'the body is not JSON') };
  if (method === 'POST') {
    const sent = Array.isArray(json.value) ? json.value : [json.value];
    if (sent.length === 0) return { reply: errorReply(400, 'no statements in the batch') };
    return { sent, candidates: sent };
  }
  const statementId = params.get('statementId');
  if (!statementId) return { reply: errorReply(400, 'PUT needs ?statementId=') };
  if (!isRecord(json.value)) return { reply: errorReply(400, 'PUT takes one statement object') };
  const bodyId: unknown = json.value['id'];
  if (bodyId !== undefined && (typeof bodyId !== 'string' || idKey(bodyId) !== idKey(statementId))) {
    const refused = [
      {
        statement: json.value,
        messages: [`statementId ${statementId} differs from the statement's id ${String(bodyId)}`],
      },
    ];
    return { reply: errorReply(400, 'statementId does not match the statement', { statements: refused }), refused };
  }
  return { sent: [json.value], candidates: [{ ...json.value, id: statementId }] };
}
