// The best path through a story, for the Insights screen to set beside the path most of a cohort took. A story's
// variations can change what the best play is (a delayed flight offers other choices), and the statements an LMS
// keeps do not say which circumstances a play met, so the best play is found for each combination of them, by the
// same walk the checks and the studio's Plays view make (every play, conditions applied, graded by the real
// model), best as the debrief ranks it: the highest grade, then the highest score, then the fewest decisions.
// Combinations whose best plays decide alike are shown as one.
import { analysePlays, type AnalysedPlay } from '../../engine/analysis/index.ts';
import { GRADES, type Grade, type Scenario, type ServiceLevel } from '../../engine/runtime.ts';

export interface BestPath {
  /** The combinations of the story's variations this is the best path in; one empty combination where it has none. */
  circumstances: Record<string, string>[];
  steps: { beat: string; choice: string | null; level: ServiceLevel }[];
  grade: Grade;
  percent: number;
}

export type BestPaths =
  | { kind: 'found'; paths: BestPath[] }
  /** The story has more plays than the walk counts (a big story of an author's): no best path is claimed. */
  | { kind: 'too-many' };

const found = new WeakMap<Scenario, BestPaths>();

/** Worked out once per story: the figures are counted again with every page an LRS sends. */
export function bestPathsOf(scenario: Scenario): BestPaths {
  let paths = found.get(scenario);
  if (!paths) found.set(scenario, (paths = search(scenario)));
  return paths;
}

function search(scenario: Scenario): BestPaths {
  const plays = analysePlays(scenario);
  if (plays.kind !== 'complete') return { kind: 'too-many' };
  const best = new Map<string, AnalysedPlay>();
  for (const play of plays.plays) {
    const key = JSON.stringify(play.variation);
    const held = best.get(key);
    if (!held || better(play, held)) best.set(key, play);
  }
  const byDecisions = new Map<string, BestPath>();
  for (const play of best.values()) {
    const steps = play.decisions.map((d) => ({ beat: d.beat, choice: d.choice, level: d.level }));
    const key = JSON.stringify(steps);
    const same = byDecisions.get(key);
    if (same) same.circumstances.push(play.variation);
    else
      byDecisions.set(key, {
        circumstances: [play.variation],
        steps,
        grade: play.graded.grade,
        percent: play.graded.percent,
      });
  }
  return { kind: 'found', paths: [...byDecisions.values()] };
}

function better(a: AnalysedPlay, b: AnalysedPlay): boolean {
  const rank = GRADES.indexOf(a.graded.grade) - GRADES.indexOf(b.graded.grade);
  if (rank !== 0) return rank < 0;
  if (a.graded.percent !== b.graded.percent) return a.graded.percent > b.graded.percent;
  return a.decisions.length < b.decisions.length;
}
