// What an LMS is told about a play, in one shape for every standard (xAPI, cmi5,
// SCORM 1.2 and 2004): the adapters only translate these facts, so they report
// the same story the debrief tells. Pure: built from the engine's own records.
import type { ReportCard, Scenario, ServiceLevel, StoryContext } from '../engine/index.ts';
import { LEVEL_POINTS } from '../engine/rules.ts';
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
  /** The question put to the trainee: what broke down, or the beat's words. */
  question: string;
  options: { id: string; text: string; level: ServiceLevel }[];
  /** Null when the customer's patience ran out before a choice. */
  chosen: string | null;
  level: ServiceLevel;
  /** The options at the best level on offer: what an LMS reads as the correct response. */
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
}

export const storyRef = (scenario: Scenario, trackId: string | null, registration: string): StoryRef => ({
  scenarioId: scenario.id,
  title: scenario.title,
  summary: scenario.summary,
  trackId,
  registration,
});

/** The nth decision of a play (1-based), as an LMS question-and-answer. */
export function answeredFact(scenario: Scenario, story: StoryRef, context: StoryContext, index: number): AnsweredFact {
  const decision = context.decisions[index - 1];
  if (!decision) throw new Error(`answeredFact: the play has ${context.decisions.length} decisions, not ${index}`);
  const beat = scenario.beats[decision.beat];
  const choices = beat?.choices ?? [];
  const options = choices.filter((c) => decision.offered.includes(c.id)).map((c) => ({ id: c.id, text: c.text, level: c.level }));
  const taken = decision.choice === null ? beat?.patience : choices.find((c) => c.id === decision.choice);
  const top = Math.max(...options.map((o) => LEVEL_POINTS[o.level]));
  return {
    story,
    beat: decision.beat,
    question: beat?.breakdown ?? beat?.lines.map((l) => l.text).join(' ').slice(0, 300) ?? decision.beat,
    options,
    chosen: decision.choice,
    level: decision.level,
    best: options.filter((o) => LEVEL_POINTS[o.level] === top).map((o) => o.id),
    upheld: Object.keys(taken?.upholds ?? {}),
    broken: Object.keys(taken?.breaks ?? {}),
    index,
  };
}

export function endedFact(story: StoryRef, report: ReportCard, passed: boolean, durationMs: number): EndedFact {
  return {
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
export function playPassed(report: Pick<ReportCard, 'grade' | 'percent'>, bar: ReportCard['grade'], masteryScore: number | null): boolean {
  if (masteryScore !== null) return report.percent / 100 >= masteryScore;
  return passes(report.grade, bar);
}
