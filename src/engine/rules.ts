// The rules of play as pure functions: what a condition means, what a choice
// does to the customer and the business, and how a mood shows on a face.
import type { Beat, Choice, Condition, Expression, Patience, ServiceLevel } from './schema.ts';

export interface Decision {
  beat: string;
  /** The choice id, or null when the customer's patience ran out. */
  choice: string | null;
  level: ServiceLevel;
  /** Ids of the choices that were on offer at that moment. */
  offered: string[];
  moodAfter: number;
  loyaltyAfter: number;
}

export interface PlayState {
  mood: number;
  loyalty: number;
  cost: number;
  minutes: number;
  flags: string[];
  variation: Record<string, string>;
  decisions: Decision[];
}

export const LEVEL_POINTS: Record<ServiceLevel, number> = { harmful: 0, routine: 1, good: 2, heroic: 3 };

export function holds(condition: Condition | undefined, state: PlayState): boolean {
  if (!condition) return true;
  const { chose, flag, mood, loyalty, variation, not, any } = condition;
  if (chose !== undefined) {
    const wanted = [chose].flat();
    if (!state.decisions.some((d) => d.choice !== null && wanted.includes(d.choice))) return false;
  }
  if (flag !== undefined && !state.flags.includes(flag)) return false;
  if (mood && !within(state.mood, mood)) return false;
  if (loyalty && !within(state.loyalty, loyalty)) return false;
  if (variation && Object.entries(variation).some(([roll, outcome]) => state.variation[roll] !== outcome)) return false;
  if (not && holds(not, state)) return false;
  if (any && !any.some((c) => holds(c, state))) return false;
  return true;
}

function within(value: number, gauge: { below?: number | undefined; above?: number | undefined }): boolean {
  return (gauge.below === undefined || value < gauge.below) && (gauge.above === undefined || value > gauge.above);
}

const clampMood = (mood: number) => Math.max(0, Math.min(100, mood));

type Judged = Pick<Choice, 'level' | 'effects' | 'set'>;

/** The state after a choice (or a timeout) is taken at `beat`. */
export function applyDecision(
  state: PlayState,
  beat: string,
  judged: Judged,
  choiceId: string | null,
  offered: string[],
): PlayState {
  const effects = judged.effects ?? {};
  const mood = clampMood(state.mood + (effects.mood ?? 0));
  const loyalty = state.loyalty + (effects.loyalty ?? 0);
  return {
    ...state,
    mood,
    loyalty,
    cost: state.cost + (effects.cost ?? 0),
    minutes: state.minutes + (effects.minutes ?? 0),
    flags: [...new Set([...state.flags, ...(judged.set ?? [])])],
    decisions: [
      ...state.decisions,
      { beat, choice: choiceId, level: judged.level, offered, moodAfter: mood, loyaltyAfter: loyalty },
    ],
  };
}

/**
 * What was judged at a decision: the choice taken, or the beat's patience when the customer's ran out
 * (`choice` null). Undefined when the beat has no such choice: the play and the story disagree.
 */
export function judgedAt(beat: Beat | undefined, choice: string | null): Choice | Patience | undefined {
  return choice === null ? beat?.patience : beat?.choices?.find((c) => c.id === choice);
}

export function choicesOffered(choices: readonly Choice[] | undefined, state: PlayState): Choice[] {
  return (choices ?? []).filter((c) => holds(c.when, state));
}

export function expressionForMood(mood: number): Expression {
  if (mood >= 75) return 'delighted';
  if (mood >= 45) return 'content';
  if (mood >= 25) return 'worried';
  return 'annoyed';
}

export type { Patience };
