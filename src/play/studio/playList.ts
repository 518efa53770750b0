// Every play of a draft, as the studio's Plays view lists them: what the checker's own analysis found (each
// combination of variations walked with every choice and timeout, conditions applied), reduced to what the view
// shows and small enough to send from the check's worker, best grades first.
import type { ScenarioAnalysis } from '../../engine/analysis/index.ts';
import { GRADES, type Grade } from '../../engine/grading.ts';
import type { PlayStep, ServiceLevel } from '../../engine/runtime.ts';

export interface PlayStepSummary {
  beat: string;
  /** null where the customer's patience ran out. */
  choice: string | null;
  level: ServiceLevel;
}

export interface PlaySummary {
  /** The variations' outcomes this play had. */
  outcomes: Record<string, string>;
  decisions: PlayStepSummary[];
  /** Every step, continues included: replayed, they take the story screen to this play's ending. */
  steps: PlayStep[];
  /** The ending beat. */
  end: string;
  /** Every beat the play passes through, from the first to the ending, in order (a beat met twice is here twice). */
  path: string[];
  grade: Grade;
  percent: number;
}

export type PlayList =
  | { kind: 'listed'; total: number; byGrade: Record<Grade, number>; plays: PlaySummary[] }
  /** Why the plays were not walked, in the checker's words. */
  | { kind: 'not-listed'; reason: string };

/** The most plays sent to the view; the counts cover them all. A shipped story has at most a few thousand. */
export const MOST_LISTED = 1000;

export function playList(plays: ScenarioAnalysis['plays'], notListed: string): PlayList {
  if (plays.kind !== 'complete') return { kind: 'not-listed', reason: notListed };
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const play of plays.plays) byGrade[play.graded.grade]++;
  const rank = (g: Grade) => GRADES.indexOf(g);
  const sorted = plays.plays
    .map((play, order) => ({ play, order }))
    .sort(
      (a, b) =>
        rank(a.play.graded.grade) - rank(b.play.graded.grade) ||
        b.play.graded.percent - a.play.graded.percent ||
        a.order - b.order,
    );
  return {
    kind: 'listed',
    total: plays.plays.length,
    byGrade,
    plays: sorted.slice(0, MOST_LISTED).map(({ play }) => ({
      outcomes: play.variation,
      decisions: play.decisions.map((d) => ({ beat: d.beat, choice: d.choice, level: d.level })),
      steps: play.steps,
      end: play.end,
      path: play.beats,
      grade: play.graded.grade,
      percent: play.graded.percent,
    })),
  };
}
