// What an LMS is told about a play, in one shape for every standard (xAPI, cmi5,
// SCORM 1.2 and 2004): the adapters only translate these facts, so they report
// the same story the debrief tells. Pure: built from the engine's own records.
import type { ReportCard, Scenario, ServiceLevel, StoryContext } from '../engine/runtime.ts';
import { judgedAt, LEVEL_POINTS } from '../engine/rules.ts';
import { passes } from '../engine/track.ts';

export interface StoryRef {
  scenarioId: string;
  title: string;
  summary: string;
  /** Set when the story is an assessed part of a track. */
  trackId: string | null;
  /** The attempt this play belongs to (xAPI registration). */
  registration: string;
}

export interface AnsweredFact {
  story: StoryRef;
  beat: string;
  /** The question put to the trainee: what broke down, or the beat's words, at most QUESTION_LIMIT characters. */
  question: string;
  /**
   * Every option the beat has, whatever this play's variations and earlier choices offered, and the
   * timeout when the beat has patience: one question has one definition in every play (xAPI Data 2.4.4.1).
   */
  options: { id: string; text: string; level: ServiceLevel }[];
  /** Null when the customer's patience ran out before a choice. */
  chosen: string | null;
  /** The listed option the trainee ended on: the choice, or TIMEOUT_OPTION's id when patience ran out. */
  response: string;
  level: ServiceLevel;
  /** The beat's options at its best level, whatever was on offer: what an LMS reads as the correct response. */
  best: string[];
  upheld: string[];
  broken: string[];
  /** 1-based: the trainee's nth decision in this play. */
  index: number;
}

export interface EndedFact {
  story: StoryRef;
  grade: ReportCard['grade'];
  percent: number;
  passed: boolean;
  core: ReportCard['core'];
  /** Whether the customer got a surprise beyond the core (the ending records one and the play carried it out). */
  experience: boolean;
  ending: string;
  /** Milliseconds from the story's start (or resume) to its end. */
  durationMs: number;
  /** Time limits that eased the play (the player's setting); absent when every timer ran as the story sets it. */
  timeLimits?: 'off' | 'double';
}

export const storyRef = (scenario: Scenario, trackId: string | null, registration: string): StoryRef => ({
  scenarioId: scenario.id,
  title: scenario.title,
  summary: scenario.summary,
  trackId,
  registration,
});

/**
 * The smallest limit a question is reported under: SCORM 2004's cmi.interactions.n.description holds
 * 250 characters (its smallest permitted maximum); xAPI sets none, and one text serves every standard.
 */
export const QUESTION_LIMIT = 250;

/** How a decision where the customer's patience ran out is listed among the options. */
export const TIMEOUT_OPTION = { id: 'timeout', text: 'Ran out of patience / no answer' } as const;

/** The nth decision of a play (1-based), as an LMS question-and-answer. */
export function answeredFact(scenario: Scenario, story: StoryRef, context: StoryContext, index: number): AnsweredFact {
  const decision = context.decisions[index - 1];
  if (!decision) throw new Error(`answeredFact: the play has ${context.decisions.length} decisions, not ${index}`);
  const beat = scenario.beats[decision.beat];
  const choices = beat?.choices ?? [];
  const listed = choices.map((c) => ({ id: c.id, text: c.text, level: c.level }));
  const timeoutId = uniqueId(
    TIMEOUT_OPTION.id,
    listed.map((o) => o.id),
  );
  const options = beat?.patience
    ? [...listed, { id: timeoutId, text: TIMEOUT_OPTION.text, level: beat.patience.level }]
    : listed;
  const taken = judgedAt(beat, decision.choice);
  const top = Math.max(...listed.map((o) => LEVEL_POINTS[o.level]));
  return {
    story,
    beat: decision.beat,
    question: clipAtWord(beat?.breakdown ?? beat?.lines.map((l) => l.text).join(' ') ?? decision.beat, QUESTION_LIMIT),
    options,
    chosen: decision.choice,
    response: decision.choice ?? timeoutId,
    level: decision.level,
    best: listed.filter((o) => LEVEL_POINTS[o.level] === top).map((o) => o.id),
    upheld: Object.keys(taken?.upholds ?? {}),
    broken: Object.keys(taken?.breaks ?? {}),
    index,
  };
}

/** A story could name a choice "timeout": the timeout option then takes the next free name. */
function uniqueId(wanted: string, taken: readonly string[]): string {
  let id = wanted;
  for (let n = 2; taken.includes(id); n += 1) id = `${wanted}-${n}`;
  return id;
}

/** Cuts a text to `max` characters at the last word boundary, marking the cut with an ellipsis. */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const boundary = room.lastIndexOf(' ');
  // A single word longer than the room is cut where it must be.
  const cut = boundary > max / 2 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function endedFact(
  story: StoryRef,
  report: ReportCard,
  passed: boolean,
  durationMs: number,
  timeLimits: 'normal' | 'off' | 'double' = 'normal',
): EndedFact {
  return {
    ...(timeLimits === 'normal' ? {} : { timeLimits }),
    story,
    grade: report.grade,
    percent: report.percent,
    passed,
    core: report.core,
    experience: report.experience === 'delivered',
    ending: report.ending.title,
    durationMs: Math.max(0, Math.round(durationMs)),
  };
}

/**
 * Whether a play passes: at or above the LMS's mastery score (0–1) when it set one,
 * which cmi5 and SCORM require; otherwise at or above the story's passing grade.
 */
export function playPassed(
  report: Pick<ReportCard, 'grade' | 'percent'>,
  bar: ReportCard['grade'],
  masteryScore: number | null,
): boolean {
  if (masteryScore !== null) return report.percent / 100 >= masteryScore;
  return passes(report.grade, bar);
}
