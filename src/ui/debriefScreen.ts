// The debrief: the grade and why, every decision with the principles it
// touched and the better alternative, the mood chart and the cost ledger.
import type { DecisionReport, ReportCard } from '../engine/runtime.ts';
import { BREAKDOWN_WEIGHT } from '../engine/runtime.ts';
import { formatNumber, t } from '../i18n/intl.ts';
import { harmPhrase, headlineNodes, ledgerVerdict, levelLabel, money, signed } from './debriefWords.ts';
import { button, h } from './dom.ts';
import { gradeExplanation } from './gradeExplanation.ts';
import './debrief.css';
import { asSentence } from './sentence.ts';
import { moodChart } from './moodChart.ts';
import { scoreExplanation, scoreFigure } from './scoreExplanation.ts';
import { storyWords, tParts } from './messageParts.ts';

/** A seed is letters and digits of no language (BCP 47 "zxx"): no translation, no language's voice. */
const NO_LANGUAGE = 'zxx';

export interface DebriefInfo {
  title: string;
  customerName: string;
  /**
   * For a studio's try (the play is not saved, counted or reported): the beat it began at, null for the story's
   * start; and the situation the author chose for it, in words, if any.
   */
  rehearsal?: { from: string | null; outcomes: string | null; flags: string | null } | undefined;
}

export interface DebriefActions {
  playAgain(): void;
  replaySameSeed(): void;
  chooseStory(): void;
  openSettings(): void;
  /** Present when the play was part of a track. */
  backToTrack?: () => void;
  /** Present when the story was played from the story studio. */
  backToStudio?: () => void;
}

/** `paths` is the card comparing the path taken with the best one (bestPathCard.ts), which fills in later. */
export function debriefScreen(
  report: ReportCard,
  info: DebriefInfo,
  actions: DebriefActions,
  paths: HTMLElement | null = null,
): HTMLElement {
  const cost = (n: number) => money(report.ledger.currency, n);
  const heading = h(
    'h1',
    { id: 'debrief-title', tabindex: -1 },
    ...tParts('debrief.heading', { title: storyWords(info.title) }),
  );
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
          'aria-label': t('debrief.gradeBadge', { grade: report.grade }),
          'data-grade': report.grade,
        },
        h('span', { class: 'letter', 'aria-hidden': 'true' }, report.grade),
      ),
      h('div', {}, heading, h('p', { class: 'headline' }, ...headlineNodes(report))),
    ),
    info.rehearsal && rehearsalNote(info.rehearsal),
    gradeExplanation(report),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('debrief.fact.ending')),
      h('dd', {}, storyWords(report.ending.title)),
      h('dt', {}, t('debrief.fact.score')),
      h('dd', { 'data-percent': report.percent }, scoreFigure(report)),
      h('dt', {}, t('debrief.fact.seed')),
      h('dd', {}, ...tParts('debrief.fact.seedValue', { seed: h('code', { lang: NO_LANGUAGE }, report.seed) })),
    ),
    scoreExplanation(report),
    report.ending.summary && h('p', {}, storyWords(report.ending.summary)),
    h(
      'div',
      { class: 'debrief-actions' },
      actions.backToTrack && button(t('debrief.action.backToTrack'), actions.backToTrack, { class: 'button primary' }),
      actions.backToStudio &&
        button(t('debrief.action.backToStudio'), actions.backToStudio, { class: 'button primary' }),
      button(t('debrief.action.playAgain'), actions.playAgain, {
        class: actions.backToTrack || actions.backToStudio ? 'button' : 'button primary',
      }),
      button(t('debrief.action.replaySeed', { seed: report.seed }), actions.replaySameSeed, { class: 'button' }),
      button(t('debrief.action.chooseStory'), actions.chooseStory, { class: 'button' }),
      button(t('debrief.action.settings'), actions.openSettings, { class: 'button', 'data-action': 'settings' }),
    ),
  );

  const chart = h(
    'section',
    { class: 'card chart-card', 'aria-labelledby': 'chart-title' },
    h('h2', { id: 'chart-title' }, ...tParts('debrief.chart.title', { name: storyWords(info.customerName) })),
    moodChart(report, info.customerName),
  );

  const ledger = h(
    'section',
    { class: 'card ledger-card', 'aria-labelledby': 'ledger-title' },
    h('h2', { id: 'ledger-title' }, t('debrief.ledger.title')),
    h(
      'table',
      { class: 'ledger-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('debrief.ledger.decision')),
          h('th', { scope: 'col' }, t('debrief.ledger.cost')),
          h('th', { scope: 'col' }, t('debrief.ledger.minutes')),
          h('th', { scope: 'col' }, t('debrief.ledger.loyalty')),
        ),
      ),
      h(
        'tbody',
        {},
        ...report.decisions.map((d) =>
          h(
            'tr',
            {},
            h('td', {}, storyWords(d.text)),
            h('td', {}, cost(d.cost)),
            h('td', {}, formatNumber(d.minutes)),
            h('td', {}, signed(d.loyalty)),
          ),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t('debrief.ledger.total')),
          h('td', {}, cost(report.ledger.cost)),
          h('td', {}, formatNumber(report.ledger.minutes)),
          h('td', {}, signed(report.ledger.loyalty)),
        ),
      ),
    ),
    h('p', { class: 'ledger-verdict' }, ledgerVerdict(report.ledger)),
  );

  const decisions = h(
    'section',
    { class: 'card decisions-card', 'aria-labelledby': 'decisions-title' },
    h('h2', { id: 'decisions-title' }, t('debrief.decisions.title')),
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
    h(
      'h3',
      {},
      // One element for the number and the title, so the heading's text reads "2. Title" before the level tag.
      h('span', {}, ...tParts('debrief.decision.heading', { number: index + 1, title: storyWords(d.title) })),
      h('span', { class: `level-tag ${d.level}` }, levelLabel(d.level)),
    ),
    d.breakdown &&
      h(
        'p',
        { class: 'breakdown-note' },
        h('strong', {}, `${t('debrief.decision.breakdownLabel')} `),
        storyWords(asSentence(d.breakdown)),
        ` ${t('debrief.decision.breakdownWeight', { weight: BREAKDOWN_WEIGHT })}`,
      ),
    h(
      'p',
      { class: 'said' },
      ...(d.choice === null
        ? [storyWords(asSentence(d.text))]
        : tParts('debrief.decision.chose', { choice: storyWords(d.text) })),
    ),
    d.harm &&
      h(
        'p',
        { class: 'harm-note' },
        h('strong', {}, `${t('debrief.decision.harmLabel')} `),
        t('debrief.decision.harm', { harm: harmPhrase(d.harm) }),
      ),
    d.credited !== d.level &&
      h(
        'p',
        { class: 'credited-note' },
        h('strong', {}, `${t('debrief.decision.creditedLabel', { level: d.credited })} `),
        t('debrief.decision.credited'),
      ),
    d.feedback && h('p', { class: 'feedback' }, storyWords(d.feedback)),
    d.principles.length > 0 &&
      h(
        'ul',
        { class: 'principle-notes' },
        ...d.principles.map((p) =>
          h(
            'li',
            {},
            h(
              'span',
              { class: p.upheld ? 'upheld' : 'broken' },
              ...tParts(p.upheld ? 'debrief.decision.upholds' : 'debrief.decision.breaks', {
                principle: storyWords(p.name),
              }),
              ' ',
            ),
            storyWords(p.why),
          ),
        ),
      ),
    d.better &&
      h(
        'p',
        { class: 'better' },
        h('strong', {}, `${t('debrief.decision.betterLabel', { level: levelLabel(d.better.level) })} `),
        ...(d.better.why
          ? tParts('debrief.decision.betterWhy', { text: storyWords(d.better.text), why: storyWords(d.better.why) })
          : [storyWords(d.better.text)]),
      ),
  );
}

function rehearsalNote(rehearsal: NonNullable<DebriefInfo['rehearsal']>): HTMLElement {
  const { from, outcomes, flags } = rehearsal;
  return h(
    'p',
    { class: 'rehearsal-note' },
    ...(from === null ? [t('debrief.rehearsalStart')] : tParts('debrief.rehearsal', { beat: storyWords(from) })),
    ...(outcomes ? [' ', ...tParts('debrief.rehearsalOutcomes', { outcomes: storyWords(outcomes) })] : []),
    ...(flags ? [' ', ...tParts('debrief.rehearsalFlags', { flags: storyWords(flags) })] : []),
  );
}
