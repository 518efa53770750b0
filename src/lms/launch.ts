// How an LMS launched the game, read from the page address: a cmi5 launch
// (endpoint, fetch, actor, registration, activityId), a classic xAPI launch
// (endpoint, auth, actor, registration, activity_id), or a SCORM package's SCO
// (scorm=1.2|2004). Anything else is a plain visit, and nothing is reported.
import { z } from '../engine/zod.ts';
import { scormVersionAround, type WindowLike } from './scorm/scormApi.ts';

const Account = z.strictObject({ homePage: z.string().min(1), name: z.string().min(1) });
const Agent = z
  .object({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:/, { error: 'an mbox starts with mailto:' })
      .optional(),
    mbox_sha1sum: z.string().optional(),
    openid: z.string().optional(),
    account: Account.optional(),
  })
  .refine((a) => [a.mbox, a.mbox_sha1sum, a.openid, a.account].filter(Boolean).length === 1, {
    error: 'the actor needs exactly one of mbox, mbox_sha1sum, openid or account',
  });
export type LaunchActor = z.infer<typeof Agent>;

const Uuid = z.uuid({ error: 'registration must be a UUID' });
const Url = z.url({ protocol: /^https?$/, error: 'endpoint must be an http(s) address' });
const Iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, { error: 'must be an IRI, like https://example.com/course' });

export type LmsLaunch =
  | { kind: 'none' }
  | {
      kind: 'xapi';
      endpoint: string;
      auth: string;
      actor: LaunchActor;
      registration: string | null;
      activityId: string | null;
    }
  | { kind: 'cmi5'; endpoint: string; fetch: string; actor: LaunchActor; registration: string; activityId: string }
  | { kind: 'scorm'; version: '1.2' | '2004' }
  | { kind: 'invalid'; standard: 'xAPI' | 'cmi5' | 'SCORM'; problems: string[] };

export function readLmsLaunch(search: string): LmsLaunch {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const problems: string[] = [];
  const check = <T>(name: string, schema: z.ZodType<T>, raw: unknown): T | null => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push(`${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return null;
  };
  const actorFrom = (raw: string | null) => {
    if (raw === null) return (problems.push('actor: missing'), null);
    try {
      // Some LMSs send the actor's array-valued fields (the 0.95 style): take the first of each.
      const value: unknown = JSON.parse(raw);
      return check('actor', Agent, flattenLegacyActor(value));
    } catch {
      problems.push('actor: is not valid JSON');
      return null;
    }
  };

  if (get('fetch') !== null) {
    const endpoint = check('endpoint', Url, get('endpoint'));
    const fetch = check('fetch', Url, get('fetch'));
    const actor = actorFrom(get('actor'));
    const registration = check('registration', Uuid, get('registration'));
    const activityId = check('activityId', Iri, get('activityId'));
    if (problems.length || !endpoint || !fetch || !actor || !registration || !activityId)
      return { kind: 'invalid', standard: 'cmi5', problems };
    return { kind: 'cmi5', endpoint, fetch, actor, registration, activityId };
  }
  if (get('endpoint') !== null) {
    const endpoint = check('endpoint', Url, get('endpoint'));
    const auth = check('auth', z.string().min(1, { error: 'missing' }), get('auth') ?? '');
    const actor = actorFrom(get('actor'));
    const registration = get('registration') === null ? null : check('registration', Uuid, get('registration'));
    const activityId = get('activity_id') === null ? null : check('activity_id', Iri, get('activity_id'));
    if (problems.length || !endpoint || !auth || !actor) return { kind: 'invalid', standard: 'xAPI', problems };
    return { kind: 'xapi', endpoint, auth, actor, registration, activityId };
  }
  const scorm = get('scorm');
  if (scorm !== null) {
    if (scorm === '1.2' || scorm === '2004') return { kind: 'scorm', version: scorm };
    return { kind: 'invalid', standard: 'SCORM', problems: [`scorm: "${scorm.slice(0, 20)}" is not 1.2 or 2004`] };
  }
  return { kind: 'none' };
}

/**
 * As readLmsLaunch, and an address that names no launch at all is checked for a SCORM API around the
 * page: some LMSs drop the manifest's launch parameters (?scorm=…) but still offer the API the SCO must
 * call, and a SCO that never calls Initialize leaves the learner's attempt unrecorded.
 */
export function readLmsLaunchAround(search: string, page: WindowLike): LmsLaunch {
  const launch = readLmsLaunch(search);
  if (launch.kind !== 'none') return launch;
  const version = scormVersionAround(page);
  return version ? { kind: 'scorm', version } : launch;
}

function flattenLegacyActor(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
