// The LMS side of a launch, as far as the tests need it: the cmi5 launch (LMS.LaunchData
// state document, one-time fetch URL, launch query string) and the older "TinCan launch".
import { randomUUID } from 'node:crypto';
import type { LaunchData, LearnerPreferences } from '@xapi/cmi5';
import type { Agent } from '@xapi/xapi';
import { jsonReply, type Reply } from './testLrsHttp.ts';

export const CMI5_SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** The AU's id in the course structure; cmi5 wants it in every statement's grouping. */
export const DEFAULT_PUBLISHER_ID = 'https://example.org/service-hero/au/service-hero';

export interface Cmi5LaunchOptions {
  activityId: string;
  actor: Agent;
  registration: string;
  launchMode?: LaunchData['launchMode'];
  masteryScore?: number;
  moveOn?: LaunchData['moveOn'];
  returnURL?: string;
  /** The course structure's static launch parameters for the AU. */
  launchParameters?: string;
  publisherId?: string;
  sessionId?: string;
  /** When given, written as the learner's cmi5LearnerPreferences agent profile. */
  learnerPreferences?: LearnerPreferences;
}

export interface XapiLaunchOptions {
  actor: Agent;
  activityId: string;
  registration?: string;
}

/** The LMS.LaunchData state document, as a cmi5 LMS writes it before launching the AU. */
export function cmi5LaunchData(options: Cmi5LaunchOptions, sessionId: string): LaunchData {
  return {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: options.publisherId ?? DEFAULT_PUBLISHER_ID }] },
      extensions: { [CMI5_SESSION_ID_EXTENSION]: sessionId },
    },
    launchMode: options.launchMode ?? 'Normal',
    launchMethod: 'AnyWindow',
    moveOn: options.moveOn ?? 'Completed',
    ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
    ...(options.returnURL !== undefined ? { returnURL: options.returnURL } : {}),
    ...(options.launchParameters !== undefined ? { launchParameters: options.launchParameters } : {}),
  };
}

// encodeURIComponent rather than URLSearchParams: the latter writes spaces as "+", which
// hand-written launch parsers (decodeURIComponent) would leave in the values.
function launchQuery(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The query string a cmi5 LMS appends to the AU's URL. */
export function cmi5LaunchQuery(endpoint: string, fetchUrl: string, options: Cmi5LaunchOptions): string {
  return launchQuery({
    endpoint,
    fetch: fetchUrl,
    actor: JSON.stringify(options.actor),
    registration: options.registration,
    activityId: options.activityId,
  });
}

/** The query string of a classic xAPI ("TinCan") launch: the credentials travel in the URL. */
export function xapiLaunchQuery(endpoint: string, auth: string, options: XapiLaunchOptions): string {
  return launchQuery({
    endpoint,
    auth,
    actor: JSON.stringify(options.actor),
    registration: options.registration,
    activity_id: options.activityId,
  });
}

/**
 * cmi5 fetch URLs: each hands out the auth token once. Later calls get the spec's error
 * JSON, still with status 200 (cmi5 8.2.2: "including one that generates an error").
 */
export class FetchUrls {
  private readonly used = new Map<string, boolean>();

  constructor(private readonly authToken: string) {}

  /** A new one-time id; the URL is `/cmi5/fetch/<id>`. */
  create(): string {
    const id = randomUUID();
    this.used.set(id, false);
    return id;
  }

  redeem(method: string, id: string): Reply {
    if (method !== 'POST')
      return jsonReply(405, { 'error-code': '3', 'error-text': 'The fetch URL answers POST only' }, { Allow: 'POST' });
    const used = this.used.get(id);
    if (used === undefined) return jsonReply(404, { 'error-code': '2', 'error-text': 'Unknown fetch URL' });
    if (used)
      return jsonReply(200, { 'error-code': '1', 'error-text': 'Already in use: this fetch URL has been used' });
    this.used.set(id, true);
    return jsonReply(200, { 'auth-token': this.authToken });
  }
}
