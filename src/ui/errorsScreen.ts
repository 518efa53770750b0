// Shows every problem in a broken file, in the same words as check:scenarios,
// instead of a blank canvas; and, for a file that plays but carries warnings (a
// format 1 story read under the current grading model), what its author should add.
import { formatDiagnostic, plural, type Diagnostic } from '../engine/index.ts';
import { button, h } from './dom.ts';

export interface ErrorsActions {
  back: (() => void) | null;
  /** Present when the file plays despite its warnings. */
  play?: () => void;
}

export function errorsScreen(file: string, errors: readonly Diagnostic[], warnings: readonly Diagnostic[], actions: ErrorsActions): HTMLElement {
  const list = (items: readonly Diagnostic[]) => h('ol', { class: 'error-list' }, ...items.map((e) => h('li', {}, h('code', {}, formatDiagnostic(e)))));
  const playable = errors.length === 0 && actions.play !== undefined;
  return h(
    'div',
    { class: 'screen errors-screen' },
    h(
      'section',
      { class: 'card errors-card', role: playable ? 'status' : 'alert', 'aria-labelledby': 'errors-title' },
      ...(playable
        ? [
            h('h1', { id: 'errors-title', tabindex: -1 }, `${file} plays, with ${plural(warnings.length, { one: '# note', other: '# notes' })} for its author`),
            h('p', {}, 'The story is graded by the current grading model. Until its author adds what these notes ask for, some grades may not be what they meant. Each line gives the file, line and column, then the note.'),
            list(warnings),
          ]
        : [
            h('h1', { id: 'errors-title' }, `${file} has ${plural(errors.length, { one: '# problem', other: '# problems' })}`),
            h('p', {}, 'The story cannot be played until these are fixed. Each line gives the file, line and column, then what is wrong.'),
            list(errors),
          ]),
      h(
        'div',
        { class: 'debrief-actions' },
        playable && button('Play it', actions.play!, { class: 'button primary' }),
        actions.back && button('Back to the stories', actions.back, { class: playable ? 'button' : 'button primary' }),
      ),
    ),
  );
}
