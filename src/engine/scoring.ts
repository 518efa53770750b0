// Grades a finished play. Following the source articles: the core service done
// right earns a C, a dazzling recovery an A, and a failed core service fails.
import { principleById, type Catalogue } from './catalogue.ts';
import type { StoryContext } from './compileScenario.ts';
import { LEVEL_POINTS, type Decision } from './rules.ts';
import type { Ending, Scenario, ServiceLevel } from './schema.ts';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** Choices at a breakdown are the moments the articles say customers remember, so they weigh double. */
export const BREAKDOWN_WEIGHT = 2;

export interface PrincipleNote {
  id: string;
  name: string;
  upheld: boolean;
  why: string;
}

export interface DecisionReport {
  beat: string;
  breakdown: string | null;
  choice: string | null;
  text: string;
  level: ServiceLevel;
  feedback: string | null;
  principles: PrincipleNote[];
  /** The best choice that was on offer, when it was better than the one taken. */
  better: { id: string; text: string; level: ServiceLevel; why: string | null } | null;
  cost: number;
  minutes: number;
  loyalty: number;
  moodAfter: number;
}

export interface ReportCard {
  scenarioId: string;
  seed: string;
  grade: Grade;
  /** 0–100: weighted service points over the most the same decisions could have earned. */
  percent: number;
  headline: string;
  ending: Ending & { beat: string };
  decisions: DecisionReport[];
  ledger: { currency: string; cost: number; minutes: number; loyalty: number; moodStart: number; moodEnd: number; verdict: string };
  moodTrail: { beat: string; mood: number }[];
}

export function scorePlay(scenario: Scenario, context: StoryContext, catalogue: Catalogue): ReportCard {
  const endingBeat = scenario.beats[context.beat];
  if (!endingBeat?.ending) throw new Error(`scorePlay: the play of "${scenario.id}" has not reached an ending (it is at "${context.beat}")`);
  const principles = principleById(catalogue);
  const decisions = context.decisions.map((d) => reportDecision(scenario, d, principles));

  const percent = percentFor(decisions);
  const grade = gradeFor(endingBeat.ending, decisions, percent);
  const cost = round2(context.cost);
  return {
    scenarioId: scenario.id,
    seed: context.seed,
    grade,
    percent,
    headline: headlineFor(grade, endingBeat.ending),
    ending: { ...endingBeat.ending, beat: context.beat },
    decisions,
    ledger: {
      currency: scenario.currency,
      cost,
      minutes: context.minutes,
      loyalty: context.loyalty,
      moodStart: scenario.mood,
      moodEnd: context.mood,
      verdict: ledgerVerdict(scenario.currency, cost, context.minutes, context.loyalty),
    },
    moodTrail: context.moodTrail,
  };
}

/** Weighted service points over the most the same decisions could have earned, 0–100. */
export function percentFor(decisions: readonly Pick<DecisionReport, 'level' | 'breakdown'>[]): number {
  let earned = 0;
  let possible = 0;
  for (const d of decisions) {
    const weight = d.breakdown ? BREAKDOWN_WEIGHT : 1;
    earned += LEVEL_POINTS[d.level] * weight;
    possible += LEVEL_POINTS.heroic * weight;
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

export function gradeFor(ending: Ending, decisions: readonly Pick<DecisionReport, 'level' | 'breakdown'>[], percent: number): Grade {
  if (ending.outcome === 'failed') return 'F';
  const harmfulAnywhere = decisions.some((d) => d.level === 'harmful');
  const harmfulAtBreakdown = decisions.some((d) => d.level === 'harmful' && d.breakdown);
  const heroicAtBreakdown = decisions.some((d) => d.level === 'heroic' && d.breakdown);
  if (percent >= 80 && heroicAtBreakdown && !harmfulAnywhere) return 'A';
  if (harmfulAtBreakdown) return 'D';
  if (percent >= 60) return 'B';
  if (percent >= 33) return 'C';
  return 'D';
}

function reportDecision(scenario: Scenario, d: Decision, principles: ReturnType<typeof principleById>): DecisionReport {
  const beat = scenario.beats[d.beat];
  const judged = d.choice === null ? beat?.patience : beat?.choices?.find((c) => c.id === d.choice);
  if (!beat || !judged) throw new Error(`scorePlay: "${d.choice ?? 'patience'}" at beat "${d.beat}" is not in scenario "${scenario.id}"`);
  const notes = (reasons: Record<string, string> | undefined, upheld: boolean): PrincipleNote[] =>
    Object.entries(reasons ?? {}).map(([id, why]) => ({ id, name: principles.get(id)?.name ?? id, upheld, why }));

  const offered = (beat.choices ?? []).filter((c) => d.offered.includes(c.id));
  const best = offered.reduce<(typeof offered)[number] | undefined>(
    (top, c) => (!top || LEVEL_POINTS[c.level] > LEVEL_POINTS[top.level] ? c : top),
    undefined,
  );
  const better =
    best && LEVEL_POINTS[best.level] > LEVEL_POINTS[d.level]
      ? { id: best.id, text: best.text, level: best.level, why: best.feedback ?? Object.values(best.upholds ?? {})[0] ?? null }
      : null;
  const effects = judged.effects ?? {};
  return {
    beat: d.beat,
    breakdown: beat.breakdown ?? null,
    choice: d.choice,
    text: judged.text,
    level: d.level,
    feedback: judged.feedback ?? null,
    principles: [...notes(judged.upholds, true), ...notes(judged.breaks, false)],
    better,
    cost: effects.cost ?? 0,
    minutes: effects.minutes ?? 0,
    loyalty: effects.loyalty ?? 0,
    moodAfter: d.moodAfter,
  };
}

function headlineFor(grade: Grade, ending: Ending): string {
  const unsolvable = ending.outcome === 'unsolvable';
  switch (grade) {
    case 'A':
      return unsolvable
        ? 'Nothing could fix this one, and you still left the customer feeling looked after. That is the A.'
        : 'A dazzling recovery: you turned the breakdown into something the customer will talk about.';
    case 'B':
      return 'Good service: you solved the problem with care, though there was a chance to dazzle.';
    case 'C':
      return 'The core service, done right: nothing went wrong, and nothing will be remembered.';
    case 'D':
      return 'The customer was served, but the way it went left damage that the next visit has to repair.';
    case 'F':
      return 'The core service failed: the customer did not get what they came for.';
  }
}

function ledgerVerdict(currency: string, cost: number, minutes: number, loyalty: number): string {
  const spent = cost > 0 || minutes > 0 ? `It cost ${currency}${cost.toFixed(2)} and ${minutes} staff minutes today` : 'It cost nothing extra today';
  const kept =
    loyalty > 0 ? `and raised the customer's loyalty by ${loyalty}: an investment in their next visits.`
      : loyalty < 0 ? `and cost ${-loyalty} points of loyalty: a saving today that the business pays back later.`
        : 'and left loyalty where it was.';
  return `${spent}, ${kept}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
