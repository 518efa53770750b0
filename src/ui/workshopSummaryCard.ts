// The end of a workshop: each decision, what the room chose and how the vote
// split, the better option that was on offer, and the whole summary to export.
import { summaryCsv, type SummaryRow, type WorkshopSummary } from '../play/workshop.ts';
import { formatNumber, t } from '../i18n/intl.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';
import { button, h } from './dom.ts';
import { download } from './download.ts';
import { LEVEL_LABELS } from './levels.ts';
import { listFragment, messageParts, sourceText } from './messageParts.ts';

const COLUMNS = [
  'workshop.column.moment',
  'workshop.column.roomChose',
  'workshop.column.level',
  'workshop.column.split',
  'workshop.column.better',
] as const;

export function workshopSummaryCard(summary: WorkshopSummary): HTMLElement {
  const base = `workshop-${summary.scenario}-${summary.seed}`;
  // The moments, choices and options are the story's words, each in its own language.
  const story = (text: string) => ({ lang: storyLanguageOf(text) });
  return h(
    'section',
    { class: 'card workshop-summary', 'aria-labelledby': 'workshop-summary-title' },
    h('h2', { id: 'workshop-summary-title' }, t('workshop.summaryTitle')),
    h(
      'table',
      { class: 'attempts-table' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((column) => h('th', { scope: 'col' }, t(column))))),
      h(
        'tbody',
        {},
        ...summary.rows.map((r) =>
          h(
            'tr',
            {},
            r.breakdown
              ? h('td', {}, ...messageParts('workshop.breakdownMoment', {}, { breakdown: sourceText(r.breakdown) }))
              : h('td', story(r.moment), r.moment),
            h('td', story(r.roomChose), r.roomChose),
            h('td', {}, LEVEL_LABELS[r.level as keyof typeof LEVEL_LABELS] ?? r.level),
            h('td', {}, splitText(r)),
            r.betterOption ? h('td', story(r.betterOption), r.betterOption) : h('td', {}, '—'),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'debrief-actions' },
      button(t('workshop.exportCsv'), () => download(`${base}.csv`, summaryCsv(summary), 'text/csv'), {
        class: 'button',
      }),
      button(
        t('workshop.exportJson'),
        () => download(`${base}.json`, `${JSON.stringify(summary, null, 2)}\n`, 'application/json'),
        { class: 'button' },
      ),
    ),
  );
}

/** How the vote split, each option's words marked as the story's. */
function splitText(row: SummaryRow): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const hands = () =>
    listFragment(
      row.split.map((s) =>
        messageParts('workshop.handsForChoice', { votes: formatNumber(s.votes) }, { choice: sourceText(s.choice) }),
      ),
    );
  switch (row.decidedBy) {
    case 'vote':
      fragment.append(hands());
      break;
    case 'tie-break':
      fragment.append(...messageParts('workshop.split.tieBreak', {}, { hands: hands() }));
      break;
    case 'facilitator':
      fragment.append(
        ...(row.split.length
          ? messageParts('workshop.split.facilitator', {}, { hands: hands() })
          : [t('workshop.split.facilitatorNoCount')]),
      );
      break;
    case 'timeout':
      fragment.append(t('workshop.split.timeout'));
  }
  return fragment;
}
