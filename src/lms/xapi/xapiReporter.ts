// Reports plays as xAPI statements through the persistent queue. The same
// reporter serves a classic xAPI launch and a cmi5 launch: cmi5 only changes
// the session (its context template, the AU as launched activity), the verbs
// of story-level statements, and adds the AU's defined statements at the end.
import type { Statement } from '@xapi/xapi';
import type { AnsweredFact, EndedFact, StoryRef } from '../playFacts.ts';
import type { PlayReporter, TrackDone } from '../reporter.ts';
import type { Cmi5Unit } from './cmi5Session.ts';
import { describeReporting, type ResultState } from './reportingLine.ts';
import type { StatementQueue } from './statementQueue.ts';
import {
  beatExperienced,
  choiceAnswered,
  storyEnded,
  storyStarted,
  trackPassed,
  VERBS,
  type StatementSession,
} from './statements.ts';

export interface XapiReporterOptions {
  queue: StatementQueue;
  /** Everything of a session but the registration, which each story carries. */
  session: Omit<StatementSession, 'registration'>;
  /** The launch's registration, which every statement then shares. */
  launchRegistration: string | null;
  newId(): string;
  /** cmi5 only: the AU's own statements, kept to the profile's rules. */
  cmi5?: Cmi5Unit;
  /** The last send as the page goes (a keepalive request that outlives it). */
  sendOnUnload?(waiting: readonly Statement[]): void;
}

const SCORED = { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } };
const ATTEMPTED = { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } };

export function createXapiReporter(options: XapiReporterOptions): PlayReporter {
  const { queue, cmi5 } = options;
  let workshopRegistration: string | null = null;
  const listeners = new Set<() => void>();
  queue.subscribe(() => listeners.forEach((listener) => listener()));
  const session = (story: Pick<StoryRef, 'registration'>): StatementSession => ({
    ...options.session,
    registration: story.registration,
  });
  const launchedUnit = (story: StoryRef) => options.session.launchedScenario === story.scenarioId;
  const send = (statements: Statement[]) => {
    // A cmi5 session ends at terminated: later plays in this window are practice.
    if (cmi5?.terminated()) return;
    queue.add(statements);
  };
  // The AU's closing statements end the session themselves, so they are queued past the check in send.
  const finishUnit = (unit: Cmi5Unit, result: { percent: number; passed: boolean }) => {
    if (!unit.terminated()) queue.add(unit.finish(result));
  };
  // cmi5 reserves initialized/completed/passed/failed for the AU itself, so a story inside it uses neutral verbs.
  const retag = (statement: Statement, story: StoryRef): Statement => {
    if (!cmi5 || launchedUnit(story)) return statement;
    const verb =
      statement.verb.id === VERBS.initialized.id
        ? ATTEMPTED
        : statement.verb.id === VERBS.passed.id || statement.verb.id === VERBS.failed.id
          ? SCORED
          : statement.verb;
    return { ...statement, verb };
  };

  return {
    registrationFor(mode) {
      if (options.launchRegistration) return options.launchRegistration;
      return mode.workshop ? (workshopRegistration ??= options.newId()) : options.newId();
    },
    started(story, resumed) {
      // The AU's own initialized (from the cmi5 client) already says this story began.
      if (cmi5 && launchedUnit(story) && !resumed) return;
      send([retag(storyStarted(session(story), story, resumed), story)]);
    },
    beat(story, beat, label) {
      send([beatExperienced(session(story), story, beat, label)]);
    },
    answered(fact: AnsweredFact) {
      send([choiceAnswered(session(fact.story), fact)]);
    },
    ended(fact: EndedFact) {
      if (cmi5 && launchedUnit(fact.story)) {
        finishUnit(cmi5, { percent: fact.percent, passed: fact.passed });
        return;
      }
      // Inside a cmi5 track a story's end is a score, not the AU's completion.
      const statements = storyEnded(session(fact.story), fact).map((s) => retag(s, fact.story));
      send(cmi5 ? statements.filter((s) => s.verb.id !== VERBS.completed.id) : statements);
    },
    trackFinished(done: TrackDone) {
      if (cmi5) finishUnit(cmi5, done);
      else if (done.passed) send(trackPassed(session(done), done, done.percent, done.durationMs));
    },
    masteryScore: () => cmi5?.masteryScore ?? null,
    returnUrl: () => cmi5?.returnUrl ?? null,
    async exit() {
      if (cmi5) queue.add(cmi5.leave());
      await queue.flush();
    },
    leaving() {
      // cmi5 ends a session at terminated, and a page that goes cannot tell a reload from a close (README, "cmi5 sessions").
      if (cmi5 && !cmi5.terminated()) queue.add(cmi5.leave());
      options.sendOnUnload?.(queue.waiting());
    },
    status: () => describeReporting(queue.status(), cmi5 ? resultState(cmi5, queue) : null),
    undelivered: () => queue.setAside().map((entry) => entry.statement),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Where a cmi5 session's result stands: what the status may claim rests on what the LRS has stored. */
function resultState(unit: Cmi5Unit, queue: StatementQueue): ResultState {
  if (!unit.terminated()) return 'open';
  const { ids, recorded } = unit.result();
  if (!ids.length) return 'ended';
  if (recorded) return 'recorded';
  const fates = ids.map((id) => queue.fate(id));
  if (fates.every((fate) => fate === 'delivered')) {
    unit.resultRecorded();
    return 'recorded';
  }
  return fates.includes('set-aside') ? 'refused' : 'pending';
}
