// Turns a finished play into its report card: every decision with what it was worth and why, and the
// grade, worked out by the model in grading.ts.
import { beatTitle } from './beatTitle.ts';
import { principleById, type Catalogue } from './catalogue.ts';
import type { StoryContext } from './compileScenario.ts';
import { gradePlay, headlineFor, type ExperienceVerdict, type Grade, type GradeStep } from './grading.ts';
import { plural } from './plural.ts';
import { judgedAt, LEVEL_POINTS, type Decision } from './rules.ts';
import type { Core, Ending, Harm, Scenario, ServiceLevel } from './schema.ts';

export type { Grade } from './grading.ts';

export interface PrincipleNote {
  id: string;
  name: string;
  upheld: boolean;
  why: string;
}

export interface DecisionReport {
  /** The beat's id: for the LMS and the code, never shown. */
  beat: string;
  /** What the trainee reads for this moment (beatTitle.ts). */
  title: string;
  breakdown: string | null;
  choice: string | null;
  text: string;
  /** The level the story gives this choice. */
  level: ServiceLevel;
  /** The level it counts at: a heroic choice whose surprise never reached the customer counts as good. */
  credited: ServiceLevel;
  /** What a harmful choice did; null for every other level. */
  harm: Harm | null;
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
  /** 0–100: weighted service points, as credited, over the most the same decisions could have earned. */
  percent: number;
  headline: string;
  /** The two things the grade rests on: what became of the core, and whether the customer got more. */
  core: Core;
  experience: ExperienceVerdict;
  /** The step of the model that decided the grade. */
  gradeStep: GradeStep;
  ending: Ending & { beat: string };
  decisions: DecisionReport[];
  ledger: {
    currency: string;
    cost: number;
    minutes: number;
    loyalty: number;
    moodStart: number;
    moodEnd: number;
    verdict: string;
  };
  /** The mood at each beat passed; `title` is what the chart shows, `beat` the id it is keyed by. */
  moodTrail: { beat: string; title: string; mood: number }[];
}

export function scorePlay(scenario: Scenario, context: StoryContext, catalogue: Catalogue): ReportCard {
  const endingBeat = scenario.beats[context.beat];
  if (!endingBeat?.ending)
    throw new Error(`scorePlay: the play of "${scenario.id}" has not reached an ending (it is at "${context.beat}")`);
  const ending = endingBeat.ending;
  const principles = principleById(catalogue);
  const judged = context.decisions.map((d) => reportDecision(scenario, d, principles));
  const graded = gradePlay(ending, judged);
  const decisions = judged.map((d, i) => ({ ...d, credited: graded.credited[i]! }));
  const cost = round2(context.cost);
  return {
    scenarioId: scenario.id,
    seed: context.seed,
    grade: graded.grade,
    percent: graded.percent,
    headline: headlineFor(graded, ending.core),
    core: ending.core,
    experience: graded.experience,
    gradeStep: graded.step,
    ending: { ...ending, beat: context.beat },
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
    moodTrail: context.moodTrail.map((m) => ({ ...m, title: beatTitle(scenario, m.beat) })),
  };
}

function reportDecision(scenario: Scenario, d: Decision, principles: ReturnType<typeof principleById>): DecisionReport {
  const beat = scenario.beats[d.beat];
  const judged = judgedAt(beat, d.choice);
  if (!beat || !judged)
    throw new Error(`scorePlay: "${d.choice ?? 'patience'}" at beat "${d.beat}" is not in scenario "${scenario.id}"`);
  const notes = (reasons: Record<string, string> | undefined, upheld: boolean): PrincipleNote[] =>
    Object.entries(reasons ?? {}).map(([id, why]) => ({ id, name: principles.get(id)?.name ?? id, upheld, why }));

  const offered = (beat.choices ?? []).filter((c) => d.offered.includes(c.id));
  const best = offered.reduce<(typeof offered)[number] | undefined>(
    (top, c) => (!top || LEVEL_POINTS[c.level] > LEVEL_POINTS[top.level] ? c : top),
    undefined,
  );
  const better =
    best && LEVEL_POINTS[best.level] > LEVEL_POINTS[d.level]
      ? {
          id: best.id,
          text: best.text,
          level: best.level,
          why: best.feedback ?? Object.values(best.upholds ?? {})[0] ?? null,
        }
      : null;
  const effects = judged.effects ?? {};
  return {
    beat: d.beat,
    title: beatTitle(scenario, d.beat),
    breakdown: beat.breakdown ?? null,
    choice: d.choice,
    text: judged.text,
    level: d.level,
    credited: d.level,
    harm: judged.harm ?? null,
    feedback: judged.feedback ?? null,
    principles: [...notes(judged.upholds, true), ...notes(judged.breaks, false)],
    better,
    cost: effects.cost ?? 0,
    minutes: effects.minutes ?? 0,
    loyalty: effects.loyalty ?? 0,
    moodAfter: d.moodAfter,
  };
}

function ledgerVerdict(currency: string, cost: number, minutes: number, loyalty: number): string {
  const spent =
    cost > 0 || minutes > 0
      ? `It cost ${currency}${cost.toFixed(2)} and ${plural(minutes, { one: '# staff minute', other: '# staff minutes' })} today`
      : 'It cost nothing extra today';
  const kept =
    loyalty > 0
      ? `and raised the customer's loyalty by ${loyalty}: an investment in their next visits.`
      : loyalty < 0
        ? `and cost ${plural(-loyalty, { one: '# point', other: '# points' })} of loyalty: a saving today that the business pays back later.`
        : 'and left loyalty where it was.';
  return `${spent}, ${kept}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
