// The settings, as a modal dialog over any screen: native radio groups and a
// checkbox, so the keyboard and screen readers work as they do everywhere.
// Every change applies at once, so the player sees what they chose.
import {
  CONTRAST,
  MOTION,
  REVEAL_SPEEDS,
  TEXT_SIZES,
  TIME_LIMITS,
  type Settings,
  type SettingsStore,
} from '../play/settings/settingsStore.ts';
import { button, h } from './dom.ts';

const LABELS = {
  textSize: { standard: 'Standard', large: 'Large', largest: 'Largest' },
  revealSpeed: { slow: 'Slowly', standard: 'At a reading pace', fast: 'Quickly', instant: 'All at once' },
  motion: { system: 'Follow my device', reduced: 'Reduced', full: 'Full' },
  contrast: { standard: 'Standard', high: 'High contrast' },
  timeLimits: { off: 'Off: customers wait for my answer', normal: 'As the story sets them', double: 'Twice as long' },
} as const;

type Choice = 'textSize' | 'revealSpeed' | 'motion' | 'contrast' | 'timeLimits';

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

export function openSettingsDialog(store: SettingsStore, onClose: () => void = () => undefined): HTMLDialogElement {
  const group = <K extends Choice>(key: K, legend: string, values: readonly Settings[K][]) =>
    h(
      'fieldset',
      { class: 'setting' },
      h('legend', {}, legend),
      ...values.map((value) => {
        const input = h('input', { type: 'radio', name: key, value: String(value) });
        input.checked = store.settings()[key] === value;
        input.addEventListener('change', () => input.checked && store.update({ [key]: value }));
        return h(
          'label',
          { class: 'option' },
          input,
          h('span', {}, (LABELS[key] as Record<string, string>)[String(value)] ?? String(value)),
        );
      }),
    );
  const sound = h('input', { type: 'checkbox', name: 'sound' });
  sound.checked = store.settings().sound;
  sound.addEventListener('change', () => store.update({ sound: sound.checked }));

  const dialog = h(
    'dialog',
    { class: 'settings-dialog card', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, 'Settings'),
    h('p', { class: 'settings-sample' }, 'Sample: “The last sourdough went a minute ago,” says Sam.'),
    h(
      'div',
      { class: 'settings-grid' },
      group('textSize', 'Text size', TEXT_SIZES),
      group('revealSpeed', 'Story text appears', REVEAL_SPEEDS),
      group('timeLimits', 'Time limits (the customer’s patience)', TIME_LIMITS),
      group('motion', 'Motion', MOTION),
      group('contrast', 'Colours', CONTRAST),
      h(
        'fieldset',
        { class: 'setting' },
        h('legend', {}, 'Sound'),
        h('label', { class: 'option' }, sound, h('span', {}, 'Play sound cues')),
      ),
    ),
    h(
      'p',
      { class: 'settings-hint' },
      'In a story, P pauses the customer’s patience. Assessed track results note time limits that were off or doubled; the grade is worked out the same way.',
    ),
    h(
      'div',
      { class: 'settings-actions' },
      button('Done', () => dialog.close(), { class: 'button primary' }),
    ),
  );
  // Keys pressed in the dialog belong to it, not to the story screen's shortcuts underneath.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.addEventListener('close', () => {
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
