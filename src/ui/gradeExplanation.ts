// The grade explained as the model works it out (src/engine/grading.ts), for the debrief: the two axes the
// grade rests on, what became of the core and whether the customer got an experience beyond it, then the
// steps in order, with the one that decided the grade marked. Words come from the report, so what a
// trainee reads always agrees with the ending (rule R7 checks the headline the same way).
import { BREAKDOWN_WEIGHT, CORE_PERCENT, HARM_PHRASES, plural, type ReportCard } from '../engine/runtime.ts';
import { h } from './dom.ts';
import { times } from './scoreExplanation.ts';

/** The model in one breath, as a facilitator says it. */
const GRADING_MODEL =
  'F if the core service failed; C for the core; B when every breakdown was met with care; A for a B plus a surprise the customer actually got. Anything harmful caps it at C, or D at a breakdown.';

export interface Axis {
  name: 'Core' | 'Experience';
  met: boolean;
  /** What it was, in a few words. */
  value: string;
  /** The sentence behind it: the ending's experience, or why there was none. */
  detail: string | null;
}

export function gradeAxes(report: ReportCard): [Axis, Axis] {
  const core: Axis =
    report.core === 'delivered'
      ? { name: 'Core', met: true, value: 'delivered', detail: 'The basic service the customer was owed was done.' }
      : report.core === 'handled-honestly'
        ? {
            name: 'Core',
            met: true,
            value: 'handled honestly',
            detail: 'It could not be solved; honest handling was the core service.',
          }
        : {
            name: 'Core',
            met: false,
            value: 'failed',
            detail: 'The customer left without the basic service they were owed.',
          };
  const experience: Axis =
    report.experience === 'delivered'
      ? { name: 'Experience', met: true, value: 'delivered', detail: report.ending.experience ?? null }
      : report.experience === 'not-earned'
        ? {
            name: 'Experience',
            met: false,
            value: 'not earned',
            detail: 'The ending records a surprise, but nothing on your path made it happen.',
          }
        : {
            name: 'Experience',
            met: false,
            value: 'none',
            detail: 'Nothing beyond the core: no surprise reached the customer.',
          };
  return [core, experience];
}

export interface GradeStepLine {
  text: string;
  /** The step that decided the grade. */
  decided: boolean;
}

/** The model's steps for this play, in the order the grade is worked out. */
export function gradeSteps(report: ReportCard): GradeStepLine[] {
  const step = report.gradeStep;
  const harmed = report.decisions.filter((d) => d.level === 'harmful');
  const harmText = (d: (typeof harmed)[number]) =>
    `${d.harm ? HARM_PHRASES[d.harm] : 'made a harmful choice'}${d.breakdown ? ' at a breakdown' : ''}`;
  const atBreakdowns = report.decisions.filter((d) => d.breakdown !== null);
  const routineAt = atBreakdowns.find((d) => d.credited === 'routine');
  const dropped = report.decisions.filter((d) => d.level === 'heroic' && d.credited !== 'heroic').length;
  const careText =
    atBreakdowns.length === 0
      ? 'Care: the routine never broke down in this play, so there was no breakdown to meet with care.'
      : routineAt
        ? `Care: at the breakdown "${routineAt.breakdown!.replace(/[.!?]+$/, '')}" your choice was routine, so no B.`
        : `Care: you met ${plural(atBreakdowns.length, { one: 'the breakdown', other: atBreakdowns.length === 2 ? 'both breakdowns' : 'all # breakdowns' })} with a good or heroic choice, so a B at least.`;
  return [
    {
      text:
        report.core === 'failed'
          ? 'Core service: failed, so F whatever else happened.'
          : `Core service: ${report.core === 'delivered' ? 'delivered' : 'handled honestly'}, so a C at least, unless harm pulls it down.`,
      decided: step.kind === 'core-failed' || step.kind === 'core',
    },
    {
      text: harmed.length
        ? `Harm: you ${[...new Set(harmed.map(harmText))].join('; ')}. Harm caps a play at C, and at D at a breakdown.`
        : 'Harm: none.',
      decided: step.kind === 'harm-at-breakdown' || step.kind === 'harm-caps',
    },
    { text: careText, decided: step.kind === 'care' },
    {
      text:
        report.experience === 'delivered'
          ? 'Experience: a surprise the customer got and will tell people about, so a B becomes an A.'
          : 'Experience: none delivered, so no A.',
      decided: step.kind === 'experience',
    },
    {
      text: `Score: ${report.percent}% of the best your decisions could have earned, breakdowns counting ${times(BREAKDOWN_WEIGHT)}${dropped ? `; ${plural(dropped, { one: 'one heroic choice counts', other: '# heroic choices count' })} as good, because the surprise never reached the customer` : ''}. It is what an LMS records; under ${CORE_PERCENT}% is a D.`,
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
      { class: 'grade-axes', 'aria-label': 'What the grade rests on' },
      ...axes.map((axis) =>
        h(
          'li',
          {
            class: `axis ${axis.met ? 'met' : 'unmet'}`,
            'data-axis': axis.name.toLowerCase(),
            'data-met': String(axis.met),
          },
          h('span', { class: 'axis-mark', 'aria-hidden': 'true' }, axis.met ? '✓' : '✗'),
          h('strong', {}, `${axis.name}: `),
          axis.value,
          !axis.met && h('span', { class: 'visually-hidden' }, ' (not met)'),
          axis.detail && h('span', { class: 'axis-detail' }, axis.detail),
        ),
      ),
    ),
    h(
      'details',
      { class: 'grade-steps' },
      h('summary', {}, `How grade ${report.grade} was worked out`),
      h('p', { class: 'grading-model' }, GRADING_MODEL),
      h(
        'ol',
        {},
        ...gradeSteps(report).map((s) =>
          h(
            'li',
            s.decided ? { class: 'decided' } : {},
            s.text,
            s.decided && h('strong', {}, ` This decided the ${report.grade}.`),
          ),
        ),
      ),
    ),
  );
}
