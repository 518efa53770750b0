// Shows every problem in a broken file, in the same words as check:scenarios,
// instead of a blank canvas; and, for a file that plays but carries warnings (a
// format 1 story read under the current grading model, or a draft still holding
// "FILL IN:" notes), what its author should add, with a way to try it as it stands.
import { plural } from '../engine/runtime.ts';
import { formatDiagnostic, isFillIn, type Diagnostic } from '../engine/authoring.ts';
import { button, h } from './dom.ts';

export interface ErrorsActions {
  back: (() => void) | null;
  /** Present when the file plays despite its warnings. */
  play?: () => void;
}

const count = (n: number, word: string) => plural(n, { one: `# ${word}`, other: `# ${word}s` });

/** The heading, the sentence under it, the play button's label (when it plays) and the list to show. */
function wording(file: string, errors: readonly Diagnostic[], warnings: readonly Diagnostic[], playable: boolean) {
  const toFill = warnings.filter(isFillIn).length;
  if (errors.length === 1 && errors[0]!.kind === 'not-text')
    return {
      title: `${file} is not a story file`,
      about: 'Nothing was read from it. The line below says what it looks like, and what to open instead.',
      items: errors,
    };
  if (!playable)
    return {
      title: `${file} has ${count(errors.length, 'problem')}`,
      about:
        'The story cannot be played until these are fixed. Each line gives the file, line and column, then what is wrong.',
      items: errors,
    };
  if (toFill > 0)
    return {
      title: `${file} is a draft: ${count(toFill, 'text')} still to fill in`,
      about:
        'It plays as it stands, so you can try out its shape, but a trainee would read the "FILL IN:" notes as they are. Write each text listed below in the file, then open it again. Each line gives the file, line and column, then what to write there.',
      play: 'Try the draft',
      items: warnings,
    };
  return {
    title: `${file} plays, with ${count(warnings.length, 'note')} for its author`,
    about:
      'The story is graded by the current grading model. Until its author adds what these notes ask for, some grades may not be what they meant. Each line gives the file, line and column, then the note.',
    play: 'Play it',
    items: warnings,
  };
}

export function errorsScreen(
  file: string,
  errors: readonly Diagnostic[],
  warnings: readonly Diagnostic[],
  actions: ErrorsActions,
): HTMLElement {
  const playable = errors.length === 0 && actions.play !== undefined;
  const { title, about, play, items } = wording(file, errors, warnings, playable);
  return h(
    'div',
    { class: 'screen errors-screen' },
    h(
      'section',
      { class: 'card errors-card', role: playable ? 'status' : 'alert', 'aria-labelledby': 'errors-title' },
      h('h1', { id: 'errors-title', ...(playable ? { tabindex: -1 } : {}) }, title),
      h('p', {}, about),
      // The way on comes before the list, so a long list never pushes it out of sight.
      h(
        'div',
        { class: 'debrief-actions' },
        playable && play && button(play, actions.play!, { class: 'button primary' }),
        actions.back && button('Back to the stories', actions.back, { class: playable ? 'button' : 'button primary' }),
      ),
      h('ol', { class: 'error-list' }, ...items.map((e) => h('li', {}, h('code', {}, formatDiagnostic(e))))),
    ),
  );
}
