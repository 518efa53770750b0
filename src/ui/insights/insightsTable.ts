// The Insights screen's tables: a caption that names the table's box when it scrolls sideways, a header row, and
// rows drawn a hundred at a time, so a cohort's thousand learners do not hold the page up; and the marks on the
// words in them (a story's own language, a learner's name in none).
import { formatNumber, t } from '../../i18n/intl.ts';
import { storyTextAttributes } from '../../i18n/storyLanguage.ts';
import type { CsvNames } from '../../play/insights/insightsCsv.ts';
import { button, h } from '../dom.ts';

export type Cell = Node | string;

/** Each table's caption has an id of its own, for the table's box to be named by when it scrolls sideways. */
let captions = 0;

/** Rows drawn at first, and at each "Show more": a cohort's thousand learners at once take seconds to lay out. */
export const ROWS_AT_ONCE = 100;

/** Rows made only when shown: a long table's thousand rows are not built to show its first hundred. */
export interface LazyRows {
  count: number;
  row(index: number): Cell[];
}

export function table(
  caption: Cell,
  head: Cell[],
  rows: Cell[][] | LazyRows,
  className = 'insights-table',
): HTMLElement {
  const all: LazyRows = Array.isArray(rows) ? { count: rows.length, row: (i) => rows[i]! } : rows;
  const body = h('tbody', {});
  let shown = 0;
  const more = button('', () => showMore(), { class: 'button insights-more' });
  const showMore = () => {
    const end = Math.min(all.count, shown + ROWS_AT_ONCE);
    const added: HTMLElement[] = [];
    for (; shown < end; shown++) {
      const [first, ...rest] = all.row(shown);
      added.push(h('th', { scope: 'row' }, first!));
      body.append(h('tr', {}, added.at(-1)!, ...rest.map((c) => h('td', {}, c))));
    }
    more.textContent = t('insights.moreRows', { shown, total: all.count });
    if (shown < all.count) return;
    // The last rows are in: the button goes, and the keyboard's place moves to the first of them, not to the page.
    const pressed = document.activeElement === more;
    more.hidden = true;
    if (pressed && added[0]) {
      added[0].tabIndex = -1;
      added[0].focus();
    }
  };
  showMore();
  const scroll = h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: className },
      h('caption', { id: `insights-caption-${++captions}` }, caption),
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
      body,
    ),
  );
  return all.count > ROWS_AT_ONCE ? h('div', { class: 'table-long' }, scroll, more) : scroll;
}

/** A story's own words, marked with their language (a translated story's text is not the page's). */
export const storyText = (text: string) => h('span', storyTextAttributes(text), text);

/**
 * A learner as the table shows them: a person's name, in no language anyone can tell (lang=""), or when names are
 * hidden, "Learner 3" in the page's words.
 */
export const learnerText = (names: CsvNames, key: string): Cell =>
  names.named?.(key) === false ? names.learner(key) : h('span', { lang: '' }, names.learner(key));

export const lazyRows = <T>(items: readonly T[], row: (item: T) => Cell[]): LazyRows => ({
  count: items.length,
  row: (i) => row(items[i]!),
});

/**
 * Story titles as a list, each marked with its own language, set apart by a dot (insights.css): joined with commas
 * in a sentence, titles with commas of their own ("Dead Line, Live Deadline") ran into one another.
 */
export function storyList(titles: readonly string[]): HTMLElement {
  return h('ul', { class: 'story-titles' }, ...titles.map((title) => h('li', {}, storyText(title))));
}

/** A time as a trainer says it: seconds under a minute and a half, minutes after (the views and the team report). */
export function duration(ms: number): string {
  return ms < 90_000
    ? formatNumber(Math.round(ms / 1000), { style: 'unit', unit: 'second', unitDisplay: 'short' })
    : formatNumber(ms / 60_000, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 });
}
