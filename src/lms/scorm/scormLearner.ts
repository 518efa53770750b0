// Who the SCORM LMS says the learner is, and how it opened this lesson: the learner's id and name, the
// entry (a new attempt or a resumed one), the mode (normal, browse, review) and the credit. Only a normal,
// credited launch records an attempt: a browsed or reviewed lesson, or one opened without credit, is not
// the learner's assessed work, so nothing of it may change their record.
import type { ScormConnection, ScormVersion } from './scormApi.ts';

export type ScormMode = 'normal' | 'browse' | 'review';

export interface ScormLearner {
  /** cmi.core.student_id / cmi.learner_id, as the LMS gave it ('' when it gave none). */
  id: string;
  /** The learner's name for people to read ("First Last"), or null when the LMS gave none. */
  name: string | null;
  /** 'ab-initio' is a new attempt: nothing of an earlier one is resumed. */
  entry: 'ab-initio' | 'resume' | '';
  mode: ScormMode;
  credit: boolean;
  /** Whether this launch may record an attempt, a score or a status. */
  records: boolean;
}

const NAMES = {
  '1.2': {
    id: 'cmi.core.student_id',
    name: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
  },
  '2004': {
    id: 'cmi.learner_id',
    name: 'cmi.learner_name',
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
  },
} as const;

export function readScormLearner(scorm: ScormConnection, version: ScormVersion): ScormLearner {
  const names = NAMES[version];
  const entry = scorm.get(names.entry).trim();
  const mode = scorm.get(names.mode).trim();
  // Both versions default to normal and credit when the LMS says nothing (1.2 §3.4.2, 2004 RTE 4.2.13/4.2.5).
  const known: ScormMode = mode === 'browse' || mode === 'review' ? mode : 'normal';
  const credit = scorm.get(names.credit).trim() !== 'no-credit';
  return {
    id: scorm.get(names.id),
    name: readableName(scorm.get(names.name)),
    entry: entry === 'ab-initio' || entry === 'resume' ? entry : '',
    mode: known,
    credit,
    records: known === 'normal' && credit,
  };
}

/** SCORM names are "Last, First" by convention; a certificate says "First Last". */
export function readableName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((p) => p.trim());
  return first && last ? `${first} ${last}` : name.replace(',', '').trim();
}

/** The reporting line's words for a launch that records nothing. */
export type NotRecorded = 'browse' | 'review' | 'no-credit';

/** Why this launch must not record, as an id: the status line words it in the interface's language. */
export function notRecordedReason(learner: ScormLearner): NotRecorded | null {
  if (learner.mode === 'browse') return 'browse';
  if (learner.mode === 'review') return 'review';
  if (!learner.credit) return 'no-credit';
  return null;
}
