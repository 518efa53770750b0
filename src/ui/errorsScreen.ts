// Shows every problem in a broken file, in the same words as check:scenarios,
// instead of a blank canvas.
import { formatDiagnostic, type Diagnostic } from '../engine/index.ts';
import { button, h } from './dom.ts';

export function errorsScreen(file: string, errors: readonly Diagnostic[], back: (() => void) | null): HTMLElement {
  const count = errors.length;
  return h(
    'div',
    { class: 'screen errors-screen' },
    h(
      'section',
      { class: 'card errors-card', role: 'alert', 'aria-labelledby': 'errors-title' },
      h('h1', { id: 'errors-title' }, `${file} has ${count} problem${count === 1 ? '' : 's'}`),
      h('p', {}, 'The story cannot be played until these are fixed. Each line gives the file, line and column, then what is wrong.'),
      h('ol', { class: 'error-list' }, ...errors.map((e) => h('li', {}, h('code', {}, formatDiagnostic(e))))),
      back && button('Back to the stories', back, { class: 'button primary' }),
    ),
  );
}
