// Shows every problem in a broken file, in the same words as check:scenarios,
// instead of a blank canvas; and, for a file that plays but carries warnings (a
// format 1 story read under the current grading model, or a draft still holding
// "FILL IN:" notes), what its author should add, with a way to try it as it stands.
import { formatDiagnostic, isFillIn, type Diagnostic } from '../engine/authoring.ts';
import { t } from '../i18n/intl.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { button, h } from './dom.ts';
import { fileName, tParts } from './messageParts.ts';

export interface ErrorsActions {
  back: (() => void) | null;
  /** Present when the file plays despite its warnings. */
  play?: () => void;
}

/** The heading, the sentence under it, the play button's label (when it plays) and the list to show. */
function wording(file: string, errors: readonly Diagnostic[], warnings: readonly Diagnostic[], playable: boolean) {
  const toFill = warnings.filter(isFillIn).length;
  if (errors.length === 1 && errors[0]!.kind === 'not-text')
    return {
      title: tParts('errors.notText.title', { file: fileName(file) }),
      about: t('errors.notText.about'),
      items: errors,
    };
  if (!playable)
    return {
      title: tParts('errors.broken.title', { file: fileName(file), count: errors.length }),
      about: t('errors.broken.about'),
      items: errors,
    };
  if (toFill > 0)
    return {
      title: tParts('errors.draft.title', { file: fileName(file), count: toFill }),
      about: t('errors.draft.about'),
      play: t('errors.draft.play'),
      items: warnings,
    };
  return {
    title: tParts('errors.notes.title', { file: fileName(file), count: warnings.length }),
    about: t('errors.notes.about'),
    play: t('errors.notes.play'),
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
      h('h1', { id: 'errors-title', ...(playable ? { tabindex: -1 } : {}) }, ...title),
      h('p', {}, about),
      // The way on comes before the list, so a long list never pushes it out of sight.
      h(
        'div',
        { class: 'debrief-actions' },
        playable && play && button(play, actions.play!, { class: 'button primary' }),
        actions.back && button(t('errors.back'), actions.back, { class: playable ? 'button' : 'button primary' }),
      ),
      // In the checker's own words (src/engine, shared with check:scenarios), which are English.
      h(
        'ol',
        { class: 'error-list', lang: SOURCE_LANGUAGE },
        ...items.map((e) => h('li', {}, h('code', {}, formatDiagnostic(e)))),
      ),
    ),
  );
}
