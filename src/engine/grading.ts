// The grading model, as pure functions over what a play did. Following the source articles (shared/seeds):
// the core service done earns a C and the experience beyond it earns the A (002), a surprise counts only
// once the customer has actually had it (002: fix it, then surprise), and harm pulls the grade down
// whatever the ending. In one breath: F if the core failed; C for the core; B for the core with care;
// A for a B plus a surprise the customer got; anything harmful caps it at C, or D at a breakdown.
import { LEVEL_POINTS } from './rules.ts';
import type { Core, Ending, Harm, ServiceLevel } from './schema.ts';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** Choices at a breakdown are the moments the articles say customers remember, so they weigh double. */
export const BREAKDOWN_WEIGHT = 2;
/** The share of the best conduct a play needs for a B, and for an A with a surprise on top. */
export const CARE_PERCENT = 60;
/** Below this share, routine at best and harmful at worst, a play earns a D: an all-routine play scores 33%. */
export const CORE_PERCENT = 33;

export interface GradedDecision {
  level: ServiceLevel;
  breakdown: string | null;
  harm: Harm | null;
}

/** Why a grade is what it is; the debrief and the checker both read it. */
export type GradeStep =
  | { kind: 'core-failed' }
  | { kind: 'harm-at-breakdown'; harm: Harm | null; breakdown: string }
  | { kind: 'low-score' }
  | { kind: 'harm-caps'; harm: Harm | null }
  | { kind: 'experience' }
  | { kind: 'care' }
  | { kind: 'core' };

export type ExperienceVerdict =
  /** The ending records an experience and a surprise was carried out on the way there. */
  | 'delivered'
  /** The ending records one, but this play made no heroic choice: nothing it did put it there. */
  | 'not-earned'
  | 'none';

export interface Graded {
  grade: Grade;
  /** 0–100: weighted service points as credited, over the most the same decisions could have earned. */
  percent: number;
  experience: ExperienceVerdict;
  /** Each decision's level as it counts: a heroic intention that never reached the customer counts as good. */
  credited: ServiceLevel[];
  step: GradeStep;
}

export function experienceVerdict(ending: Ending, decisions: readonly Pick<GradedDecision, 'level'>[]): ExperienceVerdict {
  if (ending.experience === undefined) return 'none';
  return decisions.some((d) => d.level === 'heroic') ? 'delivered' : 'not-earned';
}

/** A heroic choice counts as heroic only when the play ends with the surprise delivered (rule R5). */
export function creditedLevel(level: ServiceLevel, experience: ExperienceVerdict): ServiceLevel {
  return level === 'heroic' && experience !== 'delivered' ? 'good' : level;
}

/** Weighted service points over the most the same decisions could have earned, 0–100. */
export function percentFor(decisions: readonly { level: ServiceLevel; breakdown: string | null }[]): number {
  let earned = 0;
  let possible = 0;
  for (const d of decisions) {
    const weight = d.breakdown ? BREAKDOWN_WEIGHT : 1;
    earned += LEVEL_POINTS[d.level] * weight;
    possible += LEVEL_POINTS.heroic * weight;
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

export function gradePlay(ending: Ending, decisions: readonly GradedDecision[]): Graded {
  const experience = experienceVerdict(ending, decisions);
  const credited = decisions.map((d) => creditedLevel(d.level, experience));
  const percent = percentFor(decisions.map((d, i) => ({ level: credited[i]!, breakdown: d.breakdown })));
  const result = (grade: Grade, step: GradeStep): Graded => ({ grade, percent, experience, credited, step });
  if (ending.core === 'failed') return result('F', { kind: 'core-failed' });
  const hurtAtBreakdown = decisions.find((d) => d.level === 'harmful' && d.breakdown);
  if (hurtAtBreakdown) return result('D', { kind: 'harm-at-breakdown', harm: hurtAtBreakdown.harm, breakdown: hurtAtBreakdown.breakdown ?? '' });
  if (percent < CORE_PERCENT) return result('D', { kind: 'low-score' });
  const hurt = decisions.find((d) => d.level === 'harmful');
  if (hurt) return result('C', { kind: 'harm-caps', harm: hurt.harm });
  if (percent >= CARE_PERCENT && experience === 'delivered') return result('A', { kind: 'experience' });
  if (percent >= CARE_PERCENT) return result('B', { kind: 'care' });
  return result('C', { kind: 'core' });
}

/** What a harm did, as the debrief says it: "you …". */
export const HARM_PHRASES: Record<Harm, string> = {
  misleads: 'misled the customer',
  blames: 'blamed someone',
  dismisses: 'brushed the customer off',
  neglects: 'left the customer waiting',
  exploits: "used the customer's moment for the business",
  endangers: 'put someone at risk',
};

const harmPhrase = (harm: Harm | null) => (harm ? HARM_PHRASES[harm] : 'made a harmful choice');

/** What a headline says when no surprise reached the customer; never said where one did (rule R7). */
export const NO_SURPRISE = 'Nothing surprised them on top';
export const NOTHING_REMEMBERED = 'nothing about it will be remembered';
/** What a headline says when one did; never said where none did. */
export const SURPRISE_WORDS = 'a surprise';

/**
 * Each core's own words. A headline and the debrief's core line say their core's words and no other's, so
 * nothing the debrief says contradicts the ending (rule R7 checks every path against these).
 */
export const CORE_WORDS: Record<Core, string> = {
  delivered: 'got what they came for',
  'handled-honestly': 'could not be solved',
  failed: 'the core service failed',
};

/** The headline a grade gets at an ending, in words that agree with what the ending says became of the core. */
export function headlineFor(graded: Graded, core: Core): string {
  const got = `the customer ${CORE_WORDS.delivered}`;
  const unsolved = `It ${CORE_WORDS['handled-honestly']}`;
  const { step } = graded;
  switch (step.kind) {
    case 'core-failed':
      return `F: ${CORE_WORDS.failed}, and the customer left without what they came for.`;
    case 'harm-at-breakdown':
      return core === 'delivered'
        ? `In the end ${got}, but at the breakdown itself you ${harmPhrase(step.harm)}: damage the next visit has to repair.`
        : `${unsolved}, and at the hardest moment you ${harmPhrase(step.harm)}: the customer leaves worse off than the problem left them.`;
    case 'low-score':
      return core === 'delivered'
        ? `In the end ${got}, but mostly in spite of how it was handled.`
        : `${unsolved}, and the way it was handled made it harder to bear.`;
    case 'harm-caps':
      return core === 'delivered'
        ? `${capitalise(got)}, but on the way you ${harmPhrase(step.harm)}, so the play can be no better than a C.`
        : `${unsolved} and the customer heard the truth, but on the way you ${harmPhrase(step.harm)}, so the play can be no better than a C.`;
    case 'experience':
      return core === 'delivered'
        ? `${capitalise(got)}, and then a surprise they did not expect and will tell people about. That is the A.`
        : `${unsolved}; you were honest, and still gave the customer something they will tell people about. That is the A.`;
    case 'care':
      return core === 'delivered'
        ? `Good service: ${got}, handled with care. ${NO_SURPRISE}, so no A.`
        : `${unsolved}, and you handled it honestly and with care. ${NO_SURPRISE}, so no A.`;
    case 'core':
      // A surprise did reach the customer, but the way there was too careless for a B, let alone the A.
      if (graded.experience === 'delivered')
        return core === 'delivered'
          ? `${capitalise(got)}, and a surprise at the end, but your choices on the way scored under ${CARE_PERCENT}%, so this counts as the core done: a C.`
          : `${unsolved}; a surprise reached the customer at the end, but your choices on the way scored under ${CARE_PERCENT}%, so this counts as the core: a C.`;
      return core === 'delivered'
        ? `The core service, done: ${got}, and ${NOTHING_REMEMBERED}.`
        : `${unsolved}, and you were honest about it: the core of an unsolvable problem, and no more.`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
