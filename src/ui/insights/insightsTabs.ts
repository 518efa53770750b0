// The Insights screen's four views as ARIA tabs.
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';

export const VIEWS = ['choices', 'principles', 'grades', 'people'] as const;
export type View = (typeof VIEWS)[number];

/** The views as ARIA tabs: arrow keys, Home and End move between them, as a screen reader user expects. */
export function tabList(choose: (view: View) => void) {
  const tabs = VIEWS.map((view) =>
    button(t(`insights.tab.${view}`), () => choose(view), {
      role: 'tab',
      id: `insights-tab-${view}`,
      'aria-controls': `insights-${view}`,
      class: 'insights-tab',
    }),
  );
  const root = h('div', { role: 'tablist', 'aria-label': t('insights.views'), class: 'insights-tabs' }, ...tabs);
  root.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    // Right is onwards in a left-to-right page, backwards in a right-to-left one (Arabic).
    const ahead = getComputedStyle(root).direction === 'rtl' ? -1 : 1;
    const to = { ArrowRight: at + ahead, ArrowLeft: at - ahead, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + tabs.length) % tabs.length;
    choose(VIEWS[next]!);
    tabs[next]!.focus();
  });
  return {
    root,
    select(view: View) {
      tabs.forEach((tab, i) => {
        const selected = VIEWS[i] === view;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
      });
    },
  };
}
