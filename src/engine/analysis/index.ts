// Static analysis of scenarios for authors: counts, path totals, the grade range,
// lopsided choices, library-wide rules and diagrams. Every analysis treats each
// `when:` as possibly true, so it describes every route a play could take and
// may include some no play can (an over-approximation).
import { CORES, type Scenario } from '../schema.ts';
import { dominatedChoices, formatDominated, type DominatedResult } from './dominated.ts';
import { buildStoryGraph, type StoryGraph } from './graph.ts';
import { formatGradeRange, gradeRange, type GradeRange } from './gradeRange.ts';
import { formatPathCount, scenarioStats, type ScenarioStats } from './stats.ts';
import { bestOptionPositions, type PositionFinding } from './choicePositions.ts';
import { checkGradingRules, isRoutinePlay, type RuleViolation } from './gradingRules.ts';
import { analysePlays, describePlay, PLAY_LIMIT, type AnalysedPlay, type PlaysResult } from './plays.ts';
import type { Grade } from '../grading.ts';
import { plural } from '../plural.ts';

export { buildStoryGraph, type StoryEdge, type StoryGraph } from './graph.ts';
export { countPaths, formatPathCount, scenarioStats, type PathCount, type ScenarioStats } from './stats.ts';
export { formatGradeRange, gradeRange, gradeRangeOfPlays, type GradeRange } from './gradeRange.ts';
export {
  analysePlays,
  describePlay,
  variationCombinations,
  PLAY_LIMIT,
  type AnalysedPlay,
  type AnalysedDecision,
  type PlaysResult,
} from './plays.ts';
export {
  checkGradingRules,
  formatViolation,
  modelGrader,
  RULE_IDS,
  RULE_TEXT,
  type Grader,
  type RuleId,
  type RuleViolation,
} from './gradingRules.ts';
export { bestOptionPositions, formatPositions, type PositionFinding } from './choicePositions.ts';
export {
  dominatedChoices,
  formatDominated,
  type DominatedChoice,
  type DominatedResult,
  type RouteScore,
} from './dominated.ts';
export {
  coverageMatrix,
  formatCoverageMatrix,
  formatFinding,
  libraryRules,
  RULES,
  scenarioRules,
  shortIds,
  usesFeature,
  type CoverageMatrix,
  type Feature,
  type LibraryFinding,
  type LibraryScenario,
  type ScenarioFinding,
} from './libraryRules.ts';
export { mermaidText, nodeId, scenarioDiagram, shortCondition } from './mermaid.ts';

export const OVER_APPROXIMATION_NOTE =
  'Path counts and dominated choices treat every `when:` as possibly true: they cover every route a play could take, and perhaps some no play can. Plays, grades and the grading rules apply every condition, except where a story has too many plays to count (then the grades are bounded on the graph).';

export interface ScenarioAnalysis {
  /** The graph the analyses share, for scenarioRules, so a big story's graph is built once. */
  graph: StoryGraph;
  stats: ScenarioStats;
  /** Every play, where they could be counted; the grading rules and the exact grade range need them. */
  plays: PlaysResult | { kind: 'not-counted'; reason: string };
  grades: GradeRange;
  /** The grade a trainee gets for routine choices at every step (the shortest such play), or null if there is none. */
  routine: { grade: Grade; path: string } | null;
  /** Each grading rule's violations; null where the plays could not be counted. */
  violations: RuleViolation[] | null;
  positions: PositionFinding | null;
  dominated: DominatedResult;
}

/** All per-scenario analyses over one shared graph, and over every play where they can be counted. */
export function analyseScenario(scenario: Scenario): ScenarioAnalysis {
  const graph = buildStoryGraph(scenario);
  const stats = scenarioStats(scenario, graph);
  const plays = countablePlays(scenario, stats);
  const complete = plays.kind === 'complete' ? plays.plays : null;
  const routinePlays = (complete ?? []).filter((p) => isRoutinePlay(p) && p.ending.core !== 'failed');
  const shortest = routinePlays.reduce<AnalysedPlay | null>(
    (a, b) => (!a || b.decisions.length < a.decisions.length ? b : a),
    null,
  );
  return {
    graph,
    stats,
    plays,
    grades: gradeRange(scenario, graph, plays.kind === 'not-counted' ? undefined : plays),
    routine: shortest && { grade: shortest.graded.grade, path: describePlay(shortest) },
    violations: complete && checkGradingRules(scenario, complete),
    positions: bestOptionPositions(scenario),
    dominated: dominatedChoices(scenario, graph),
  };
}

/** Plays are counted only where the graph says there cannot be too many (conditions only ever remove paths). */
function countablePlays(scenario: Scenario, stats: ScenarioStats): ScenarioAnalysis['plays'] {
  const combinations = Object.values(scenario.variations ?? {}).reduce((n, options) => n * options.length, 1);
  if (stats.paths.kind === 'finite' && stats.paths.total * BigInt(combinations) > BigInt(PLAY_LIMIT))
    return {
      kind: 'not-counted',
      reason: `${stats.paths.total} paths${combinations > 1 ? ` × ${combinations} combinations of variations` : ''} are more than ${PLAY_LIMIT.toLocaleString('en')} plays`,
    };
  return analysePlays(scenario);
}

/** The compact lines check:scenarios prints under a file's "ok" line. */
export function formatAnalysis(a: ScenarioAnalysis): string[] {
  const { stats } = a;
  const endings = CORES.map((o) => `${stats.endings[o]} ${o}`).join(', ');
  const lines = [
    `${stats.choices} choices, ${plural(stats.timers, { one: '# patience timer', other: '# patience timers' })}; endings: ${endings}`,
    `paths: ${formatPathCount(stats.paths)}${a.plays.kind === 'complete' ? `; plays, conditions applied: ${a.plays.plays.length}` : ''}`,
    formatGradeRange(a.grades),
    a.routine
      ? `routine path: ${a.routine.grade} (${a.routine.path})`
      : a.violations
        ? 'routine path: none'
        : 'routine path: not worked out',
  ];
  if (a.violations === null) lines.push(`grading rules: not checked: ${notCheckedReason(a.plays)}`);
  else {
    const errors = a.violations.filter((v) => v.severity === 'error').length;
    const warnings = a.violations.length - errors;
    const also = warnings ? ` (and ${warnings} warning${warnings === 1 ? '' : 's'} to settle with harm:)` : '';
    lines.push(
      errors
        ? `grading rules: ${plural(errors, { one: '# violation', other: '# violations' })}${also}`
        : `grading rules: R1–R7 hold on all ${a.plays.kind === 'complete' ? a.plays.plays.length : 0} plays${also}`,
    );
  }
  if (a.dominated.kind === 'not-computed') lines.push(`dominated choices: not computed: ${a.dominated.reason}`);
  else for (const d of a.dominated.dominated) lines.push(`dominated: ${formatDominated(d)}`);
  return lines;
}

/** Why a story's plays were not all walked, in the checker's words; empty when they were. */
export function notCheckedReason(plays: ScenarioAnalysis['plays']): string {
  switch (plays.kind) {
    case 'not-counted':
      return plays.reason;
    case 'too-many':
      return `more than ${plays.limit.toLocaleString('en')} plays`;
    case 'endless':
      return `a play went on past ${plays.steps} steps, round a loop no condition ends (${plays.sample})`;
    case 'complete':
      return '';
  }
}
