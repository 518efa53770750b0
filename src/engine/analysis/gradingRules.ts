// The grading rules R1–R7, checked on every play a story allows (plays.ts), so a story cannot teach a
// grade its articles would not defend. Each violation names the rule, the place in the file an author
// should look at, and the path that breaks it (the shortest one, and how many others do the same).
import {
  CORE_WORDS,
  gradePlay,
  GRADES,
  headlineFor,
  NO_SURPRISE,
  NOTHING_REMEMBERED,
  SURPRISE_WORDS,
  type GradedDecision,
} from '../grading.ts';
import type { PathSegment } from '../diagnostics.ts';
import { CORES, type Ending, type Scenario } from '../schema.ts';
import { describePlay, type AnalysedPlay } from './plays.ts';

export const RULE_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What each rule asks, as the checker prints it. */
export const RULE_TEXT: Record<RuleId, string> = {
  R1: 'a routine path delivers the core, and every routine path grades C',
  R2: 'no A unless a surprise was carried out on the path and the ending records it',
  R3: "no F unless the core failed through the trainee's harmful conduct",
  R4: 'with the same ending, trying and stopping honestly never grades below never trying',
  R5: 'a heroic intention abandoned before it happens earns at most good',
  R6: 'in a story whose problem cannot be solved, a path that misleads the customer fails the core',
  R7: "the grade's headline and the debrief's words agree with the ending's core",
};

export interface RuleViolation {
  rule: RuleId;
  /**
   * Whose it is: the story as written (a label, an ending, a route), or the grading model itself, which
   * holds these for any story; tests check the model side on random stories and with a broken grader.
   */
  by: 'story' | 'grader';
  /**
   * A warning where the story cannot say: an R4 case turning on a harmful choice that names no harm, which only
   * a format 1 file can have (its migration warns at each such choice). Every other violation is an error.
   */
  severity: 'error' | 'warning';
  /** Where in the file to look. */
  at: PathSegment[];
  message: string;
  /** The shortest path that breaks it, as choice ids. */
  path: string;
  /** How many plays in all break it in the same place. */
  plays: number;
}

/** The grading model as a parameter, so the rules can be shown to catch a model that breaks them. */
export type Grader = (
  ending: Ending,
  decisions: readonly GradedDecision[],
) => Pick<ReturnType<typeof gradePlay>, 'grade' | 'credited' | 'experience'> & { headline: string };

export const modelGrader: Grader = (ending, decisions) => {
  const graded = gradePlay(ending, decisions);
  return { ...graded, headline: headlineFor(graded, ending.core) };
};

const rank = (grade: string) => GRADES.indexOf(grade as (typeof GRADES)[number]);
const tried = (p: AnalysedPlay) => p.decisions.some((d) => d.level === 'good' || d.level === 'heroic');
const harmed = (p: AnalysedPlay) => p.decisions.some((d) => d.level === 'harmful');
/**
 * Harm an author has named (format 2 names every harmful choice's). A harmful choice that names none, as in a
 * format 1 file, may be an honest stop mislabelled, so R4 does not let it excuse a lower grade.
 */
const namedHarm = (p: AnalysedPlay) => p.decisions.some((d) => d.level === 'harmful' && d.harm !== null);
/** A play of routine choices: at least one decision, every one routine (a play with no decision is no play of routine choices). */
export const isRoutinePlay = (p: Pick<AnalysedPlay, 'decisions'>) =>
  p.decisions.length > 0 && p.decisions.every((d) => d.level === 'routine');

export function checkGradingRules(
  scenario: Scenario,
  plays: readonly AnalysedPlay[],
  grader: Grader = modelGrader,
): RuleViolation[] {
  const graded = plays.map((play) => ({ play, ...grader(play.ending, play.decisions) }));
  type Play = (typeof graded)[number];
  type Found = Omit<RuleViolation, 'path' | 'plays'> & { plays: Play[] };
  const found = new Map<string, Found>();
  const report = (
    rule: RuleId,
    by: RuleViolation['by'],
    at: PathSegment[],
    message: string,
    play: Play,
    severity: RuleViolation['severity'] = 'error',
  ) => {
    const key = `${rule}|${at.join('/')}|${message}`;
    const entry = found.get(key) ?? { rule, by, severity, at, message, plays: [] };
    entry.plays.push(play);
    found.set(key, entry);
  };
  const endingAt = (p: AnalysedPlay): PathSegment[] => ['beats', p.end, 'ending'];
  const handledStory = Object.values(scenario.beats).some((b) => b.ending?.core === 'handled-honestly');

  // R1, per combination of variations: whatever the seed rolls, the plain job reaches the core.
  const byVariation = new Map<string, Play[]>();
  for (const g of graded)
    byVariation.set(JSON.stringify(g.play.variation), [
      ...(byVariation.get(JSON.stringify(g.play.variation)) ?? []),
      g,
    ]);
  for (const group of byVariation.values()) {
    const routine = group.filter((g) => isRoutinePlay(g.play) && g.play.ending.core !== 'failed');
    if (routine.length === 0) {
      const rolls = Object.entries(group[0]!.play.variation)
        .map(([r, o]) => `${r}=${o}`)
        .join(', ');
      found.set(`R1|start|${rolls}`, {
        rule: 'R1',
        by: 'story',
        severity: 'error',
        at: ['start'],
        message: `no path of routine choices reaches an ending whose core is delivered or handled-honestly${rolls ? ` when ${rolls}` : ''}: the plain job, done at every step, must deliver the core`,
        plays: [],
      });
    }
    for (const g of routine)
      if (g.grade !== 'C')
        report('R1', 'grader', endingAt(g.play), `a path of routine choices grades ${g.grade}, not C`, g);
  }

  for (const g of graded) {
    const { play } = g;
    const heroic = play.decisions.some((d) => d.level === 'heroic');
    // R2: the A needs a surprise made on the way and recorded at the end.
    if (g.grade === 'A' && (play.ending.experience === undefined || !heroic))
      report(
        'R2',
        'grader',
        endingAt(play),
        'grades A without a surprise carried out on the way and recorded by the ending',
        g,
      );
    if (play.ending.experience !== undefined && !heroic)
      report(
        'R2',
        'story',
        [...endingAt(play), 'experience'],
        'the ending records an experience, but this path made no heroic choice that could have given it',
        g,
      );
    // R3: only the trainee's own harm fails the core.
    if ((g.grade === 'F' || play.ending.core === 'failed') && !harmed(play))
      report(
        'R3',
        'story',
        endingAt(play),
        'the core fails on a path with nothing harmful on it: missing an extra, or a plain choice, must never fail the play',
        g,
      );
    // R5: a heroic intention only counts once the customer has had the surprise.
    const experienced = g.experience === 'delivered';
    if (!experienced && g.credited.some((level) => level === 'heroic'))
      report(
        'R5',
        'grader',
        endingAt(play),
        'a heroic choice counts as heroic although the surprise never reached the customer',
        g,
      );
    // R6: where nothing can be solved, honesty is the core.
    const misled = play.decisions.find((d) => d.harm === 'misleads');
    if (handledStory && misled && play.ending.core !== 'failed')
      report(
        'R6',
        'story',
        decisionAt(scenario, misled),
        `misleads the customer and still ends at "${play.ending.title}", whose core is ${play.ending.core}: in a story that cannot be solved, misleading fails the core; send this path to an ending whose core is failed`,
        g,
      );
    // R7: the words agree with the ending.
    const others = CORES.filter((c) => c !== play.ending.core).map((c) => CORE_WORDS[c]);
    const said = g.headline.toLowerCase();
    const wordsAgree = said.includes(CORE_WORDS[play.ending.core]) && !others.some((w) => said.includes(w));
    const gradeAgrees =
      (g.grade === 'F') === (play.ending.core === 'failed') && (g.grade !== 'A' || g.experience === 'delivered');
    // A surprise the customer got is never called forgettable, and one they did not get is never claimed.
    const surpriseAgrees =
      g.experience === 'delivered'
        ? ![NO_SURPRISE, NOTHING_REMEMBERED].some((w) => said.includes(w.toLowerCase()))
        : !said.includes(SURPRISE_WORDS) || said.includes(NO_SURPRISE.toLowerCase());
    if (!wordsAgree || !gradeAgrees || !surpriseAgrees)
      report(
        'R7',
        'grader',
        endingAt(play),
        `the debrief would say "${g.headline}" (${g.grade}) at an ending whose core is ${play.ending.core}`,
        g,
      );
  }

  // R5, as the story is written: a heroic choice that never reaches a recorded experience can never count as heroic.
  const heroicIds = new Set(
    graded.flatMap((g) => g.play.decisions.filter((d) => d.level === 'heroic' && d.choice).map((d) => d.choice!)),
  );
  for (const id of heroicIds) {
    const withIt = graded.filter((g) => g.play.decisions.some((d) => d.choice === id));
    if (!withIt.some((g) => g.experience === 'delivered')) {
      const d = withIt[0]!.play.decisions.find((x) => x.choice === id)!;
      for (const g of withIt)
        report(
          'R5',
          'story',
          decisionAt(scenario, d),
          `heroic choice "${id}" never leads to an ending that records an experience, so it can only ever count as good: label it good, or let the surprise reach the customer`,
          g,
        );
    }
  }

  // R4: per ending, a play that tried (good or heroic) and did no named harm never grades below one that never tried.
  const byEnding = new Map<string, Play[]>();
  for (const g of graded) byEnding.set(g.play.end, [...(byEnding.get(g.play.end) ?? []), g]);
  for (const group of byEnding.values()) {
    const never = group.filter((g) => !tried(g.play));
    if (never.length === 0) continue;
    const bestNever = never.reduce((a, b) => (rank(b.grade) < rank(a.grade) ? b : a));
    for (const g of group) {
      if (!tried(g.play) || namedHarm(g.play) || rank(g.grade) <= rank(bestNever.grade)) continue;
      const unnamed = g.play.decisions
        .filter((d) => d.level === 'harmful')
        .map((d) => d.choice ?? `the timeout at ${d.beat}`);
      const why = unnamed.length
        ? `; harmful "${unnamed.join('", "')}" names no harm: say what harm it does with harm:, or, if it is an honest stop, it is not harmful`
        : '';
      report(
        'R4',
        unnamed.length ? 'story' : 'grader',
        endingAt(g.play),
        `trying and then stopping grades ${g.grade}, below the ${bestNever.grade} of never trying (${describePlay(bestNever.play)})${why}`,
        g,
        unnamed.length ? 'warning' : 'error',
      );
    }
  }

  return [...found.values()].map(({ plays: breaking, ...violation }) => {
    const shortest = breaking.reduce<Play | null>(
      (a, b) => (!a || b.play.decisions.length < a.play.decisions.length ? b : a),
      null,
    );
    return { ...violation, path: shortest ? describePlay(shortest.play) : '', plays: breaking.length };
  });
}

function decisionAt(scenario: Scenario, d: { beat: string; choice: string | null }): PathSegment[] {
  const index = scenario.beats[d.beat]?.choices?.findIndex((c) => c.id === d.choice) ?? -1;
  return d.choice === null || index < 0 ? ['beats', d.beat, 'patience'] : ['beats', d.beat, 'choices', index];
}

/** One line per violation, as the checker prints it after the file's position. */
export function formatViolation(v: RuleViolation): string {
  const others = v.plays > 1 ? ` (and ${v.plays - 1} more path${v.plays === 2 ? '' : 's'})` : '';
  return `${v.rule} (${RULE_TEXT[v.rule]}): ${v.message}${v.path ? `; path: ${v.path}${others}` : ''}`;
}
