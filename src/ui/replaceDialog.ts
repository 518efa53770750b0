// Asks before a new story replaces the one in progress: a modal dialog with real buttons, reachable by
// keyboard; Escape (or Cancel) leaves everything as it was.
import { t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import { storyWords, tParts, whenSaved } from './messageParts.ts';
import './replaceDialog.css';

export interface ReplaceChoices {
  resume(): void;
  startNew(): void;
  /** Cancel or Escape: nothing is replaced. */
  cancel?(): void;
}

export function askBeforeReplacing(
  inProgress: { title: string; savedAt: string },
  wanted: string,
  choices: ReplaceChoices,
): HTMLDialogElement {
  let chosen: (() => void) | null = null;
  const pick = (then: (() => void) | null) => () => {
    chosen = then;
    dialog.close();
  };
  const resume = button(
    tParts('notices.replace.resume', { title: storyWords(inProgress.title) }),
    pick(choices.resume),
    {
      class: 'button primary',
    },
  );
  const when = whenSaved(inProgress.savedAt);
  const dialog = h(
    'dialog',
    { class: 'replace-dialog card', 'aria-labelledby': 'replace-title', 'aria-describedby': 'replace-text' },
    h('h2', { id: 'replace-title' }, t('notices.replace.heading')),
    h(
      'p',
      { id: 'replace-text' },
      ...tParts('notices.replace.text', {
        title: storyWords(inProgress.title),
        savedAt: when,
        wanted: storyWords(wanted),
      }),
    ),
    h(
      'div',
      { class: 'debrief-actions' },
      resume,
      button(t('notices.replace.startNew'), pick(choices.startNew), { class: 'button' }),
      button(t('common.cancel'), pick(null), { class: 'button' }),
    ),
  );
  // Keys pressed in the dialog belong to it, not to the story screen's shortcuts underneath.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.addEventListener('close', () => {
    dialog.remove();
    ((chosen as (() => void) | null) ?? choices.cancel)?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  resume.focus();
  return dialog;
}
