// One decision as a SCORM interaction (cmi.interactions.n), and the learner's clock time it was made at.
// SCORM records interaction times as the learner's local time: 1.2's CMITime is a bare HH:MM:SS, and
// 2004's timestamp (time(second,10,0)) carries its zone, which the RTE allows only after fractions of a
// second (YYYY-MM-DDThh:mm:ss.s±hh:mm). A UTC clock reading without a zone puts a New York learner at 01:06
// for a decision made at 20:06.
import type { AnsweredFact } from '../playFacts.ts';
import type { ScormConnection, ScormVersion } from './scormApi.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const two = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2's CMITime: the learner's local clock, HH:MM:SS. */
function scorm12ClockTime(at: Date): string {
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/** SCORM 2004's time(second,10,0): local date and time to hundredths, with the zone offset. */
function scorm2004Timestamp(at: Date): string {
  const offset = -at.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}.${two(Math.floor(at.getMilliseconds() / 10))}`;
  return `${date}T${time}${zone}`;
}

export function recordInteraction(scorm: ScormConnection, version: ScormVersion, fact: AnsweredFact, now: Date): void {
  const n = Number(scorm.get('cmi.interactions._count')) || 0;
  const key = (field: string) => `cmi.interactions.${n}.${field}`;
  const correct = fact.best.includes(fact.response);
  // SCORM 1.2 allows only single letters and digits as choice responses, so options are lettered in the order shown.
  const letter = (id: string) => LETTERS[fact.options.findIndex((o) => o.id === id)] ?? 'z';
  scorm.set(key('id'), `${fact.story.scenarioId}.${fact.beat}.${fact.index}`.slice(0, 250));
  scorm.set(key('type'), 'choice');
  if (version === '1.2') {
    fact.best.forEach((id, i) => scorm.set(`${key('correct_responses')}.${i}.pattern`, letter(id)));
    // A timeout is a listed option of its own (playFacts.ts), so every decision has a response.
    scorm.set(key('student_response'), letter(fact.response));
    scorm.set(key('result'), correct ? 'correct' : 'wrong');
    scorm.set(key('weighting'), '1');
    scorm.set(key('time'), scorm12ClockTime(now));
  } else {
    scorm.set(key('description'), fact.question);
    fact.best.forEach((id, i) => scorm.set(`${key('correct_responses')}.${i}.pattern`, id));
    scorm.set(key('learner_response'), fact.response);
    scorm.set(key('result'), correct ? 'correct' : 'incorrect');
    scorm.set(key('weighting'), '1');
    scorm.set(key('timestamp'), scorm2004Timestamp(now));
  }
}
