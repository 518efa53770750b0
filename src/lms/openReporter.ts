// Picks the reporter the launch asks for. The xAPI and cmi5 clients are loaded
// only when an LMS launched the game, so a plain visit never downloads them;
// calls made while they load are kept and replayed in order.
import { t } from '../i18n/intl.ts';
import type { LmsLaunch } from './launch.ts';
import { localOnlyReporter, type PlayReporter, type ReporterEnvironment } from './reporter.ts';

/** SCORM is opened by openScorm instead: its API is synchronous and it also keeps the progress. */
export function openReporter(launch: Exclude<LmsLaunch, { kind: 'scorm' }>, env: ReporterEnvironment): PlayReporter {
  switch (launch.kind) {
    case 'none':
      return localOnlyReporter(env.newId);
    case 'invalid':
      return withStatus(localOnlyReporter(env.newId), () =>
        t('lms.invalidLaunch', { standard: launch.standard, problems: launch.problems.join('; ') }),
      );
    case 'xapi':
      return deferred(
        launch.registration,
        env,
        import('./xapi/openXapi.ts').then((m) => m.openXapiReporter(launch, env)),
      );
    case 'cmi5':
      return deferred(
        launch.registration,
        env,
        import('./xapi/openXapi.ts').then((m) => m.openCmi5Reporter(launch, env)),
      );
  }
}

/** `line` is said each time it is asked for, so in the interface's language of the moment. */
function withStatus(reporter: PlayReporter, line: () => string): PlayReporter {
  return { ...reporter, status: line };
}

/** A reporter that is still loading: the registration is known now, the rest waits for it in order. */
function deferred(registration: string | null, env: ReporterEnvironment, loading: Promise<PlayReporter>): PlayReporter {
  const fallback = localOnlyReporter(env.newId);
  let real: PlayReporter | null = null;
  let problem: (() => string) | null = null;
  const waiting: ((r: PlayReporter) => void)[] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  let workshop: string | null = null;
  loading.then(
    (reporter) => {
      real = reporter;
      waiting.splice(0).forEach((call) => call(reporter));
      reporter.subscribe(changed);
      changed();
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      problem = () => t('lms.unreachable', { error: detail });
      env.log(problem());
      waiting.length = 0;
      changed();
    },
  );
  const later = (call: (r: PlayReporter) => void) => (real ? call(real) : problem ? undefined : waiting.push(call));
  return {
    registrationFor: (mode) =>
      real?.registrationFor(mode) ?? registration ?? (mode.workshop ? (workshop ??= env.newId()) : env.newId()),
    started: (story, resumed) => later((r) => r.started(story, resumed)),
    beat: (story, beat, label) => later((r) => r.beat(story, beat, label)),
    answered: (fact) => later((r) => r.answered(fact)),
    ended: (fact) => later((r) => r.ended(fact)),
    trackFinished: (done) => later((r) => r.trackFinished(done)),
    masteryScore: () => real?.masteryScore() ?? fallback.masteryScore(),
    leaving: () => later((r) => r.leaving()),
    returnUrl: () => real?.returnUrl() ?? null,
    exit: () => real?.exit() ?? Promise.resolve(),
    undelivered: () => real?.undelivered?.() ?? [],
    status: () => real?.status() ?? problem?.() ?? t('lms.connecting'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
