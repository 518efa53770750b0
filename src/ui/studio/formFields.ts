// The controls the studio's beat form is made of: a text (or number) field that changes its value in the story when
// it is left, and a list to pick from. Each carries the field it edits (data-field, in the checker's words) and a key
// (data-edit) that keeps the focus, and what is typed, on it when the panel is drawn again.
import { describeField, type Diagnostic } from '../../engine/authoring.ts';
import type { FieldPath, FieldValue } from '../../play/studio/fieldEdits.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { checkMessage } from './checkWords.ts';

/** An id for a control of this beat, also the key that keeps the focus on it when the form is drawn again. */
export const idFor = (beat: string, ...parts: (string | number)[]) => `beat-${beat}-${parts.join('-')}`;

/** Sets a field of the story (null takes an optional one out); answers null when done, or why not, in words. */
export type SetField = (path: FieldPath, value: FieldValue) => string | null;

export interface Control {
  id: string;
  label: string;
  hint?: string;
  path: FieldPath;
  value: string | null;
  /** A field the story needs cannot be emptied; an optional one emptied is taken out. */
  optional: boolean;
  long?: boolean;
  /** A number in this range (a whole one unless `fraction`), written as a number. */
  number?: { min: number; max: number; fraction?: boolean };
}

/** A text field that changes its value in the story when it is left (or Enter is pressed in a one-line field). */
export function textField(control: Control, set: SetField, say: (problem: string | null) => void): HTMLElement {
  const { id } = control;
  const common = {
    id,
    'data-edit': id,
    'data-field': describeField(control.path),
    'aria-describedby': [control.hint ? `${id}-hint` : '', `${id}-problem`].join(' ').trim(),
  };
  const { number } = control;
  const input = control.long
    ? h('textarea', { ...common, rows: 2 }, control.value ?? '')
    : h('input', {
        ...common,
        type: number ? 'number' : 'text',
        value: control.value ?? '',
        autocomplete: 'off',
        ...(number
          ? { min: number.min, max: number.max, step: number.fraction ? 'any' : 1, inputmode: 'decimal' }
          : {}),
      });
  const problem = h('p', { id: `${id}-problem`, class: 'story-detail-problem' });
  input.addEventListener('change', () => {
    const typed = input.value.trim();
    if (typed === (control.value ?? '')) return;
    if (typed === '' && !control.optional) {
      problem.textContent = t('studio.details.required');
      return;
    }
    const amount = Number(typed);
    const fits = (range: NonNullable<Control['number']>) =>
      (range.fraction ? Number.isFinite(amount) : Number.isInteger(amount)) &&
      amount >= range.min &&
      amount <= range.max;
    if (number && typed !== '' && !fits(number)) {
      problem.textContent = t(number.fraction ? 'studio.form.betweenAny' : 'studio.form.between', {
        min: number.min,
        max: number.max,
      });
      return;
    }
    say(set(control.path, typed === '' ? null : number ? Number(typed) : typed));
  });
  return h(
    'div',
    { class: 'story-detail' },
    h('label', { for: id }, control.label),
    control.hint ? h('p', { id: `${id}-hint`, class: 'studio-hint' }, control.hint) : null,
    input,
    problem,
  );
}

export function select(
  id: string,
  path: FieldPath | null,
  /** `lang`: an option whose words are not the page's (the art's titles, a story's names). */
  options: readonly { value: string; label: string; lang?: string }[],
  value: string,
  change: (value: string) => void,
): HTMLSelectElement {
  const control = h(
    'select',
    { id, 'data-edit': id, ...(path ? { 'data-field': describeField(path) } : {}) },
    // A value the list does not hold (a face misspelt) stays on show, for the check to explain.
    ...(options.some((o) => o.value === value) ? [] : [h('option', { value }, value)]),
    ...options.map((o) => h('option', { value: o.value, ...(o.lang === undefined ? {} : { lang: o.lang }) }, o.label)),
  );
  control.value = value;
  control.addEventListener('change', () => change(control.value));
  return control;
}

/**
 * What the author has typed or picked in a form and not yet put into the text (a field changes the text when
 * it is left): each carried into the new drawing of the same field, where the text under it is still what it was. A check finishing while the author types would
 * otherwise redraw their words away.
 */
export function unsavedIn(panel: HTMLElement): ((into: HTMLElement) => void)[] {
  const carried: ((into: HTMLElement) => void)[] = [];
  for (const control of panel.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input[data-edit], textarea[data-edit], select[data-keep]',
  )) {
    const kept = control instanceof HTMLSelectElement;
    if (!kept && control.value === control.defaultValue) continue;
    const { value } = control;
    const drawn = kept ? null : (control as HTMLInputElement | HTMLTextAreaElement).defaultValue;
    const at = kept ? null : ([control.selectionStart, control.selectionEnd] as const);
    carried.push((into) => {
      const again = into.querySelector<typeof control>(`[data-edit="${CSS.escape(control.dataset['edit']!)}"]`);
      if (!again || (!kept && (again as HTMLInputElement).defaultValue !== drawn)) return;
      if (kept && ![...(again as HTMLSelectElement).options].some((o) => o.value === value)) return;
      again.value = value;
      if (at && !(again instanceof HTMLSelectElement)) again.setSelectionRange(at[0], at[1]);
    });
  }
  return carried;
}

/** Enter in this box does what its button does, and nothing else of Enter's (such as submitting a form). */
export function onEnter(input: HTMLInputElement, run: () => void): void {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    run();
  });
}

/** What the last check said: problems to fix, and notes (a FILL IN still to write, say). */
export interface Found {
  errors: readonly Diagnostic[];
  warnings: readonly Diagnostic[];
}

/**
 * Each field's problems and notes from the last check, in the checker's words (as the text view and the command
 * line say them, a FILL IN note in the page's: checkWords.ts); only a problem marks the field invalid.
 */
export function showProblems(form: HTMLElement, found: Found): void {
  for (const control of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const mine = (list: readonly Diagnostic[]) => list.filter((d) => d.field === control.dataset['field']);
    const [errors, notes] = [mine(found.errors), mine(found.warnings)];
    const problem = document.getElementById(`${control.id}-problem`);
    if (problem) {
      problem.replaceChildren(
        ...[...errors, ...notes].flatMap((d, i) => (i ? [' ', checkMessage(d)] : [checkMessage(d)])),
      );
      problem.classList.toggle('note', errors.length === 0);
    }
    control.setAttribute('aria-invalid', String(errors.length > 0));
  }
}

/**
 * What adding something the author typed says: why not, beside the boxes it came from (the form's own line for
 * problems may be a screen's height away), with the focus back in the first box to mend it; once added, the boxes
 * are emptied, so their words are not carried into the form drawn after the change, into the next thing's boxes.
 */
export function adding(
  boxes: readonly HTMLInputElement[],
  add: () => string | null,
): { run: () => void; problem: HTMLElement } {
  const problemId = `${boxes[0]?.id ?? 'adding'}-problem`;
  const problem = h('p', { id: problemId, class: 'story-detail-problem', role: 'alert' });
  for (const box of boxes) {
    box.setAttribute('aria-describedby', problemId);
    onEnter(box, () => run());
  }
  const run = () => {
    const said = add();
    problem.textContent = said ?? '';
    if (said) boxes[0]?.focus();
    else for (const box of boxes) box.value = '';
  };
  return { run, problem };
}

/**
 * A row that adds something under an id the author types (a cast member, a look): the id's box, and a button that
 * Enter in the box also presses; what cannot be added is said beside it (`adding`).
 */
export function newIdRow(
  id: string,
  labels: { id: string; add: string },
  add: (typed: string) => string | null,
): HTMLElement {
  const box = h('input', { type: 'text', id, 'data-edit': id, autocomplete: 'off', spellcheck: false });
  const { run, problem } = adding([box], () => add(box.value.trim()));
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'studio-row' },
      h('label', { for: id }, labels.id),
      box,
      button(labels.add, run, { class: 'button small' }),
    ),
    problem,
  );
}

/**
 * What the panel's own lines of refusal say (an id'd `role="alert"`: why what was typed could not be added, why a box
 * could not be unticked), to say again in the panel drawn in its place: a check answering earlier edits may draw it
 * anew a moment after a refusal, before its words have been read.
 */
export function refusalsIn(panel: HTMLElement): (into: HTMLElement) => void {
  const said = [...panel.querySelectorAll<HTMLElement>('[role="alert"][id]')].flatMap((line) =>
    line.textContent ? [[line.id, line.textContent] as const] : [],
  );
  return (into) => {
    for (const [id, text] of said) {
      const again = into.querySelector(`[id="${CSS.escape(id)}"]`);
      if (again) again.textContent = text;
    }
  };
}

/** Whether the focus is in a text field of the panel whose words have been changed and not yet sent. */
export function typingIn(panel: HTMLElement, sent: WeakMap<HTMLInputElement | HTMLTextAreaElement, string>): boolean {
  const field = document.activeElement;
  return (
    (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
    panel.contains(field) &&
    field.value !== (sent.get(field) ?? field.defaultValue)
  );
}

/**
 * The caret (or the words chosen) in the panel's text field in focus, to put back in the field drawn in its place
 * when it holds the same words: a new field's caret would be at its start, and a key typed over words chosen (as
 * after Ctrl+A) would go in before them.
 */
export function caretIn(panel: HTMLElement): (() => void) | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !panel.contains(field))
    return null;
  const { value, selectionStart: start, selectionEnd: end, selectionDirection: direction } = field;
  if (start === null || end === null) return null;
  return () => {
    const again = document.activeElement;
    if ((again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement) && again.value === value)
      again.setSelectionRange(start, end, direction ?? undefined);
  };
}
