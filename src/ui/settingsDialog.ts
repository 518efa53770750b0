// The settings, as a modal dialog over any screen: native radio groups and a
// checkbox, so the keyboard and screen readers work as they do everywhere.
// Every change applies at once, so the player sees what they chose.
import {
  CONTRAST,
  LANGUAGE_SETTINGS,
  MOTION,
  REVEAL_SPEEDS,
  TEXT_SIZES,
  TIME_LIMITS,
  type Settings,
  type SettingsStore,
} from '../play/settings/settingsStore.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { onLocaleChange, t } from '../i18n/intl.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { button, h } from './dom.ts';

type Choice = 'language' | 'textSize' | 'revealSpeed' | 'motion' | 'contrast' | 'timeLimits';

/**
 * Tells a listener when the settings open and close (a running patience clock waits meanwhile). Told through an
 * event on the document, so a listener hears a dialog opened by any screen.
 */
const DIALOG_EVENT = 'service-hero:settings-dialog';
export function onSettingsDialog(listener: (open: boolean) => void): () => void {
  const heard = (event: Event) => listener(event instanceof CustomEvent && event.detail === true);
  document.addEventListener(DIALOG_EVENT, heard);
  if (document.querySelector('dialog.settings-dialog[open]')) listener(true);
  return () => document.removeEventListener(DIALOG_EVENT, heard);
}
const tellDialog = (open: boolean) => document.dispatchEvent(new CustomEvent(DIALOG_EVENT, { detail: open }));

/** A language as its speakers name it, marked as that language so a screen reader says it right. */
function languageName(value: Settings['language']): HTMLElement {
  const language = LANGUAGES.find((l) => l.code === value);
  if (!language) return h('span', {}, t('settings.language.auto'));
  return h('span', { lang: language.code, dir: language.dir }, language.name);
}

function settingsContent(store: SettingsStore, close: () => void): HTMLElement[] {
  const group = <K extends Choice>(key: K, values: readonly Settings[K][]) =>
    h(
      'fieldset',
      { class: 'setting' },
      h('legend', {}, t(`settings.${key}`)),
      ...values.map((value) => {
        const input = h('input', { type: 'radio', name: key, value: String(value) });
        input.checked = store.settings()[key] === value;
        input.addEventListener('change', () => input.checked && store.update({ [key]: value }));
        const label =
          key === 'language'
            ? languageName(value as Settings['language'])
            : h('span', {}, t(`settings.${key}.${String(value)}` as MessageId));
        return h('label', { class: 'option' }, input, label);
      }),
    );
  const sound = h('input', { type: 'checkbox', name: 'sound' });
  sound.checked = store.settings().sound;
  sound.addEventListener('change', () => store.update({ sound: sound.checked }));
  const readAloud = h('input', { type: 'checkbox', name: 'readAloud' });
  readAloud.checked = store.settings().readAloud;
  readAloud.addEventListener('change', () => store.update({ readAloud: readAloud.checked }));
  return [
    h('h2', { id: 'settings-title' }, t('settings.title')),
    h('p', { class: 'settings-sample' }, t('settings.sample')),
    h(
      'div',
      { class: 'settings-grid' },
      group('language', LANGUAGE_SETTINGS),
      group('textSize', TEXT_SIZES),
      group('revealSpeed', REVEAL_SPEEDS),
      group('timeLimits', TIME_LIMITS),
      group('motion', MOTION),
      group('contrast', CONTRAST),
      h(
        'fieldset',
        { class: 'setting' },
        h('legend', {}, t('settings.sound')),
        h('label', { class: 'option' }, sound, h('span', {}, t('settings.sound.on'))),
      ),
      h(
        'fieldset',
        { class: 'setting' },
        h('legend', {}, t('settings.readAloud')),
        h('label', { class: 'option' }, readAloud, h('span', {}, t('settings.readAloud.on'))),
      ),
    ),
    h('p', { class: 'settings-hint' }, t('settings.hint')),
    h('div', { class: 'settings-actions' }, button(t('settings.done'), close, { class: 'button primary' })),
  ];
}

export function openSettingsDialog(store: SettingsStore, onClose: () => void = () => undefined): HTMLDialogElement {
  const dialog = h('dialog', { class: 'settings-dialog card', 'aria-labelledby': 'settings-title' });
  const close = () => dialog.close();
  dialog.append(...settingsContent(store, close));
  // A new language redraws the dialog in it, the focus kept on the control that was focused.
  const stopListening = onLocaleChange(() => {
    const focused = document.activeElement;
    const name = focused instanceof HTMLInputElement ? `input[name="${focused.name}"][value="${focused.value}"]` : null;
    dialog.replaceChildren(...settingsContent(store, close));
    if (name) dialog.querySelector<HTMLElement>(name)?.focus();
  });
  // Keys pressed in the dialog belong to it, not to the story screen's shortcuts underneath.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.addEventListener('close', () => {
    stopListening();
    dialog.remove();
    tellDialog(false);
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  tellDialog(true);
  return dialog;
}

/** Reflects the settings on the page, where the style sheet picks them up. */
export function applySettings(
  settings: Settings,
  reducedMotion: boolean,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset['textSize'] = settings.textSize;
  root.dataset['contrast'] = settings.contrast;
  root.dataset['motion'] = reducedMotion ? 'reduced' : 'full';
}
