// The breakdown brainstorm: the room lists the moments the routine breaks down in
// their own business, and the board exports each as a skeleton scenario file.
import type { BrainstormItem } from '../play/skeleton.ts';
import { plural } from '../engine/runtime.ts';
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
    placeholder: 'e.g. The card machine goes down at the busiest hour',
  });
  const role = h('input', {
    id: 'brainstorm-role',
    type: 'text',
    maxlength: 80,
    autocomplete: 'off',
    placeholder: 'e.g. cashier',
  });
  const exportButton = button('Export as scenario skeletons', () => actions.exportSkeletons(items), {
    class: 'button primary',
  });

  const render = () => {
    list.replaceChildren(
      ...items.map((item, i) =>
        h(
          'li',
          { class: 'brainstorm-item' },
          h('span', {}, item.breakdown, item.role ? h('span', { class: 'track-status' }, ` (${item.role})`) : null),
          button('Remove', () => update(items.filter((_, j) => j !== i)), {
            class: 'button',
            'aria-label': `Remove: ${item.breakdown}`,
          }),
        ),
      ),
    );
    exportButton.disabled = items.length === 0;
    status.textContent = `${plural(items.length, { one: '# breakdown', other: '# breakdowns' })} on the board.`;
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
      h('label', { for: 'brainstorm-breakdown' }, 'A breakdown in your business'),
      breakdown,
    ),
    h('div', { class: 'filter' }, h('label', { for: 'brainstorm-role' }, 'Who meets it (optional)'), role),
    h(
      'div',
      { class: 'filter' },
      h('span', { 'aria-hidden': 'true' }, '\u00a0'),
      h('button', { type: 'submit', class: 'button primary' }, 'Add to the board'),
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
      h('h1', { id: 'brainstorm-title', tabindex: -1 }, 'Breakdown brainstorm'),
      h(
        'p',
        {},
        'Where does the routine break down in your own work? List every moment the room can think of: the more, the better. Each one becomes a skeleton story an author can finish.',
      ),
      form,
      status,
      list,
      h(
        'div',
        { class: 'debrief-actions' },
        exportButton,
        button('Clear the board', () => update([]), { class: 'button' }),
        button('Back to the stories', actions.back, { class: 'button' }),
      ),
    ),
  );
}
