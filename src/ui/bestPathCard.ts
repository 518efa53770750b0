// The debrief's comparison of the path taken with the best one the same shift allowed. The debrief shows at
// once; the best path is worked out off the page's thread and fills this card in when it arrives, or the card
// says why there is none. What it says as it changes is read out politely by its own live region, so it never
// cuts off the debrief's own announcement.
import { type ReportCard } from '../engine/runtime.ts';
import { type BestPlay } from '../engine/authoring.ts';
import { t } from '../i18n/intl.ts';
import { levelLabel, percent } from './debriefWords.ts';
import { h } from './dom.ts';
import { storyWords, tParts } from './messageParts.ts';

export interface BestPathCard {
  element: HTMLElement;
  show(best: BestPlay): void;
}

/**
 * Why there is no best path. A reason from the search itself (src/engine/bestPlaySearch.ts, which has no
 * words floor) is English, and marked so; the page's own reasons (src/game/bestPath.ts) come translated.
 */
export interface NotComputed {
  kind: 'not-computed';
  reason: string;
  /** The reason is in the page's language already. */
  translated?: boolean;
}

export function bestPathCard(report: ReportCard): BestPathCard {
  const heading = h('h2', { id: 'paths-title' }, t('debrief.paths.title'));
  const status = h('p', { class: 'path-status', 'aria-live': 'polite' }, t('debrief.paths.working'));
  const columns = h('div', { class: 'path-columns' }, pathColumn('yours', report));
  const meaning = h('p', { class: 'path-meaning' }, t('debrief.paths.meaning'));
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
    show(best: BestPlay | NotComputed) {
      element.setAttribute('aria-busy', 'false');
      element.dataset['best'] = best.kind;
      if (best.kind === 'none') status.textContent = t('debrief.paths.none');
      else if (best.kind === 'not-computed') {
        const translated = 'translated' in best && best.translated;
        status.replaceChildren(
          ...tParts('debrief.paths.notComputed', { reason: translated ? best.reason : storyWords(best.reason) }),
        );
      }
      if (best.kind !== 'found') return;
      const card = best.play.report;
      const same = card.decisions.map((d) => d.choice).join() === report.decisions.map((d) => d.choice).join();
      heading.textContent = t(same ? 'debrief.paths.titleSame' : 'debrief.paths.title');
      if (!same) columns.append(pathColumn('best', card));
      status.textContent = t('debrief.paths.ready', {
        same: same ? 'yes' : 'no',
        grade: card.grade,
        percent: percent(card.percent),
        within: best.within ?? 0,
      });
    },
  };
}

function pathColumn(whose: 'yours' | 'best', card: ReportCard): HTMLElement {
  return h(
    'div',
    { class: 'path-column' },
    h('h3', {}, t(`debrief.paths.${whose}`, { grade: card.grade, percent: percent(card.percent) })),
    h(
      'ol',
      {},
      ...card.decisions.map((d) =>
        h(
          'li',
          {},
          h('span', { class: `level-tag ${d.level}` }, levelLabel(d.level)),
          ' ',
          storyWords(d.text),
          h('span', { class: 'track-status' }, ' ', ...tParts('debrief.paths.moment', { title: storyWords(d.title) })),
        ),
      ),
    ),
    h('p', { class: 'track-status' }, ...tParts('debrief.paths.ending', { title: storyWords(card.ending.title) })),
  );
}
