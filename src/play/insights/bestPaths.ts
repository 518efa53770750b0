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

type Step = BestPath['steps'][number];

export type Parting =
  /** The most common way is a best path (in the circumstances it is best in). */
  | { kind: 'same' }
  /** From this beat on, the most common way goes where no best path goes. */
  | { kind: 'branch'; beat: string }
  /** At this beat, the most common way decides as no best path does; `best`: what the best paths there take. */
  | { kind: 'choice'; common: Step; best: Step[] };

/**
 * Where the most common way first leaves the best path: the first decision where it does what no best path that
 * has come the same way does. Where a story's circumstances make several best paths, the statements do not say
 * which the common way met, so it is held to every best path that agrees with it so far: it has left them all
 * there, whatever the circumstances. Null where no play has finished yet, or the best paths were not worked out.
 */
export function partingOf(common: readonly Step[] | null, best: BestPaths): Parting | null {
  if (!common || best.kind !== 'found') return null;
  let along = best.paths.map((path) => path.steps);
  for (const [i, step] of common.entries()) {
    const same = along.filter((steps) => steps[i]?.beat === step.beat && steps[i]?.choice === step.choice);
    if (same.length) {
      along = same;
      continue;
    }
    const here = along.flatMap((steps) => (steps[i]?.beat === step.beat ? [steps[i]!] : []));
    if (!here.length) return { kind: 'branch', beat: step.beat };
    const distinct = here.filter((s, j) => here.findIndex((o) => o.choice === s.choice) === j);
    return { kind: 'choice', common: step, best: distinct };
  }
  // Every decision matched; a best path that decides more after them goes on where the common way ended.
  const ended = along.find((steps) => steps.length === common.length);
  return ended ? { kind: 'same' } : { kind: 'branch', beat: along[0]![common.length]!.beat };
}
