// Where the keyboard focus was on a screen, said in terms that hold for the same screen built again (in another
// language, src/game/followLanguage.ts): the control's id, else its place among the screen's controls. The
// screen is rebuilt from the same data, so its controls come in the same order.

import { onSettingsDialog } from './settingsDialog.ts';

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]';

export interface FocusPlace {
  /** The screen's classes (`screen title-screen`), to find the same screen once it is built again. */
  screen: string;
  id: string | null;
  index: number;
}

let last: Element | null = null;
let tracking = 0;
const remember = (event: FocusEvent) => {
  // A dialog's controls are not the screen's: the control that opened it is the place to come back to.
  if (event.target instanceof Element && !event.target.closest('dialog')) last = event.target;
};

/** Follows which control of a screen last had the focus; returns the way to stop. */
export function trackFocus(doc: Document = document): () => void {
  if (tracking++ === 0) doc.addEventListener('focusin', remember);
  if (!last && doc.activeElement !== doc.body) last = doc.activeElement;
  return () => {
    if (--tracking === 0) doc.removeEventListener('focusin', remember);
  };
}

/** The place of the screen control that has (or last had, before a dialog opened) the focus; null if none. */
export function focusPlace(): FocusPlace | null {
  const active = document.activeElement;
  const element = active && active !== document.body && !active.closest('dialog') ? active : last;
  const screen = element?.isConnected ? element.closest('.screen') : null;
  if (!element || !screen) return null;
  return {
    screen: screen.className,
    id: element.id || null,
    index: [...screen.querySelectorAll(CONTROLS)].indexOf(element),
  };
}

/** Puts the focus at that place on the screen now on show, unless the player has put it somewhere already. */
export function refocus(place: FocusPlace): boolean {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return false;
  const screen = [...document.querySelectorAll<HTMLElement>('.screen')].find((s) => s.className === place.screen);
  if (!screen) return false;
  const byId = place.id ? screen.querySelector<HTMLElement>(`#${CSS.escape(place.id)}`) : null;
  const target = byId ?? (place.index >= 0 ? screen.querySelectorAll<HTMLElement>(CONTROLS)[place.index] : undefined);
  target?.focus({ preventScroll: true });
  return document.activeElement === target;
}

/**
 * Puts the focus back at that place now, or, while the settings dialog is open (where a language is picked),
 * once it closes: the control that opened it went with the old screen, so the browser's own return would
 * leave the focus on the page.
 */
export function refocusAfterDialog(place: FocusPlace): void {
  if (!document.querySelector('dialog[open]')) return void refocus(place);
  const stop = onSettingsDialog((open) => {
    if (open) return;
    stop();
    refocus(place);
  });
}
