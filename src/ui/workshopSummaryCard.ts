// The end of a workshop: each decision, what the room chose and how the vote
// split, the better option that was on offer, and the whole summary to export.
import { summaryCsv, type SummaryRow, type WorkshopSummary } from '../play/workshop.ts';
import { button, h } from './dom.ts';
import { download } from './download.ts';
import { LEVEL_LABELS } from './levels.ts';

export function workshopSummaryCard(summary: WorkshopSummary): HTMLElement {
  const base = `workshop-${summary.scenario}-${summary.seed}`;
  return h(
    'section',
    { class: 'card workshop-summary', 'aria-labelledby': 'workshop-summary-title' },
    h('h2', { id: 'workshop-summary-title' }, 'Session summary'),
    h(
      'table',
      { class: 'attempts-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Moment', 'The room chose', 'Level', 'Vote split', 'Better option on offer'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...summary.rows.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, r.breakdown ? `Breakdown: ${r.breakdown}` : r.moment),
            h('td', {}, r.roomChose),
            h('td', {}, LEVEL_LABELS[r.level as keyof typeof LEVEL_LABELS] ?? r.level),
            h('td', {}, splitText(r)),
            h('td', {}, r.betterOption ?? '—'),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'debrief-actions' },
      button('Export summary as CSV', () => download(`${base}.csv`, summaryCsv(summary), 'text/csv'), {
        class: 'button',
      }),
      button(
        'Export summary as JSON',
        () => download(`${base}.json`, `${JSON.stringify(summary, null, 2)}\n`, 'application/json'),
        { class: 'button' },
      ),
    ),
  );
}

function splitText(row: SummaryRow): string {
  const hands = row.split.map((s) => `${s.votes} for “${s.choice}”`).join(', ');
  switch (row.decidedBy) {
    case 'vote':
      return hands;
    case 'tie-break':
      return `${hands} (tie broken by the facilitator)`;
    case 'facilitator':
      return hands ? `${hands} (the facilitator’s pick)` : 'the facilitator’s pick, without a count';
    case 'timeout':
      return 'no choice: the customer’s patience ran out';
  }
}
