// Static analysis of scenarios for authors: counts, path totals, the grade range,
// lopsided choices, library-wide rules and diagrams. Every analysis treats each
// `when:` as possibly true, so it describes every route a play could take and
// may include some no play can (an over-approximation).
import type { Scenario } from '../schema.ts';
import { dominatedChoices, formatDominated, type DominatedResult } from './dominated.ts';
import { buildStoryGraph, type StoryGraph } from './graph.ts';
import { formatGradeRange, gradeRange, type GradeRange } from './gradeRange.ts';
import { formatPathCount, scenarioStats, type ScenarioStats } from './stats.ts';

export { buildStoryGraph, type StoryEdge, type StoryGraph } from './graph.ts';
export { countPaths, formatPathCount, scenarioStats, type PathCount, type ScenarioStats } from './stats.ts';
export { formatGradeRange, gradeRange, type GradeRange } from './gradeRange.ts';
export { dominatedChoices, formatDominated, type DominatedChoice, type DominatedResult, type RouteScore } from './dominated.ts';
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
  'Paths, grades and dominated choices treat every `when:` as possibly true: they cover every route a play could take, and perhaps some no play can.';

export interface ScenarioAnalysis {
  /** The graph the analyses share, for scenarioRules, so a big story's graph is built once. */
  graph: StoryGraph;
  stats: ScenarioStats;
  grades: GradeRange;
  dominated: DominatedResult;
}

/** All per-scenario analyses over one shared graph. */
export function analyseScenario(scenario: Scenario): ScenarioAnalysis {
  const graph = buildStoryGraph(scenario);
  return { graph, stats: scenarioStats(scenario, graph), grades: gradeRange(scenario, graph), dominated: dominatedChoices(scenario, graph) };
}

/** The compact lines check:scenarios prints under a file's "ok" line. */
export function formatAnalysis(a: ScenarioAnalysis): string[] {
  const { stats } = a;
  const endings = (['delivered', 'failed', 'unsolvable'] as const).map((o) => `${stats.endings[o]} ${o}`).join(', ');
  const lines = [
    `${stats.choices} choices, ${stats.timers} patience timer${stats.timers === 1 ? '' : 's'}; endings: ${endings}`,
    `paths: ${formatPathCount(stats.paths)}`,
    formatGradeRange(a.grades),
  ];
  if (a.dominated.kind === 'not-computed') lines.push(`dominated choices: not computed: ${a.dominated.reason}`);
  else for (const d of a.dominated.dominated) lines.push(`dominated: ${formatDominated(d)}`);
  return lines;
}
