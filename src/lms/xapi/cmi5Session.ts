// Opens a cmi5 session with the maintained @xapi/cmi5 client: it fetches the
// auth token, reads the LMS's launch data and builds the profile's defined
// statements. Every statement it would send goes into our queue instead, so
// cmi5 statements get the same nothing-is-lost delivery as the rest.
import Cmi5 from '@xapi/cmi5';
import type XAPI from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import type { StorageLike } from '../../engine/storageLike.ts';
import type { LmsLaunch } from '../launch.ts';
import type { StatementSession } from './statements.ts';

type Cmi5Launch = Extract<LmsLaunch, { kind: 'cmi5' }>;

/** The ids of the session's result statements (passed or failed, completed), and whether the LRS has them all. */
export interface SessionResult {
  ids: string[];
  recorded: boolean;
}

/** What the cmi5 profile adds: defined statements about the assignable unit. */
export interface Cmi5Unit {
  masteryScore: number | null;
  /**
   * passed/failed (Normal launch mode only), then completed, then terminated — each at most as often
   * as cmi5 allows. The client measures the duration itself, from initialization.
   */
  finish(result: { percent: number; passed: boolean }): Statement[];
  /** After terminated, nothing more may be sent in this session. */
  terminated(): boolean;
  /** Where the LMS wants the learner sent when they leave the AU. */
  returnUrl: string | null;
  /** terminated, when the learner leaves (or the page goes) before the unit is finished. */
  leave(): Statement[];
  /** The session's result statements, once finished, and whether the LRS is known to have them. */
  result(): SessionResult;
  /** Remembers (for a reload) that the LRS has stored the result statements. */
  resultRecorded(): void;
}

/** Captures the statements the client builds rather than letting it post them, stamped by the page's strictly increasing clock. */
class QueuedCmi5 extends Cmi5 {
  private captured: Statement[] = [];
  clock: () => Date = () => new Date();

  override sendXapiStatement(statement: Statement): ReturnType<Cmi5['sendXapiStatement']> {
    this.captured.push({ ...statement, timestamp: this.clock().toISOString() });
    // The client's callers only await this; nothing reads the response.
    return Promise.resolve({
      data: [statement.id ?? ''],
      status: 200,
      statusText: 'queued',
      headers: {},
      config: {},
    } as unknown as Awaited<ReturnType<Cmi5['sendXapiStatement']>>);
  }

  take(): Statement[] {
    const taken = this.captured;
    this.captured = [];
    return taken;
  }
}

export interface OpenedCmi5 {
  unit: Cmi5Unit;
  session: Omit<StatementSession, 'registration' | 'newId' | 'now'>;
  /** The statements made while opening (initialized, on a first launch). */
  opening: Statement[];
  /** The client's xAPI connection, authorised with the session's token. */
  xapi: XAPI;
  /** The Authorization header the session's requests carry. */
  auth(): string;
}

/**
 * A reload of the same launch (the fetch URL works only once) reuses the session
 * kept in sessionStorage, so a resumed story stays in the same cmi5 session.
 */
export async function openCmi5(
  launch: Cmi5Launch,
  sessionStore: StorageLike | null,
  unitStore: StorageLike | null,
  scenario: string | null,
  clock: () => Date,
): Promise<OpenedCmi5> {
  const cmi5 = new QueuedCmi5({
    endpoint: launch.endpoint,
    fetch: launch.fetch,
    actor: launch.actor,
    registration: launch.registration,
    activityId: launch.activityId,
  });
  cmi5.clock = clock;
  const sessionKey = `service-hero.cmi5-session.${launch.registration}.${launch.fetch}`;
  const saved = readJson<{ authToken: string; initializedDate: string }>(sessionStore, sessionKey);
  await cmi5.initialize(
    saved ? { authToken: saved.authToken, initializedDate: new Date(saved.initializedDate) } : undefined,
  );
  write(sessionStore, sessionKey, {
    authToken: cmi5.getAuthToken(),
    initializedDate: cmi5.getInitializedDate().toISOString(),
  });

  const data = cmi5.getLaunchData();
  const unitKey = `service-hero.cmi5-unit.${launch.registration}.${launch.activityId}`;
  const sessionEndKey = `${sessionKey}.terminated`;
  const resultKey = `${sessionKey}.result`;
  const result = () => readJson<SessionResult>(sessionStore, resultKey) ?? { ids: [], recorded: false };
  const unit: Cmi5Unit = {
    masteryScore: typeof data.masteryScore === 'number' ? data.masteryScore : null,
    terminated: () => readJson<boolean>(sessionStore, sessionEndKey) === true,
    returnUrl: safeReturnUrl(data.returnURL),
    result,
    resultRecorded: () => write(sessionStore, resultKey, { ...result(), recorded: true }),
    leave() {
      if (unit.terminated()) return [];
      void cmi5.terminate();
      write(sessionStore, sessionEndKey, true);
      return cmi5.take();
    },
    finish({ percent, passed: passedByGame }) {
      if (unit.terminated()) return [];
      // The mastery score, when the LMS set one, decides; the client refuses a pass below it.
      const passed = unit.masteryScore === null ? passedByGame : Math.round(percent) / 100 >= unit.masteryScore;
      const done = readJson<{ passed?: boolean; completed?: boolean }>(unitStore, unitKey) ?? {};
      const score = { scaled: Math.round(percent) / 100, raw: percent, min: 0, max: 100 };
      // The library enforces the profile: Normal mode only, and passed only at or above the mastery score.
      if (data.launchMode === 'Normal') {
        if (passed && !done.passed) {
          void cmi5.pass(score);
          done.passed = true;
        } else if (!passed && !done.passed) void cmi5.fail(score);
        if (!done.completed) {
          void cmi5.complete();
          done.completed = true;
        }
      }
      const results = cmi5.take();
      void cmi5.terminate();
      write(unitStore, unitKey, done);
      write(sessionStore, sessionEndKey, true);
      // The status may say the result is recorded only once the LRS has stored these.
      write(sessionStore, resultKey, { ids: results.map((r) => r.id ?? ''), recorded: false } satisfies SessionResult);
      return [...results, ...cmi5.take()];
    },
  };
  const xapi = cmi5.xapi;
  if (!xapi) throw new Error('the cmi5 client did not open an xAPI connection');
  return {
    unit,
    session: {
      actor: launch.actor,
      activityRoot: launch.activityId,
      launchedActivity: launch.activityId,
      launchedScenario: scenario,
      contextTemplate: data.contextTemplate,
    },
    opening: cmi5.take(),
    xapi,
    auth: () => `Basic ${cmi5.getAuthToken()}`,
  };
}

/** Only an http(s) address may be followed: the launch data comes from outside. */
function safeReturnUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function readJson<T>(storage: StorageLike | null, key: string): T | null {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    /* without storage a reload starts a new cmi5 session, which the LMS allows */
  }
}
