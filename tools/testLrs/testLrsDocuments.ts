// The xAPI document resources cmi5 needs: State (/activities/state, where the LMS leaves
// LMS.LaunchData) and Agent Profile (/agents/profile, cmi5LearnerPreferences).
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { errorReply, isRecord, jsonReply, parseJson, type Reply } from './testLrsHttp.ts';
import { agentKey } from './testLrsStatements.ts';

export type DocumentResource = 'state' | 'agentProfile';

interface StoredDocument {
  scope: string;
  id: string;
  contentType: string;
  body: Buffer;
  updated: string;
}

export interface DocumentRequest {
  method: string;
  resource: DocumentResource;
  params: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const etagOf = (doc: StoredDocument) => `"${createHash('sha1').update(doc.body).digest('hex')}"`;
const isJson = (contentType: string) => /^application\/json\b/i.test(contentType);

export class DocumentStore {
  private readonly docs = new Map<string, StoredDocument>();

  handle(request: DocumentRequest): Reply {
    const { method, resource, params } = request;
    const scope = this.scopeOf(resource, params);
    if (typeof scope !== 'string') return scope;
    const idName = resource === 'state' ? 'stateId' : 'profileId';
    const id = params.get(idName);
    const existing = id === null ? undefined : this.docs.get(`${scope}\n${id}`);
    if (method === 'GET') {
      if (id === null) return jsonReply(200, this.idsIn(scope, params.get('since')));
      if (!existing) return errorReply(404, `no ${resource} document ${id}`);
      return {
        status: 200,
        body: existing.body,
        headers: { 'Content-Type': existing.contentType, ETag: etagOf(existing), 'Last-Modified': existing.updated },
      };
    }
    if (method === 'DELETE') {
      if (id !== null) {
        this.docs.delete(`${scope}\n${id}`);
      } else if (resource === 'state') {
        for (const [key, doc] of this.docs) if (doc.scope === scope) this.docs.delete(key);
      } else {
        return errorReply(400, 'profileId is required');
      }
      return { status: 204 };
    }
    if (method !== 'PUT' && method !== 'POST') return errorReply(405, `${method} is not allowed here`);
    if (id === null) return errorReply(400, `${idName} is required`);
    const refused = this.precondition(request, existing);
    if (refused) return refused;
    const contentType = request.headers['content-type'] ?? 'application/octet-stream';
    if (method === 'POST' && existing) {
      const merged = mergeJson(existing, contentType, request.body);
      if (!merged)
        return errorReply(
          400,
          'POST merges JSON objects only: both the stored and the sent document must be JSON objects',
        );
      this.write(scope, id, 'application/json', Buffer.from(JSON.stringify(merged)));
    } else this.write(scope, id, contentType, request.body);
    return { status: 204 };
  }

  /** Writes a JSON document the way an LMS would before a launch. */
  putJson(resource: DocumentResource, params: Record<string, string>, value: unknown): void {
    const scope = this.scopeOf(resource, new URLSearchParams(params));
    if (typeof scope !== 'string') throw new Error(`bad document address: ${JSON.stringify(scope.body)}`);
    const id = params[resource === 'state' ? 'stateId' : 'profileId'];
    if (id === undefined) throw new Error('a document needs its id');
    this.write(scope, id, 'application/json', Buffer.from(JSON.stringify(value)));
  }

  private write(scope: string, id: string, contentType: string, body: Buffer): void {
    this.docs.set(`${scope}\n${id}`, { scope, id, contentType, body, updated: new Date().toISOString() });
  }

  private scopeOf(resource: DocumentResource, params: URLSearchParams): string | Reply {
    const agentParam = params.get('agent');
    const parsed = agentParam === null ? undefined : parseJson(agentParam);
    const agent = parsed?.ok ? agentKey(parsed.value) : undefined;
    if (!agent) return errorReply(400, 'agent must be a JSON Agent with one identifier');
    if (resource === 'agentProfile') return `profile\n${agent}`;
    const activityId = params.get('activityId');
    if (!activityId) return errorReply(400, 'activityId is required');
    return `state\n${activityId}\n${agent}\n${params.get('registration')?.toLowerCase() ?? ''}`;
  }

  private idsIn(scope: string, since: string | null): string[] {
    const after = since === null ? -Infinity : Date.parse(since);
    return [...this.docs.values()].filter((d) => d.scope === scope && Date.parse(d.updated) > after).map((d) => d.id);
  }

  // The spec's optimistic concurrency: honoured whenever a client sends the headers, and for
  // agent profiles a blind overwrite of an existing document is refused, as the spec requires.
  private precondition(
    { method, resource, headers }: DocumentRequest,
    existing: StoredDocument | undefined,
  ): Reply | undefined {
    const ifMatch = headers['if-match'];
    const ifNoneMatch = headers['if-none-match'];
    if (ifMatch !== undefined && (!existing || (ifMatch !== '*' && ifMatch !== etagOf(existing))))
      return errorReply(412, 'If-Match does not match');
    if (ifNoneMatch === '*' && existing) return errorReply(412, 'If-None-Match: * but the document exists');
    if (
      resource === 'agentProfile' &&
      method === 'PUT' &&
      existing &&
      ifMatch === undefined &&
      ifNoneMatch === undefined
    ) {
      return errorReply(409, 'the profile exists: send If-Match (or If-None-Match) to overwrite it');
    }
    return undefined;
  }
}

function mergeJson(existing: StoredDocument, contentType: string, body: Buffer): Record<string, unknown> | undefined {
  if (!isJson(existing.contentType) || !isJson(contentType)) return undefined;
  const before = parseJson(existing.body.toString('utf8'));
  const after = parseJson(body.toString('utf8'));
  if (!before.ok || !after.ok || !isRecord(before.value) || !isRecord(after.value)) return undefined;
  return { ...before.value, ...after.value };
}
