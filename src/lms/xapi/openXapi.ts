// Wires an xAPI or cmi5 launch to a reporter: the maintained client does the
// HTTP, the queue does the keeping and the retrying.
import XAPI, { type Actor, type Statement } from '@xapi/xapi';
import type { LmsLaunch } from '../launch.ts';
import type { PlayReporter, ReporterEnvironment } from '../reporter.ts';
import { locale } from '../../i18n/intl.ts';
import { byLearner } from './agentKey.ts';
import { strictClock } from './clock.ts';
import { openCmi5 } from './cmi5Session.ts';
import { isOncePerRegistration, sendResultsOnce } from './resultsOnce.ts';
import { outcomeOf } from './sendOutcome.ts';
import { sendOnUnload, type UnloadTarget } from './sendOnUnload.ts';
import { openSetAside } from './setAside.ts';
import { createStatementQueue, type SendOutcome, type StatementQueue } from './statementQueue.ts';
import { PROJECT_IRI } from './statements.ts';
import { openTabQueue, type LocksLike, type QueueStorage } from './tabQueueStore.ts';
import { createXapiReporter } from './xapiReporter.ts';

/** Posts one statement; a 409 is looked up, since it may be this very statement, stored by an earlier send whose answer was lost. */
const plainSend = (xapi: XAPI) => (statement: Statement) =>
  outcomeOf(
    xapi.sendStatement({ statement }),
    async () => (await xapi.getStatement({ statementId: statement.id ?? '' })).status === 200,
  );

/** Each page keeps its own queue for the LRS (tabs never overwrite each other's) and adopts those of pages that have gone. */
function openQueue(
  endpoint: string,
  actor: Actor,
  send: (statement: Statement) => Promise<SendOutcome>,
  env: ReporterEnvironment,
  opening: Statement[],
): StatementQueue {
  const prefix = `service-hero.xapi-queue.${endpoint}`;
  const pageId = env.newId();
  const storage = fullStorage(env.local);
  const belongs = byLearner(actor);
  const store = storage
    ? openTabQueue({ storage, prefix, pageId, locks: webLocks(), belongs, now: () => Date.now(), log: env.log })
    : null;
  const queue = createStatementQueue({
    store,
    setAside: openSetAside(storage, prefix, pageId, belongs),
    send,
    log: env.log,
  });
  watchConnection(() => void queue.flush());
  queue.add(opening);
  void queue.flush();
  // A page that has just gone (a reload, a tab closed a moment ago) may keep its lock a little longer,
  // and other tabs close while this one stays: look for left-behind queues again soon, then now and then.
  if (store && typeof window !== 'undefined') {
    window.setTimeout(() => void queue.flush(), 2000);
    window.setInterval(() => void queue.flush(), 20_000);
  }
  return queue;
}

export function openXapiReporter(launch: Extract<LmsLaunch, { kind: 'xapi' }>, env: ReporterEnvironment): PlayReporter {
  const xapi = new XAPI({ endpoint: launch.endpoint, auth: launch.auth });
  const now = strictClock(env.now);
  const queue = openQueue(launch.endpoint, launch.actor, plainSend(xapi), env, []);
  const unload: UnloadTarget = { endpoint: launch.endpoint, auth: () => launch.auth, mustCheck: () => false };
  return createXapiReporter({
    queue,
    launchRegistration: launch.registration,
    newId: env.newId,
    session: {
      actor: launch.actor,
      activityRoot: launch.activityId ?? `${PROJECT_IRI}/activities`,
      launchedActivity: launch.activityId,
      launchedScenario: launch.activityId ? env.scenario : null,
      newId: env.newId,
      now,
      // The interface's language at each statement: a switch mid-play shows in the statements made after it.
      language: locale,
    },
    sendOnUnload: (waiting) => void sendOnUnload(waiting, unload),
  });
}

export async function openCmi5Reporter(
  launch: Extract<LmsLaunch, { kind: 'cmi5' }>,
  env: ReporterEnvironment,
): Promise<PlayReporter> {
  const now = strictClock(env.now);
  const opened = await openCmi5(launch, env.session, env.local, env.scenario, now);
  const unit = { actor: launch.actor, activityId: launch.activityId, registration: launch.registration };
  const queue = openQueue(
    launch.endpoint,
    launch.actor,
    sendResultsOnce(opened.xapi, unit, plainSend(opened.xapi)),
    env,
    opened.opening,
  );
  const unload: UnloadTarget = {
    endpoint: launch.endpoint,
    auth: opened.auth,
    mustCheck: (s) => isOncePerRegistration(s, unit),
  };
  return createXapiReporter({
    queue,
    launchRegistration: launch.registration,
    newId: env.newId,
    session: { ...opened.session, newId: env.newId, now, language: locale },
    cmi5: opened.unit,
    sendOnUnload: (waiting) => void sendOnUnload(waiting, unload),
  });
}

/** The queue lists its keys to find orphans, which a StorageLike need not offer. */
function fullStorage(storage: ReporterEnvironment['local']): QueueStorage | null {
  if (!storage) return null;
  return typeof storage.key === 'function' &&
    typeof storage.removeItem === 'function' &&
    typeof storage.length === 'number'
    ? (storage as QueueStorage)
    : null;
}

/** Web Locks exist in secure contexts (https, localhost); elsewhere orphans are told by age instead. */
function webLocks(): LocksLike | null {
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return null;
  const locks = navigator.locks;
  return { request: (name, callback) => locks.request(name, callback), query: () => locks.query() };
}

/** Coming back online or to the tab is the next chance to send what waits. */
function watchConnection(flush: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('online', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') flush();
  });
}
