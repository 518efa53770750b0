// Every play a story allows, graded by the real grading model: each combination of its variations walked
// with every choice, timeout and "continue" (walkPlays.ts), conditions applied. Unlike the graph analyses
// this grows with the number of plays, so it stops at a limit and says so.
import { gradedDecisionOf, gradePlay, type Graded, type GradedDecision } from '../grading.ts';
import type { StoryContext } from '../compileScenario.ts';
import type { PlayStep } from '../playStep.ts';
import type { Ending, Scenario } from '../schema.ts';
import { walkPlays } from '../walkPlays.ts';

export interface AnalysedDecision extends GradedDecision {
  beat: string;
  /** null for a timeout. */
  choice: string | null;
  /** The choices that were on offer at that moment. */
  offered: string[];
}

export interface AnalysedPlay {
  variation: Record<string, string>;
  steps: PlayStep[];
  decisions: AnalysedDecision[];
  /** The ending beat's id. */
  end: string;
  /** Every beat the play passes through, in order, the first to the ending. */
  beats: string[];
  ending: Ending;
  graded: Graded;
}

export type PlaysResult =
  | { kind: 'complete'; plays: AnalysedPlay[] }
  | { kind: 'too-many'; limit: number }
  /** A play went on past `steps` moves: a loop that no condition ends. */
  | { kind: 'endless'; steps: number; sample: string };

/** Past this many plays a story is analysed on its graph instead (conditions ignored); ten stories have about 3,900 in all. */
export const PLAY_LIMIT = 20_000;

export function analysePlays(scenario: Scenario, limit = PLAY_LIMIT): PlaysResult {
  const walked = walkPlays(scenario, {
    seed: 'analysis',
    variations: variationCombinations(scenario),
    timeouts: true,
    limit,
  });
  if (walked.stopped) return walked.stopped;
  return { kind: 'complete', plays: walked.plays.map((p) => playOf(scenario, p.variation, p.steps, p.context)) };
}

function playOf(
  scenario: Scenario,
  variation: Record<string, string>,
  steps: PlayStep[],
  context: StoryContext,
): AnalysedPlay {
  const ending = scenario.beats[context.beat]!.ending!;
  const decisions = context.decisions.map((d): AnalysedDecision => ({
    beat: d.beat,
    choice: d.choice,
    offered: d.offered,
    ...gradedDecisionOf(scenario, d),
  }));
  return {
    variation,
    steps,
    decisions,
    end: context.beat,
    beats: context.moodTrail.map((entered) => entered.beat),
    ending,
    graded: gradePlay(ending, decisions),
  };
}

/** Every combination of the story's variation outcomes (weights apart: a rare night is still a night). */
export function variationCombinations(scenario: Scenario): Record<string, string>[] {
  let combinations: Record<string, string>[] = [{}];
  for (const [roll, options] of Object.entries(scenario.variations ?? {}))
    combinations = combinations.flatMap((so) => options.map((o) => ({ ...so, [roll]: o.id })));
  return combinations;
}

/** A play as an author reads it: the choices taken, "timeout at <beat>" for a hesitation, continues left out. */
export function describePlay(play: Pick<AnalysedPlay, 'decisions' | 'variation'>): string {
  const path = play.decisions.map((d) => d.choice ?? `timeout at ${d.beat}`).join(' > ');
  const rolls = Object.entries(play.variation).map(([roll, outcome]) => `${roll}=${outcome}`);
  return `${path || '(no decisions)'}${rolls.length ? ` [${rolls.join(', ')}]` : ''}`;
}
