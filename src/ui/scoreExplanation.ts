// What the debrief's numbers mean, in plain words: how the service score is counted from this play's own
// choices, and what each grade stands for. Every figure comes from the engine's grading constants
// (LEVEL_POINTS, BREAKDOWN_WEIGHT, CORE_PERCENT), so the explanation cannot drift from the grading.
import {
  BREAKDOWN_WEIGHT,
  CORE_PERCENT,
  LEVEL_POINTS,
  plural,
  SERVICE_LEVELS,
  type Grade,
  type ReportCard,
} from '../engine/runtime.ts';
import { h } from './dom.ts';
import { LEVEL_LABELS } from './levels.ts';

export interface ScorePoints {
  earned: number;
  possible: number;
}

/** The points behind the percentage, counted as grading.ts's percentFor counts them. */
export function scorePoints(report: ReportCard): ScorePoints {
  return report.decisions.reduce(
    (sum, d) => {
      const weight = d.breakdown ? BREAKDOWN_WEIGHT : 1;
      return {
        earned: sum.earned + LEVEL_POINTS[d.credited] * weight,
        possible: sum.possible + LEVEL_POINTS.heroic * weight,
      };
    },
    { earned: 0, possible: 0 },
  );
}

const points = (n: number) => plural(n, { one: '# point', other: '# points' });
/** The breakdown weight in words: "double" for 2. */
export const times = (n: number) => (n === 2 ? 'double' : `${n} times over`);

/** How the score is counted, then this play's sum. */
export function scoreSentences(report: ReportCard): string[] {
  const { earned, possible } = scorePoints(report);
  const ladder = SERVICE_LEVELS.map(
    (level) => `${LEVEL_LABELS[level].toLowerCase()} ${points(LEVEL_POINTS[level])}`,
  ).join(', ');
  const breakdowns = report.decisions.filter((d) => d.breakdown).length;
  return [
    `Each decision earns points for its service level: ${ladder}. A decision at a breakdown counts ${times(BREAKDOWN_WEIGHT)}, because breakdowns are the moments customers remember.`,
    `The service score is the points you earned out of the most the same decisions could have earned had every one been heroic: ${earned} of ${points(possible)} here, ${report.percent}%` +
      `${breakdowns ? ` (${plural(breakdowns, { one: '# decision', other: '# decisions' })} at a breakdown counted ${times(BREAKDOWN_WEIGHT)})` : ''}.`,
    `The score is what an LMS records. It sets the grade only when it is under ${CORE_PERCENT}%, which is a D; otherwise the grade follows the steps above.`,
  ];
}

/** What each grade stands for, from the top. */
export const GRADE_SCALE: readonly { grade: Grade; meaning: string }[] = [
  { grade: 'A', meaning: 'a B, plus a surprise the customer actually got and will tell people about' },
  { grade: 'B', meaning: 'the core service done, and every breakdown met with good or heroic service' },
  {
    grade: 'C',
    meaning:
      'the core service done (or, where it could not be, handled honestly); or a harmful choice away from a breakdown',
  },
  { grade: 'D', meaning: `a harmful choice at a breakdown, or a service score under ${CORE_PERCENT}%` },
  { grade: 'F', meaning: 'the core service failed: the customer left without what they were owed' },
];

/** A short line beside the percentage, so the figure never stands alone. */
export function scoreFigure(report: ReportCard): string {
  const { earned, possible } = scorePoints(report);
  return `${report.percent}% (${earned} of ${points(possible)})`;
}

/** The collapsible "what the numbers mean" for the summary card. */
export function scoreExplanation(report: ReportCard): HTMLElement {
  return h(
    'details',
    { class: 'grade-steps score-explained' },
    h('summary', {}, 'What the score and the grades mean'),
    ...scoreSentences(report).map((s) => h('p', {}, s)),
    h('p', {}, 'The grades, from the top:'),
    h(
      'dl',
      { class: 'grade-scale' },
      ...GRADE_SCALE.flatMap(({ grade, meaning }) => {
        const current = grade === report.grade ? { class: 'current' } : {};
        return [h('dt', current, grade), h('dd', current, meaning, grade === report.grade ? ' (your grade)' : '')];
      }),
    ),
  );
}
