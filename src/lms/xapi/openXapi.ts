// Wires an xAPI or cmi5 launch to a reporter: the maintained client does the
// HTTP, the queue does the keeping and the retrying.
import XAPI, { type Statement } from '@xapi/xapi';
import type { LmsLaunch } from '../launch.ts';
import type { ReporterEnvironment } from '../openReporter.ts';
import type { PlayReporter } from '../reporter.ts';
import { openCmi5 } from './cmi5Session.ts';
import { outcomeOf } from './sendOutcome.ts';
import { createStatementQueue, type StatementQueue } from './statementQueue.ts';
import { PROJECT_IRI } from './statements.ts';
import { createXapiReporter } from './xapiReporter.ts';

/** One queue per LRS, kept in storage; statements left from an earlier visit (a closed tab, a dropped network) go first. */
function openQueue(endpoint: string, send: (statement: Statement) => Promise<unknown>, env: ReporterEnvironment, opening: Statement[]): StatementQueue {
  const queue = createStatementQueue({ storage: env.local, key: `service-hero.xapi-queue.${endpoint}`, send: (statement) => outcomeOf(send(statement)), log: env.log });
  watchConnection(() => void queue.flush());
  queue.add(opening);
  void queue.flush();
  return queue;
}

export function openXapiReporter(launch: Extract<LmsLaunch, { kind: 'xapi' }>, env: ReporterEnvironment): PlayReporter {
  const xapi = new XAPI({ endpoint: launch.endpoint, auth: launch.auth });
  const queue = openQueue(launch.endpoint, (statement) => xapi.sendStatement({ statement }), env, []);
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
      now: env.now,
    },
  });
}

export async function openCmi5Reporter(launch: Extract<LmsLaunch, { kind: 'cmi5' }>, env: ReporterEnvironment): Promise<PlayReporter> {
  const opened = await openCmi5(launch, env.session, env.local, env.scenario);
  const queue = openQueue(launch.endpoint, opened.send, env, opened.opening);
  return createXapiReporter({
    queue,
    launchRegistration: launch.registration,
    newId: env.newId,
    session: { ...opened.session, newId: env.newId, now: env.now },
    cmi5: opened.unit,
  });
}

/** Coming back online or to the tab is the next chance to send what waits. */
function watchConnection(flush: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('online', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') flush();
  });
}
