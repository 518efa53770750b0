// The debrief: the grade and why, every decision with the principles it
// touched and the better alternative, the mood chart and the cost ledger.
import type { DecisionReport, ReportCard } from '../engine/runtime.ts';
import { BREAKDOWN_WEIGHT, HARM_PHRASES } from '../engine/runtime.ts';
import { button, h } from './dom.ts';
import { gradeExplanation } from './gradeExplanation.ts';
import { LEVEL_LABELS } from './levels.ts';
import './debrief.css';
import { asSentence } from './sentence.ts';
import { moodChart } from './moodChart.ts';
import { scoreExplanation, scoreFigure, times } from './scoreExplanation.ts';

export interface DebriefInfo {
  title: string;
  customerName: string;
}

export interface DebriefActions {
  playAgain(): void;
  replaySameSeed(): void;
  chooseStory(): void;
  openSettings(): void;
  /** Present when the play was part of a track. */
  backToTrack?: () => void;
}

/** `paths` is the card comparing the path taken with the best one (bestPathCard.ts), which fills in later. */
export function debriefScreen(
  report: ReportCard,
  info: DebriefInfo,
  actions: DebriefActions,
  paths: HTMLElement | null = null,
): HTMLElement {
  const money = (n: number) => `${report.ledger.currency}${n.toFixed(2)}`;
  const heading = h('h1', { id: 'debrief-title', tabindex: -1 }, `${info.title}: debrief`);
  const summary = h(
    'section',
    { class: 'card summary-card', 'aria-labelledby': 'debrief-title' },
    h(
      'div',
      { class: 'grade-row' },
      h(
        'div',
        {
          class: `grade-badge grade-${report.grade}`,
          role: 'img',
          'aria-label': `Grade ${report.grade}`,
          'data-grade': report.grade,
        },
        h('span', { class: 'letter', 'aria-hidden': 'true' }, report.grade),
      ),
      h('div', {}, heading, h('p', { class: 'headline' }, report.headline)),
    ),
    gradeExplanation(report),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Ending'),
      h('dd', {}, report.ending.title),
      h('dt', {}, 'Service score'),
      h('dd', { 'data-percent': report.percent }, scoreFigure(report)),
      h('dt', {}, 'Seed'),
      h('dd', {}, h('code', {}, report.seed), ' (replay the same shift with this seed)'),
    ),
    scoreExplanation(report),
    report.ending.summary && h('p', {}, report.ending.summary),
    h(
      'div',
      { class: 'debrief-actions' },
      actions.backToTrack && button('Back to the track', actions.backToTrack, { class: 'button primary' }),
      button('Try another path', actions.playAgain, { class: actions.backToTrack ? 'button' : 'button primary' }),
      button(`Replay seed ${report.seed}`, actions.replaySameSeed, { class: 'button' }),
      button('Choose another story', actions.chooseStory, { class: 'button' }),
      button('Settings', actions.openSettings, { class: 'button' }),
    ),
  );

  const chart = h(
    'section',
    { class: 'card chart-card', 'aria-labelledby': 'chart-title' },
    h('h2', { id: 'chart-title' }, `${info.customerName}'s mood over the story`),
    moodChart(report, info.customerName),
  );

  const ledger = h(
    'section',
    { class: 'card ledger-card', 'aria-labelledby': 'ledger-title' },
    h('h2', { id: 'ledger-title' }, 'Cost against loyalty'),
    h(
      'table',
      { class: 'ledger-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Decision'),
          h('th', { scope: 'col' }, 'Cost'),
          h('th', { scope: 'col' }, 'Staff minutes'),
          h('th', { scope: 'col' }, 'Loyalty'),
        ),
      ),
      h(
        'tbody',
        {},
        ...report.decisions.map((d) =>
          h(
            'tr',
            {},
            h('td', {}, d.text),
            h('td', {}, money(d.cost)),
            h('td', {}, String(d.minutes)),
            h('td', {}, signed(d.loyalty)),
          ),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, 'Total'),
          h('td', {}, money(report.ledger.cost)),
          h('td', {}, String(report.ledger.minutes)),
          h('td', {}, signed(report.ledger.loyalty)),
        ),
      ),
    ),
    h('p', { class: 'ledger-verdict' }, report.ledger.verdict),
  );

  const decisions = h(
    'section',
    { class: 'card decisions-card', 'aria-labelledby': 'decisions-title' },
    h('h2', { id: 'decisions-title' }, 'Your decisions'),
    h('ol', { class: 'decision-list' }, ...report.decisions.map((d, i) => decisionItem(d, i))),
  );

  return h(
    'div',
    { class: 'screen debrief-screen' },
    h('div', { class: 'debrief-grid' }, h('div', { class: 'debrief-side' }, summary, chart, ledger), decisions, paths),
  );
}

function decisionItem(d: DecisionReport, index: number): HTMLElement {
  return h(
    'li',
    { class: `decision level-${d.level}`, 'data-level': d.level },
    h('h3', {}, `${index + 1}. ${d.title}`, h('span', { class: `level-tag ${d.level}` }, LEVEL_LABELS[d.level])),
    d.breakdown &&
      h(
        'p',
        { class: 'breakdown-note' },
        h('strong', {}, 'Breakdown: '),
        asSentence(d.breakdown),
        ` This decision counts ${times(BREAKDOWN_WEIGHT)} in the score.`,
      ),
    h('p', { class: 'said' }, d.choice === null ? asSentence(d.text) : `You chose: ${d.text}`),
    d.harm && h('p', { class: 'harm-note' }, h('strong', {}, 'Harm: '), `you ${HARM_PHRASES[d.harm]}.`),
    d.credited !== d.level &&
      h(
        'p',
        { class: 'credited-note' },
        h('strong', {}, `Counted as ${LEVEL_LABELS[d.credited].toLowerCase()}: `),
        'the surprise this choice set out to give never reached the customer.',
      ),
    d.feedback && h('p', { class: 'feedback' }, d.feedback),
    d.principles.length > 0 &&
      h(
        'ul',
        { class: 'principle-notes' },
        ...d.principles.map((p) =>
          h(
            'li',
            {},
            h('span', { class: p.upheld ? 'upheld' : 'broken' }, `${p.upheld ? '✔ Upholds' : '✘ Breaks'} ${p.name}: `),
            p.why,
          ),
        ),
      ),
    d.better &&
      h(
        'p',
        { class: 'better' },
        h('strong', {}, `Better (${LEVEL_LABELS[d.better.level]}): `),
        d.better.text,
        d.better.why ? ` — ${d.better.why}` : '',
      ),
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
