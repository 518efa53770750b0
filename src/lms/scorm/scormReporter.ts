// Reports plays to a SCORM 1.2 or 2004 LMS: score, completion and success
// (combined in 1.2's lesson_status, separate in 2004), session time, each
// choice as an interaction, and the player's progress in suspend_data.
import type { AnsweredFact, EndedFact } from '../playFacts.ts';
import type { PlayReporter, TrackDone } from '../reporter.ts';
import { CMI, connectScorm, findScormApi, scorm12Time, scorm2004Time, SUSPEND_LIMIT, type ScormConnection, type ScormVersion, type WindowLike } from './scormApi.ts';
import { decodeKept, encodeKept, type KeptProgress } from './suspendData.ts';

export type ScormUnit = { kind: 'scenario' | 'track'; id: string } | null;

/** Where the player's progress lives in the LMS, for the progress store to read at start and write after each step. */
export interface LmsProgressBridge {
  /** What the LMS kept from an earlier session, or null; a notice when it could not be read. */
  load(): { kept: KeptProgress | null; notice: string | null };
  keep(kept: KeptProgress): void;
}

export interface ScormSession {
  reporter: PlayReporter;
  bridge: LmsProgressBridge | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function openScorm(version: ScormVersion, from: WindowLike, unit: ScormUnit, env: { newId(): string; now(): Date; log(message: string): void }): ScormSession {
  const api = findScormApi(from, version);
  const connection = api ? connectScorm(api, version, env.log) : null;
  const names = CMI[version];
  let workshop: string | null = null;
  const base = {
    registrationFor: (mode: { workshop: boolean }) => (mode.workshop ? (workshop ??= env.newId()) : env.newId()),
    subscribe: () => () => undefined,
    // A SCORM LMS owns the window around the SCO; leaving is its navigation, not ours.
    returnUrl: () => null,
    exit: () => Promise.resolve(),
  };
  if (!connection) {
    const problem = api
      ? `Your LMS would not start a SCORM ${version} session, so results are not being reported. Relaunch from your LMS.`
      : `This is a SCORM ${version} package, but no LMS was found around it, so results are not being reported. Open it from your LMS.`;
    return { reporter: { ...base, started() {}, beat() {}, answered() {}, ended() {}, trackFinished() {}, masteryScore: () => null, leaving() {}, status: () => problem }, bridge: null };
  }
  const scorm: ScormConnection = connection;
  const startedAt = env.now().getTime();
  const mastery = readMastery(scorm, version);
  const status12 = () => scorm.get('cmi.core.lesson_status');
  if (version === '1.2' ? ['', 'not attempted'].includes(status12()) : ['', 'unknown', 'not attempted'].includes(scorm.get('cmi.completion_status'))) {
    scorm.set(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
    scorm.commit();
  }
  let finished = false;
  let unitPassed = version === '1.2' ? status12() === 'passed' : scorm.get('cmi.success_status') === 'passed';
  const bestScore = () => Number(scorm.get(names.scoreRaw)) || 0;
  let outcome = '';

  const report = (percent: number, passed: boolean) => {
    // A better result never gets replaced by a worse one: the LMS keeps the trainee's best.
    const keepOld = unitPassed && !passed;
    const raw = keepOld ? Math.max(bestScore(), percent) : percent;
    scorm.set(names.scoreMin, '0');
    scorm.set(names.scoreMax, '100');
    scorm.set(names.scoreRaw, String(raw));
    unitPassed ||= passed;
    const bar = mastery === null ? '' : ` (your course asks for ${Math.round(mastery * 100)}%)`;
    outcome = unitPassed ? `: recorded as passed, ${raw}%` : `: ${raw}% recorded, not passed yet${bar}`;
    if (version === '1.2') scorm.set('cmi.core.lesson_status', unitPassed ? 'passed' : 'failed');
    else {
      scorm.set('cmi.score.scaled', String(Math.round(raw) / 100));
      scorm.set('cmi.completion_status', 'completed');
      scorm.set('cmi.success_status', unitPassed ? 'passed' : 'failed');
    }
    scorm.set(names.sessionTime, sessionTime());
    scorm.commit();
  };
  const sessionTime = () => (version === '1.2' ? scorm12Time : scorm2004Time)(env.now().getTime() - startedAt);

  const reporter: PlayReporter = {
    ...base,
    started: () => undefined,
    beat(story, beat) {
      scorm.set(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location', `${story.scenarioId}/${beat}`.slice(0, 255));
    },
    answered(fact: AnsweredFact) {
      recordInteraction(scorm, version, fact, env.now());
      scorm.commit();
    },
    ended(fact: EndedFact) {
      if (unit?.kind === 'scenario' && unit.id === fact.story.scenarioId) report(fact.percent, fact.passed);
      else scorm.commit();
    },
    trackFinished(done: TrackDone) {
      if (unit?.kind === 'track' && unit.id === done.id) report(done.percent, done.passed);
    },
    masteryScore: () => mastery,
    leaving() {
      if (finished) return;
      finished = true;
      scorm.set(names.sessionTime, sessionTime());
      // Suspend keeps suspend_data for the next launch; a passed unit ends its attempt normally.
      scorm.set(names.exit, unitPassed ? (version === '1.2' ? '' : 'normal') : 'suspend');
      scorm.commit();
      scorm.finish();
    },
    status: () => (finished ? null : `Reporting to your LMS (SCORM ${version})${outcome}.`),
  };
  const bridge: LmsProgressBridge = {
    load() {
      const decoded = decodeKept(scorm.get(names.suspendData));
      if (decoded.ok) return { kept: decoded.kept, notice: null };
      return { kept: null, notice: `The progress your LMS kept for you could not be read (${decoded.why}); this session starts from what this browser has.` };
    },
    keep(kept) {
      try {
        scorm.set(names.suspendData, encodeKept(kept, SUSPEND_LIMIT[version]));
        scorm.commit();
      } catch (error) {
        env.log(`Progress not kept in the LMS: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
  return { reporter, bridge };
}

function readMastery(scorm: ScormConnection, version: ScormVersion): number | null {
  const raw = scorm.get(CMI[version].mastery).trim();
  if (!raw) return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  return version === '1.2' ? value / 100 : value;
}

function recordInteraction(scorm: ScormConnection, version: ScormVersion, fact: AnsweredFact, now: Date): void {
  const n = Number(scorm.get('cmi.interactions._count')) || 0;
  const key = (field: string) => `cmi.interactions.${n}.${field}`;
  const correct = fact.chosen !== null && fact.best.includes(fact.chosen);
  // SCORM 1.2 allows only single letters and digits as choice responses, so options are lettered in the order shown.
  const letter = (id: string) => LETTERS[fact.options.findIndex((o) => o.id === id)] ?? 'z';
  scorm.set(key('id'), `${fact.story.scenarioId}.${fact.beat}.${fact.index}`.slice(0, 250));
  scorm.set(key('type'), 'choice');
  if (version === '1.2') {
    fact.best.forEach((id, i) => scorm.set(`${key('correct_responses')}.${i}.pattern`, letter(id)));
    if (fact.chosen !== null) scorm.set(key('student_response'), letter(fact.chosen));
    scorm.set(key('result'), correct ? 'correct' : 'wrong');
    scorm.set(key('weighting'), '1');
    scorm.set(key('time'), now.toISOString().slice(11, 19));
  } else {
    scorm.set(key('description'), fact.question.slice(0, 250));
    fact.best.forEach((id, i) => scorm.set(`${key('correct_responses')}.${i}.pattern`, id));
    if (fact.chosen !== null) scorm.set(key('learner_response'), fact.chosen);
    scorm.set(key('result'), correct ? 'correct' : 'incorrect');
    scorm.set(key('weighting'), '1');
    scorm.set(key('timestamp'), now.toISOString().slice(0, 19));
  }
}
