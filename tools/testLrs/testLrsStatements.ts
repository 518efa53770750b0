// What the xAPI spec asks of an LRS about statements: validating, comparing, and
// answering queries. Validation is delegated to xapi-validation (Learning Locker's
// conformance-tested validator), so the game is judged by code it does not share.
import { createHash } from 'node:crypto';
import type { Statement } from '@xapi/xapi';
import xapiValidation from 'xapi-validation';
import { isRecord, parseJson } from './testLrsHttp.ts';

export interface StoredStatement {
  /** As the LRS serves it: `id`, `stored`, `authority`, `version` and `timestamp` filled in. */
  statement: Statement;
  /** Exactly as the client sent it. */
  original: Statement;
  method: 'POST' | 'PUT';
}

type Validate = typeof xapiValidation;
type ValidationWarning = ReturnType<Validate>[number];

// The package is CommonJS with `exports.default`: depending on the loader (Node, Vite,
// tsx) the default import is either that function or the whole module object.
const validate: Validate = (() => {
  const loaded: unknown = xapiValidation;
  return typeof loaded === 'function' ? (loaded as Validate) : (loaded as { default: Validate }).default;
})();

// Every warning's `message` is just "Validation Error"; the useful part is its class,
// path and extra fields, so we turn those into a sentence a test failure can show.
const PLUMBING = new Set(['data', 'path', 'message', 'name', 'stack']);
function describe(warning: ValidationWarning): string[] {
  const fields = warning as unknown as Record<string, unknown>;
  const nested = fields['warnings'];
  if (Array.isArray(nested)) return (nested as ValidationWarning[]).flatMap(describe);
  const where = warning.path.join('.') || 'statement';
  const kind = warning.constructor.name.replace(/Warning$/, '') || 'Invalid';
  const type =
    fields['typeName'] ??
    (typeof fields['type'] === 'function' ? (fields['type'] as { name: string }).name : undefined);
  if (typeof type === 'string') return [`${where}: expected ${type}`];
  if (kind === 'Required') return [`${where}: required`];
  if (Array.isArray(fields['keys'])) return [`${where}: properties not allowed here: ${fields['keys'].join(', ')}`];
  const details = Object.entries(fields)
    .filter(([key]) => !PLUMBING.has(key))
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return [`${where}: ${kind}${details.length ? ` (${details.join('; ')})` : ''}`];
}

/** The validator's complaints about one statement, as readable lines; empty when it is valid. */
export function statementProblems(statement: unknown): string[] {
  return validate(statement).flatMap(describe);
}

/** Statement ids are UUIDs: compared without regard to case (or the braces the validator allows). */
export function idKey(id: string): string {
  return id.toLowerCase().replace(/[{}]/g, '');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether a statement arriving under an existing id is the same statement again (a resend)
 * or a different one (a conflict). Properties an LRS may set itself are left out, as the
 * spec's statement comparison rules allow.
 */
export function sameStatement(a: Statement, b: Statement): boolean {
  const strip = ({ id, stored, authority, version, ...rest }: Statement) => ({
    ...rest,
    id: id === undefined ? undefined : idKey(id),
  });
  return canonical(strip(a)) === canonical(strip(b));
}

/** An agent's identity (its inverse functional identifier), so differently written agents match. */
export function agentKey(agent: unknown): string | undefined {
  if (!isRecord(agent)) return undefined;
  const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
  // mbox and mbox_sha1sum name the same person: both become the hash.
  if (typeof agent['mbox'] === 'string') return `sha1:${sha1(agent['mbox'])}`;
  if (typeof agent['mbox_sha1sum'] === 'string') return `sha1:${agent['mbox_sha1sum'].toLowerCase()}`;
  if (typeof agent['openid'] === 'string') return `openid:${agent['openid']}`;
  const account = agent['account'];
  if (isRecord(account) && typeof account['homePage'] === 'string' && typeof account['name'] === 'string') {
    return `account:${account['homePage']}|${account['name']}`;
  }
  return undefined;
}

function activityIds(statement: unknown, related: boolean): string[] {
  if (!isRecord(statement)) return [];
  const ids: string[] = [];
  const object = statement['object'];
  if (isRecord(object)) {
    const type = object['objectType'];
    if ((type === undefined || type === 'Activity') && typeof object['id'] === 'string') ids.push(object['id']);
    if (related && type === 'SubStatement') ids.push(...activityIds(object, true));
  }
  const context = statement['context'];
  if (related && isRecord(context) && isRecord(context['contextActivities'])) {
    for (const list of Object.values(context['contextActivities'])) {
      for (const activity of Array.isArray(list) ? list : [list]) {
        if (isRecord(activity) && typeof activity['id'] === 'string') ids.push(activity['id']);
      }
    }
  }
  return ids;
}

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

function voidedIds(all: readonly StoredStatement[]): Set<string> {
  const voided = new Set<string>();
  for (const { statement } of all) {
    const object: unknown = statement.object;
    if (
      statement.verb.id === VOIDED &&
      isRecord(object) &&
      object['objectType'] === 'StatementRef' &&
      typeof object['id'] === 'string'
    ) {
      voided.add(idKey(object['id']));
    }
  }
  return voided;
}

/** GET /statements?statementId=…: the statement, unless unknown or voided (both look absent). */
export function findStatement(all: readonly StoredStatement[], id: string): Statement | undefined {
  const key = idKey(id);
  if (voidedIds(all).has(key)) return undefined;
  return all.find((s) => s.statement.id !== undefined && idKey(s.statement.id) === key)?.statement;
}

/** GET /statements with filters: newest first unless `ascending=true`, as the spec orders them. */
export function queryStatements(
  all: readonly StoredStatement[],
  params: URLSearchParams,
): { statements: Statement[] } | { error: string } {
  let agent: string | undefined;
  const agentParam = params.get('agent');
  if (agentParam !== null) {
    const parsed = parseJson(agentParam);
    agent = parsed.ok ? agentKey(parsed.value) : undefined;
    if (!agent) return { error: 'agent must be a JSON Agent with one identifier' };
  }
  const verb = params.get('verb');
  const activity = params.get('activity');
  const registration = params.get('registration')?.toLowerCase();
  const related = params.get('related_activities') === 'true';
  const since = params.has('since') ? Date.parse(params.get('since') ?? '') : undefined;
  const until = params.has('until') ? Date.parse(params.get('until') ?? '') : undefined;
  const limit = Number(params.get('limit') ?? 0);
  if ((since !== undefined && Number.isNaN(since)) || (until !== undefined && Number.isNaN(until)))
    return { error: 'since/until must be timestamps' };
  if (!Number.isInteger(limit) || limit < 0) return { error: 'limit must be a non-negative integer' };
  const voided = voidedIds(all);
  let found = all
    .map((s) => s.statement)
    .filter((s) => s.id === undefined || !voided.has(idKey(s.id)))
    .filter((s) => agent === undefined || agentKey(s.actor) === agent)
    .filter((s) => verb === null || s.verb.id === verb)
    .filter((s) => activity === null || activityIds(s, related).includes(activity))
    .filter((s) => registration === undefined || s.context?.registration?.toLowerCase() === registration)
    .filter((s) => since === undefined || Date.parse(s.stored ?? '') > since)
    .filter((s) => until === undefined || Date.parse(s.stored ?? '') <= until);
  if (params.get('ascending') !== 'true') found = found.reverse();
  return { statements: limit > 0 ? found.slice(0, limit) : found };
}
