// The breakdown brainstorm: the room lists the moments the routine breaks down in
// their own business, and the board exports each as a skeleton scenario file.
import type { BrainstormItem } from '../play/skeleton.ts';
import { t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';

export interface BrainstormActions {
  change(items: BrainstormItem[]): void;
  exportSkeletons(items: BrainstormItem[]): void;
  back(): void;
}

export function brainstormScreen(initial: readonly BrainstormItem[], actions: BrainstormActions): HTMLElement {
  let items = [...initial];
  const list = h('ol', { class: 'brainstorm-list' });
  const status = h('p', { role: 'status', class: 'filter-status' });
  const breakdown = h('input', {
    id: 'brainstorm-breakdown',
    type: 'text',
    maxlength: 300,
    autocomplete: 'off',
    placeholder: t('brainstorm.breakdownExample'),
  });
  const role = h('input', {
    id: 'brainstorm-role',
    type: 'text',
    maxlength: 80,
    autocomplete: 'off',
    placeholder: t('brainstorm.roleExample'),
  });
  const exportButton = button(t('brainstorm.export'), () => actions.exportSkeletons(items), {
    class: 'button primary',
  });

  const render = () => {
    list.replaceChildren(
      ...items.map((item, i) =>
        h(
          'li',
          { class: 'brainstorm-item' },
          h(
            'span',
            {},
            // The room's own words, in whatever language they were typed: lang="" says it is not known.
            h('span', { lang: '' }, item.breakdown),
            item.role ? h('span', { class: 'track-status' }, ' ', t('brainstorm.role', { role: item.role })) : null,
          ),
          button(t('brainstorm.remove'), () => update(items.filter((_, j) => j !== i)), {
            class: 'button',
            'aria-label': t('brainstorm.removeItem', { breakdown: item.breakdown }),
          }),
        ),
      ),
    );
    exportButton.disabled = items.length === 0;
    status.textContent = t('brainstorm.onTheBoard', { count: items.length });
  };
  const update = (next: BrainstormItem[]) => {
    items = next;
    actions.change(items);
    render();
  };
  const form = h(
    'form',
    { class: 'filters brainstorm-form' },
    h(
      'div',
      { class: 'filter search' },
      h('label', { for: 'brainstorm-breakdown' }, t('brainstorm.breakdownLabel')),
      breakdown,
    ),
    h('div', { class: 'filter' }, h('label', { for: 'brainstorm-role' }, t('brainstorm.roleLabel')), role),
    h(
      'div',
      { class: 'filter' },
      h('span', { 'aria-hidden': 'true' }, '\u00a0'),
      h('button', { type: 'submit', class: 'button primary' }, t('brainstorm.add')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = breakdown.value.trim();
    if (!text) return breakdown.focus();
    update([...items, { breakdown: text, role: role.value.trim() }]);
    breakdown.value = '';
    breakdown.focus();
  });
  render();
  return h(
    'div',
    { class: 'screen track-screen' },
    h(
      'section',
      { class: 'card track-card', 'aria-labelledby': 'brainstorm-title' },
      h('h1', { id: 'brainstorm-title', tabindex: -1 }, t('brainstorm.title')),
      h('p', {}, t('brainstorm.intro')),
      form,
      status,
      list,
      h(
        'div',
        { class: 'debrief-actions' },
        exportButton,
        button(t('brainstorm.clear'), () => update([]), { class: 'button' }),
        button(t('brainstorm.back'), actions.back, { class: 'button' }),
      ),
    ),
  );
}
