// Reports plays to a SCORM 1.2 or 2004 LMS: score, completion and success
// (combined in 1.2's lesson_status, separate in 2004), session time, each
// choice as an interaction, and the player's progress in suspend_data.
import type { AnsweredFact, EndedFact } from '../playFacts.ts';
import type { PlayReporter, TrackDone } from '../reporter.ts';
import {
  CMI,
  connectScorm,
  findScormApi,
  holdsNoProgress,
  scorm12Time,
  scorm2004Time,
  SUSPEND_LIMIT,
  type ScormConnection,
  type ScormVersion,
  type WindowLike,
} from './scormApi.ts';
import { recordInteraction } from './scormInteraction.ts';
import { notRecordedReason, readScormLearner, type NotRecorded, type ScormLearner } from './scormLearner.ts';
import { decodeKept, encodeKept, type KeptProgress } from './suspendData.ts';
import { formatNumber, t } from '../../i18n/intl.ts';

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
  /** Who the LMS says the learner is and how it opened the lesson; null with no LMS session. */
  learner: ScormLearner | null;
}

export function openScorm(
  version: ScormVersion,
  from: WindowLike,
  unit: ScormUnit,
  env: { newId(): string; now(): Date; log(message: string): void },
): ScormSession {
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
    const problem = () => t(api ? 'lms.scorm.refused' : 'lms.scorm.noLms', { version });
    return {
      reporter: {
        ...base,
        started() {},
        beat() {},
        answered() {},
        ended() {},
        trackFinished() {},
        masteryScore: () => null,
        leaving() {},
        status: problem,
      },
      bridge: null,
      learner: null,
    };
  }
  const scorm: ScormConnection = connection;
  const learner = readScormLearner(scorm, version);
  const unrecorded = notRecordedReason(learner);
  // Browse, review or no credit: the learner's record is read (to show where they stand) and never written.
  if (unrecorded)
    return {
      reporter: unrecordedReporter(scorm, version, unrecorded, base),
      bridge: { load: () => loadKept(scorm, version), keep: () => undefined },
      learner,
    };
  const startedAt = env.now().getTime();
  const mastery = readMastery(scorm, version);
  let finished = false;
  // One Commit per decision at most, and one on leaving: what is set in one step (the interaction, the
  // progress, the result) is committed together once the step is done, rather than after each piece.
  let commitWaiting = false;
  const commitSoon = () => {
    if (commitWaiting) return;
    commitWaiting = true;
    setTimeout(() => {
      commitWaiting = false;
      if (!finished) scorm.commit();
    }, 0);
  };
  const status12 = () => scorm.get('cmi.core.lesson_status');
  if (
    version === '1.2'
      ? ['', 'not attempted'].includes(status12())
      : ['', 'unknown', 'not attempted'].includes(scorm.get('cmi.completion_status'))
  ) {
    scorm.set(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
    commitSoon();
  }
  let unitPassed = version === '1.2' ? status12() === 'passed' : scorm.get('cmi.success_status') === 'passed';
  const bestScore = () => Number(scorm.get(names.scoreRaw)) || 0;
  let outcome: { raw: number; passed: boolean } | null = null;

  const report = (percent: number, passed: boolean) => {
    // A better result never gets replaced by a worse one: the LMS keeps the trainee's best.
    const keepOld = unitPassed && !passed;
    const raw = keepOld ? Math.max(bestScore(), percent) : percent;
    scorm.set(names.scoreMin, '0');
    scorm.set(names.scoreMax, '100');
    scorm.set(names.scoreRaw, String(raw));
    unitPassed ||= passed;
    outcome = { raw, passed: unitPassed };
    if (version === '1.2') scorm.set('cmi.core.lesson_status', unitPassed ? 'passed' : 'failed');
    else {
      scorm.set('cmi.score.scaled', String(Math.round(raw) / 100));
      scorm.set('cmi.completion_status', 'completed');
      scorm.set('cmi.success_status', unitPassed ? 'passed' : 'failed');
    }
    scorm.set(names.sessionTime, sessionTime());
    commitSoon();
  };
  const sessionTime = () => (version === '1.2' ? scorm12Time : scorm2004Time)(env.now().getTime() - startedAt);

  const reporter: PlayReporter = {
    ...base,
    started: () => undefined,
    beat(story, beat) {
      scorm.set(
        version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location',
        `${story.scenarioId}/${beat}`.slice(0, 255),
      );
    },
    answered(fact: AnsweredFact) {
      recordInteraction(scorm, version, fact, env.now());
      commitSoon();
    },
    ended(fact: EndedFact) {
      if (unit?.kind === 'scenario' && unit.id === fact.story.scenarioId) report(fact.percent, fact.passed);
      else commitSoon();
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
    status: () => {
      if (finished) return null;
      // Without the manifest's parameters the lesson's story or track is unknown, and a result cannot be credited to it.
      if (!unit) return t('lms.scorm.noUnit', { version });
      if (!outcome) return t('lms.scorm.reporting', { version });
      const percent = formatNumber(outcome.raw / 100, { style: 'percent', maximumFractionDigits: 2 });
      if (outcome.passed) return t('lms.scorm.passed', { version, percent });
      return mastery === null
        ? t('lms.scorm.notPassed', { version, percent })
        : t('lms.scorm.notPassedBar', { version, percent, mastery: formatNumber(mastery, { style: 'percent' }) });
    },
  };
  // Committed with the step's decision, or on leaving: a step with no decision is not worth a Commit of its own.
  const keep = (kept: KeptProgress) => {
    try {
      scorm.set(names.suspendData, encodeKept(kept, SUSPEND_LIMIT[version]));
    } catch (error) {
      env.log(`Progress not kept in the LMS: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { reporter, bridge: { load: () => loadKept(scorm, version), keep }, learner };
}

/** What the LMS kept for this learner. A new attempt (entry ab-initio) resumes nothing of an earlier one. */
function loadKept(scorm: ScormConnection, version: ScormVersion): ReturnType<LmsProgressBridge['load']> {
  if (holdsNoProgress(scorm)) return { kept: null, notice: null };
  const decoded = decodeKept(scorm.get(CMI[version].suspendData));
  if (decoded.ok) return { kept: decoded.kept, notice: null };
  return {
    kept: null,
    notice: t('lms.scorm.keptUnreadable', { why: decoded.why }),
  };
}

type BaseReporter = Pick<PlayReporter, 'registrationFor' | 'subscribe' | 'returnUrl' | 'exit'>;

/** A launch that must not record: plays run as usual, nothing is set in the LMS, and the player is told so. */
function unrecordedReporter(
  scorm: ScormConnection,
  version: ScormVersion,
  reason: NotRecorded,
  base: BaseReporter,
): PlayReporter {
  let finished = false;
  return {
    ...base,
    started() {},
    beat() {},
    answered() {},
    ended() {},
    trackFinished() {},
    masteryScore: () => readMastery(scorm, version),
    leaving() {
      if (finished) return;
      finished = true;
      scorm.finish();
    },
    status: () => (finished ? null : t('lms.scorm.notRecorded', { version, reason })),
  };
}

function readMastery(scorm: ScormConnection, version: ScormVersion): number | null {
  const raw = scorm.get(CMI[version].mastery).trim();
  if (!raw) return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  return version === '1.2' ? value / 100 : value;
}
