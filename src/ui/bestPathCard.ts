// The debrief's comparison of the path taken with the best one the same shift allowed. The debrief shows at
// once; the best path is worked out off the page's thread and fills this card in when it arrives, or the card
// says why there is none. What it says as it changes is read out politely by its own live region, so it never
// cuts off the debrief's own announcement.
import { plural, type ReportCard } from '../engine/runtime.ts';
import { type BestPlay } from '../engine/authoring.ts';
import { h } from './dom.ts';
import { LEVEL_LABELS } from './levels.ts';

export interface BestPathCard {
  element: HTMLElement;
  show(best: BestPlay): void;
}

/** What the two figures in "Best path: A, 94%" are, said once under the heading. */
const BEST_PATH_MEANING =
  'The best path is the play of this same shift (the same seed, so the same breakdowns) that earns the highest grade, and among those the highest service score. Beside each path: the grade it earns and its service score, worked out as for your own play.';

export function bestPathCard(report: ReportCard): BestPathCard {
  const heading = h('h2', { id: 'paths-title' }, 'Your path and the best path for this shift');
  const status = h('p', { class: 'path-status', 'aria-live': 'polite' }, 'Working out the best path for this shift…');
  const columns = h('div', { class: 'path-columns' }, pathColumn('Your path', report));
  const meaning = h('p', { class: 'path-meaning' }, BEST_PATH_MEANING);
  const element = h(
    'section',
    { class: 'card path-card', 'aria-labelledby': 'paths-title', 'aria-busy': 'true', 'data-best': 'pending' },
    heading,
    meaning,
    status,
    columns,
  );
  return {
    element,
    show(best) {
      element.setAttribute('aria-busy', 'false');
      element.dataset['best'] = best.kind;
      if (best.kind !== 'found') {
        status.textContent =
          best.kind === 'none'
            ? 'No best path to show: no play of this story reaches an ending unless the customer’s patience runs out.'
            : `Best path not worked out: ${best.reason}.`;
        return;
      }
      const card = best.play.report;
      const same = card.decisions.map((d) => d.choice).join() === report.decisions.map((d) => d.choice).join();
      heading.textContent = same
        ? 'You took the best path for this shift'
        : 'Your path and the best path for this shift';
      if (!same) columns.append(pathColumn('Best path', card));
      const loop =
        best.within === null
          ? ''
          : ` It is the best of the plays up to ${plural(best.within, { one: '# step', other: '# steps' })}: this story can go round a loop, so longer plays were not compared.`;
      status.textContent = `${same ? 'The best path for this shift is the one you took' : 'The best path for this shift is ready'}: grade ${card.grade}, service score ${card.percent}%.${loop}`;
    },
  };
}

function pathColumn(title: string, card: ReportCard): HTMLElement {
  return h(
    'div',
    { class: 'path-column' },
    h('h3', {}, `${title}: grade ${card.grade}, score ${card.percent}%`),
    h(
      'ol',
      {},
      ...card.decisions.map((d) =>
        h(
          'li',
          {},
          h('span', { class: `level-tag ${d.level}` }, LEVEL_LABELS[d.level]),
          ' ',
          d.text,
          h('span', { class: 'track-status' }, ` (${d.title})`),
        ),
      ),
    ),
    h('p', { class: 'track-status' }, `Ending: ${card.ending.title}`),
  );
}
