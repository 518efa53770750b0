// The grading model, as pure functions over what a play did. Following the source articles (shared/seeds):
// the core service done earns a C and the experience beyond it earns the A (002); the moments that count
// are the breakdowns (000), so care is judged there; a surprise counts only once the customer has actually
// had it (002: fix it, then surprise); and harm pulls the grade down whatever the ending. In one breath:
// F if the core failed; C for the core; B when every breakdown was met with care; A for a B plus a surprise
// the customer got; anything harmful caps it at C, or D at a breakdown.
//
// Care is judged breakdown by breakdown, not as a share of points: a share depends on how many beats a path
// happens to pass, so a careful play on a short path could score under a careless one on a long path.
import { judgedAt, LEVEL_POINTS, type Decision } from './rules.ts';
import type { Core, Ending, Harm, Scenario, ServiceLevel } from './schema.ts';

/** The grades, best first: the order every ranking of plays and every passing bar reads. */
export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

/** Choices at a breakdown are the moments the articles say customers remember, so they weigh double. */
export const BREAKDOWN_WEIGHT = 2;
/** Below this score a play earns a D: an all-routine play scores 33%, so only harm takes a play under it. */
export const CORE_PERCENT = 33;
/** The levels that meet a breakdown with care. */
const CAREFUL: readonly ServiceLevel[] = ['good', 'heroic'];
export const isCareful = (level: ServiceLevel): boolean => CAREFUL.includes(level);

export interface GradedDecision {
  level: ServiceLevel;
  breakdown: string | null;
  harm: Harm | null;
}

/** What the model reads of one decision of a play of `scenario`. */
export function gradedDecisionOf(scenario: Scenario, d: Pick<Decision, 'beat' | 'choice' | 'level'>): GradedDecision {
  const beat = scenario.beats[d.beat];
  return { level: d.level, breakdown: beat?.breakdown ?? null, harm: judgedAt(beat, d.choice)?.harm ?? null };
}

/** Why a grade is what it is; the debrief and the checker both read it. */
export type GradeStep =
  | { kind: 'core-failed' }
  | { kind: 'harm-at-breakdown'; harm: Harm | null; breakdown: string }
  | { kind: 'low-score' }
  | { kind: 'harm-caps'; harm: Harm | null }
  | { kind: 'experience' }
  | { kind: 'care' }
  /** No harm, but the play met a breakdown with a routine choice (`breakdown`), or met none at all (null). */
  | { kind: 'core'; breakdown: string | null };

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
  /** Every breakdown the play met was met with a good or heroic choice (as credited), and it met at least one. */
  care: boolean;
  step: GradeStep;
}

function experienceVerdict(ending: Ending, decisions: readonly Pick<GradedDecision, 'level'>[]): ExperienceVerdict {
  if (ending.experience === undefined) return 'none';
  return decisions.some((d) => d.level === 'heroic') ? 'delivered' : 'not-earned';
}

/** A heroic choice counts as heroic only when the play ends with the surprise delivered (rule R5). */
function creditedLevel(level: ServiceLevel, experience: ExperienceVerdict): ServiceLevel {
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
  // A play that never met a breakdown has had only the routine, so the core is all it can show (000).
  const uncared = decisions.findIndex((d, i) => d.breakdown !== null && !isCareful(credited[i]!));
  const care = uncared < 0 && decisions.some((d) => d.breakdown !== null);
  const result = (grade: Grade, step: GradeStep): Graded => ({ grade, percent, experience, credited, care, step });
  if (ending.core === 'failed') return result('F', { kind: 'core-failed' });
  const hurtAtBreakdown = decisions.find((d) => d.level === 'harmful' && d.breakdown);
  if (hurtAtBreakdown)
    return result('D', {
      kind: 'harm-at-breakdown',
      harm: hurtAtBreakdown.harm,
      breakdown: hurtAtBreakdown.breakdown ?? '',
    });
  if (percent < CORE_PERCENT) return result('D', { kind: 'low-score' });
  const hurt = decisions.find((d) => d.level === 'harmful');
  if (hurt) return result('C', { kind: 'harm-caps', harm: hurt.harm });
  if (care && experience === 'delivered') return result('A', { kind: 'experience' });
  if (care) return result('B', { kind: 'care' });
  return result('C', { kind: 'core', breakdown: uncared >= 0 ? decisions[uncared]!.breakdown : null });
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
  delivered: 'the core service held',
  'handled-honestly': 'could not be solved',
  failed: 'the core service failed',
};

/** The headline a grade gets at an ending, in words that agree with what the ending says became of the core. */
export function headlineFor(graded: Graded, core: Core): string {
  const held = capitalise(CORE_WORDS.delivered);
  const unsolved = `It ${CORE_WORDS['handled-honestly']}`;
  const { step } = graded;
  switch (step.kind) {
    case 'core-failed':
      return `F: ${CORE_WORDS.failed}. The customer left without the basic service they were owed.`;
    case 'harm-at-breakdown':
      return core === 'delivered'
        ? `${held} in the end, but at the breakdown itself you ${harmPhrase(step.harm)}: damage the next visit has to repair.`
        : `${unsolved}, and at the hardest moment you ${harmPhrase(step.harm)}: the customer leaves worse off than the problem left them.`;
    case 'low-score':
      return core === 'delivered'
        ? `${held} in the end, but mostly in spite of how it was handled.`
        : `${unsolved}, and the way it was handled made it harder to bear.`;
    case 'harm-caps':
      return core === 'delivered'
        ? `${held}, but on the way you ${harmPhrase(step.harm)}, so the play can be no better than a C.`
        : `${unsolved} and the customer heard the truth, but on the way you ${harmPhrase(step.harm)}, so the play can be no better than a C.`;
    case 'experience':
      return core === 'delivered'
        ? `${held}, every breakdown was met with care, and then came a surprise the customer did not expect and will tell people about. That is the A.`
        : `${unsolved}; you were honest, met every breakdown with care, and still gave the customer something they will tell people about. That is the A.`;
    case 'care':
      return core === 'delivered'
        ? `Good service: ${CORE_WORDS.delivered} and you met every breakdown with care. ${NO_SURPRISE}, so no A.`
        : `${unsolved}, and you handled it honestly, meeting every breakdown with care. ${NO_SURPRISE}, so no A.`;
    case 'core': {
      const where = step.breakdown
        ? `you met one breakdown ("${step.breakdown.replace(/[.!?]+$/, '')}") with only the routine`
        : 'the routine never broke down';
      // A surprise did reach the customer, but a breakdown met with only the routine keeps it from a B, let alone the A.
      if (graded.experience === 'delivered')
        return core === 'delivered'
          ? `${held}, and a surprise came at the end, but ${where}, so this counts as the core done: a C.`
          : `${unsolved}; a surprise reached the customer at the end, but ${where}, so this counts as the core: a C.`;
      return core === 'delivered'
        ? `${held}, but ${where}, and ${NOTHING_REMEMBERED}.`
        : `${unsolved}, and you were honest about it, but ${where}: the core of an unsolvable problem, and no more.`;
    }
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
