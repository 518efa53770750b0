// The grade explained as the model works it out (src/engine/grading.ts), for the debrief: the two axes the
// grade rests on, what became of the core and whether the customer got an experience beyond it, then the
// steps in order, with the one that decided the grade marked. Words come from the report, so what a
// trainee reads always agrees with the ending (rule R7 checks the headline the same way); they are said in
// the page's language, the grade letters and the rules' figures as the engine has them.
import { BREAKDOWN_WEIGHT, CORE_PERCENT, type ReportCard } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';
import { harmPhrase, percent } from './debriefWords.ts';
import { h } from './dom.ts';
import { storyWords, tParts } from './messageParts.ts';

export interface Axis {
  /** Which axis: a name for the page's data attributes, never shown. */
  name: 'Core' | 'Experience';
  /** The axis as the page's language names it. */
  label: string;
  met: boolean;
  /** What it was, in a few words. */
  value: string;
  /** The sentence behind it: the ending's experience, or why there was none. */
  detail: string | null;
  /** The detail is the story's own words (the ending's experience), not the interface's. */
  detailFromStory?: boolean;
}

function coreAxis(report: ReportCard): Axis {
  const axis = { name: 'Core', label: t('debrief.axis.core') } as const;
  if (report.core === 'delivered')
    return {
      ...axis,
      met: true,
      value: t('debrief.axis.core.delivered'),
      detail: t('debrief.axis.core.delivered.detail'),
    };
  if (report.core === 'handled-honestly')
    return { ...axis, met: true, value: t('debrief.axis.core.honest'), detail: t('debrief.axis.core.honest.detail') };
  return { ...axis, met: false, value: t('debrief.axis.core.failed'), detail: t('debrief.axis.core.failed.detail') };
}

function experienceAxis(report: ReportCard): Axis {
  const axis = { name: 'Experience', label: t('debrief.axis.experience') } as const;
  if (report.experience === 'delivered')
    return {
      ...axis,
      met: true,
      value: t('debrief.axis.experience.delivered'),
      detail: report.ending.experience ?? null,
      detailFromStory: true,
    };
  if (report.experience === 'not-earned')
    return {
      ...axis,
      met: false,
      value: t('debrief.axis.experience.notEarned'),
      detail: t('debrief.axis.experience.notEarned.detail'),
    };
  return {
    ...axis,
    met: false,
    value: t('debrief.axis.experience.none'),
    detail: t('debrief.axis.experience.none.detail'),
  };
}

export function gradeAxes(report: ReportCard): [Axis, Axis] {
  return [coreAxis(report), experienceAxis(report)];
}

export interface GradeStepLine {
  text: string;
  /** The same for the page, where it quotes the story: its words marked as the story's. */
  nodes?: (string | Node)[];
  /** The step that decided the grade. */
  decided: boolean;
}

function careStep(report: ReportCard, decided: boolean): GradeStepLine {
  const atBreakdowns = report.decisions.filter((d) => d.breakdown !== null);
  const routineAt = atBreakdowns.find((d) => d.credited === 'routine');
  if (atBreakdowns.length === 0) return { text: t('debrief.step.care.noBreakdown'), decided };
  if (!routineAt) return { text: t('debrief.step.care.met', { count: atBreakdowns.length }), decided };
  const breakdown = routineAt.breakdown!.replace(/[.!?]+$/, '');
  return {
    text: t('debrief.step.care.routine', { breakdown }),
    // Built when the page asks for it: the model alone (as tests and summaries read it) needs no document.
    get nodes() {
      return tParts('debrief.step.care.routine', { breakdown: storyWords(breakdown) });
    },
    decided,
  };
}

function harmText(report: ReportCard): string {
  const harmed = report.decisions.filter((d) => d.level === 'harmful');
  if (!harmed.length) return t('debrief.step.harm.none');
  const each = harmed.map((d) =>
    d.breakdown ? t('debrief.step.harm.atBreakdown', { harm: harmPhrase(d.harm) }) : harmPhrase(d.harm),
  );
  return t('debrief.step.harm', { harms: [...new Set(each)].join(t('debrief.step.harm.separator')) });
}

/** The model's steps for this play, in the order the grade is worked out. */
export function gradeSteps(report: ReportCard): GradeStepLine[] {
  const step = report.gradeStep;
  const dropped = report.decisions.filter((d) => d.level === 'heroic' && d.credited !== 'heroic').length;
  return [
    {
      text:
        report.core === 'failed'
          ? t('debrief.step.core.failed')
          : t('debrief.step.core.held', { core: report.core === 'delivered' ? 'delivered' : 'honest' }),
      decided: step.kind === 'core-failed' || step.kind === 'core',
    },
    { text: harmText(report), decided: step.kind === 'harm-at-breakdown' || step.kind === 'harm-caps' },
    careStep(report, step.kind === 'care'),
    {
      text: t(report.experience === 'delivered' ? 'debrief.step.experience.delivered' : 'debrief.step.experience.none'),
      decided: step.kind === 'experience',
    },
    {
      text: t('debrief.step.score', {
        percent: percent(report.percent),
        weight: BREAKDOWN_WEIGHT,
        dropped,
        threshold: percent(CORE_PERCENT),
      }),
      decided: step.kind === 'low-score',
    },
  ];
}

/** The axes beside the grade, and the steps under it. */
export function gradeExplanation(report: ReportCard): HTMLElement {
  const axes = gradeAxes(report);
  return h(
    'div',
    { class: 'grade-explained' },
    h(
      'ul',
      { class: 'grade-axes', 'aria-label': t('debrief.axes.label') },
      ...axes.map((axis) =>
        h(
          'li',
          {
            class: `axis ${axis.met ? 'met' : 'unmet'}`,
            'data-axis': axis.name.toLowerCase(),
            'data-met': String(axis.met),
          },
          h('span', { class: 'axis-mark', 'aria-hidden': 'true' }, axis.met ? '✓' : '✗'),
          h('strong', {}, `${t('debrief.axis.line', { axis: axis.label })} `),
          axis.value,
          !axis.met && h('span', { class: 'visually-hidden' }, ` ${t('debrief.axis.notMet')}`),
          axis.detail &&
            h('span', { class: 'axis-detail' }, axis.detailFromStory ? storyWords(axis.detail) : axis.detail),
        ),
      ),
    ),
    h(
      'details',
      { class: 'grade-steps' },
      h('summary', {}, t('debrief.steps.summary', { grade: report.grade })),
      h('p', { class: 'grading-model' }, t('debrief.grade.model')),
      h(
        'ol',
        {},
        ...gradeSteps(report).map((s) =>
          h(
            'li',
            s.decided ? { class: 'decided' } : {},
            ...(s.nodes ?? [s.text]),
            s.decided && h('strong', {}, ` ${t('debrief.steps.decided', { grade: report.grade })}`),
          ),
        ),
      ),
    ),
  );
}
