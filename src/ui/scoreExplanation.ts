// What the debrief's numbers mean, in plain words: how the service score is counted from this play's own
// choices, and what each grade stands for. Every figure comes from the engine's grading constants
// (LEVEL_POINTS, BREAKDOWN_WEIGHT, CORE_PERCENT), so the explanation cannot drift from the grading; the words
// are the page's language, the grade letters the engine's.
import { BREAKDOWN_WEIGHT, CORE_PERCENT, LEVEL_POINTS, type Grade, type ReportCard } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';
import { percent } from './debriefWords.ts';
import { h } from './dom.ts';

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

/** How the score is counted, then this play's sum. */
export function scoreSentences(report: ReportCard): string[] {
  const { earned, possible } = scorePoints(report);
  const breakdowns = report.decisions.filter((d) => d.breakdown).length;
  const threshold = percent(CORE_PERCENT);
  return [
    t('debrief.score.ladder', { ...LEVEL_POINTS, weight: BREAKDOWN_WEIGHT }),
    t('debrief.score.sum', {
      earned,
      possible,
      percent: percent(report.percent),
      breakdowns,
      weight: BREAKDOWN_WEIGHT,
    }),
    t('debrief.score.lms', { threshold }),
  ];
}

/** What each grade stands for, from the top (read in the page's language each time it is asked). */
export const GRADE_SCALE: readonly { grade: Grade; readonly meaning: string }[] = (
  ['A', 'B', 'C', 'D', 'F'] as const
).map((grade) => ({
  grade,
  get meaning() {
    return t(`debrief.scale.${grade}`, { threshold: percent(CORE_PERCENT) });
  },
}));

/** A short line beside the percentage, so the figure never stands alone. */
export function scoreFigure(report: ReportCard): string {
  const { earned, possible } = scorePoints(report);
  return t('debrief.score.figure', { percent: percent(report.percent), earned, possible });
}

/** The collapsible "what the numbers mean" for the summary card. */
export function scoreExplanation(report: ReportCard): HTMLElement {
  return h(
    'details',
    { class: 'grade-steps score-explained' },
    h('summary', {}, t('debrief.score.summary')),
    ...scoreSentences(report).map((s) => h('p', {}, s)),
    h('p', {}, t('debrief.score.scaleIntro')),
    h(
      'dl',
      { class: 'grade-scale' },
      ...GRADE_SCALE.flatMap(({ grade, meaning }) => {
        const current = grade === report.grade ? { class: 'current' } : {};
        return [
          h('dt', current, grade),
          h('dd', current, meaning, grade === report.grade ? ` ${t('debrief.score.yourGrade')}` : ''),
        ];
      }),
    ),
  );
}
