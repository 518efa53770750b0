// Where a way on leads (a choice, a timeout, Continue), in the studio's beat panel: the beat it names, picked from a
// list; or its branches, tried in order, each with what it asks (conditionForm.ts) and the beat it leads to, the last
// taken otherwise. A new branch is given its first test and its beat together, folded under the way; a branch taken
// out leaves, when only the one taken otherwise is left, the beat named again (src/play/studio/branchEdits.ts).
import type { BranchFields, NextFields } from '../../play/studio/beatFields.ts';
import type { FieldPath } from '../../play/studio/fieldEdits.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { conditionForm, testHint, testPicker, type ConditionTools } from './conditionForm.ts';
import { describeField } from '../../engine/authoring.ts';
import { onEnter, select } from './formFields.ts';

export interface NextTools extends ConditionTools {
  /** Makes the way lead to `go` when `when` holds, before the branch taken otherwise. */
  addBranch(path: FieldPath, when: object, go: string): string | null;
  removeBranch(path: FieldPath, index: number): string | null;
}

export interface NextPlace {
  /** The way's `next` in the story. */
  path: FieldPath;
  /** The beats it may lead to, as the list shows them. */
  beats: readonly { id: string; title: string }[];
  /** Puts the map's focus on a beat. */
  goTo(id: string): void;
}

/** The ways whose fold for a new branch is open, kept as the panel is drawn again after each check. */
const addingTo = new Set<string>();

export function nextForm(
  id: string,
  next: NextFields | null,
  place: NextPlace,
  tools: NextTools,
  say: (problem: string | null) => void,
): HTMLElement {
  if (next === null || next === 'text')
    return h('p', { class: 'studio-hint' }, t(next === null ? 'studio.next.none' : 'studio.next.inText'));
  const target = (control: string, path: FieldPath, to: string | null) => {
    const chosen = beatChoice(control, path, place, to ?? '', (value) => say(tools.set(path, value)));
    chosen.classList.add('map-field-next');
    return [
      h('label', { for: control }, t('studio.form.next')),
      chosen,
      to
        ? button(t('studio.map.goTo', { title: titleOf(place.beats, to) }), () => place.goTo(to), {
            class: 'button small',
          })
        : null,
    ];
  };
  if ('to' in next)
    return h(
      'div',
      { class: 'way-next' },
      h('div', { class: 'studio-row' }, ...target(`${id}-next`, place.path, next.to)),
      newBranch(id, next.to, place, tools, say),
    );
  const last = next.branches.length - 1;
  return h(
    'div',
    { class: 'way-next' },
    h('h5', {}, t('studio.next.branches')),
    h(
      'ol',
      { class: 'way-branches' },
      ...next.branches.map((branch, i) =>
        branchRow(`${id}-branch-${i}`, branch, i, i === last && branch.when === null, place, tools, say, target),
      ),
    ),
    newBranch(id, next.branches[last]?.go ?? null, place, tools, say),
  );
}

function branchRow(
  id: string,
  branch: BranchFields,
  index: number,
  otherwise: boolean,
  place: NextPlace,
  tools: NextTools,
  say: (problem: string | null) => void,
  target: (control: string, path: FieldPath, to: string | null) => (HTMLElement | null)[],
): HTMLElement {
  const at = [...place.path, index];
  return h(
    'li',
    { class: 'way-branch' },
    otherwise
      ? h('h5', {}, t('studio.next.otherwise'))
      : conditionForm(`${id}-when`, at, branch.when, tools, say, 'branch'),
    h(
      'div',
      { class: 'studio-row' },
      ...target(`${id}-go`, [...at, 'go'], branch.go),
      button(t('studio.next.remove'), () => say(tools.removeBranch(place.path, index)), {
        class: 'button small',
        'aria-label': t('studio.next.removeNamed', { number: index + 1 }),
      }),
    ),
  );
}

/** The fold that gives the way a new branch: its first test, and the beat it leads to when that holds. */
function newBranch(
  id: string,
  otherwise: string | null,
  place: NextPlace,
  tools: NextTools,
  say: (problem: string | null) => void,
): HTMLElement {
  const key = place.path.join('\n');
  const picker = testPicker(`${id}-new`, tools.facts);
  const goes = beatChoice(`${id}-new-go`, null, place, otherwise ?? place.beats[0]?.id ?? '', () => undefined);
  // Not the text's: what is picked here is kept as the panel is drawn again (storyMapView.ts).
  goes.dataset['keep'] = '';
  const add = () => {
    const test = picker.read();
    if (typeof test === 'string') return say(test);
    const when = test.path.reduceRight<unknown>((inner, part) => ({ [part]: inner }), test.value) as object;
    const done = tools.addBranch(place.path, when, goes.value);
    if (done === null) picker.asked.value = '';
    say(done);
  };
  onEnter(picker.asked, add);
  const summary = h('summary', {}, t('studio.next.add'));
  const fold = h(
    'details',
    { class: 'way-new-branch', ...(addingTo.has(key) ? { open: true } : {}) },
    summary,
    h('p', { class: 'studio-hint' }, t('studio.next.addHint')),
    h(
      'div',
      { class: 'studio-row' },
      h('label', { for: picker.kind.id }, t('studio.when.kind')),
      picker.kind,
      h('label', { for: picker.asked.id }, t('studio.when.asks')),
      picker.asked,
      picker.list,
    ),
    testHint(`${id}-new`),
    h(
      'div',
      { class: 'studio-row' },
      h('label', { for: goes.id }, t('studio.next.leadsThen')),
      goes,
      button(t('studio.next.addButton'), add, { class: 'button small', 'data-edit': `${id}-add` }),
    ),
  );
  // Noted as the press happens (the fold opens just after it): a check that redraws the panel in between must find it.
  summary.addEventListener('click', () => (fold.open ? addingTo.delete(key) : addingTo.add(key)));
  return fold;
}

function beatOptions(place: NextPlace): { value: string; label: string }[] {
  return place.beats.map((b) => ({ value: b.id, label: b.title === b.id ? b.id : `${b.title} (${b.id})` }));
}

/**
 * Past this many beats, the beat a way leads to is typed, the beats offered as one types, rather than picked from a
 * list: a list of every beat in every way's field took a 10,000-beat story's panel seconds to draw.
 */
export const LISTED_MOST = 200;

/** The beat a way leads to: a list to pick from, or for a long story a box offering the beats as one types. */
function beatChoice(
  id: string,
  path: FieldPath | null,
  place: NextPlace,
  value: string,
  change: (value: string) => void,
): HTMLSelectElement | HTMLInputElement {
  if (place.beats.length <= LISTED_MOST) return select(id, path, beatOptions(place), value, change);
  const input = h('input', {
    id,
    'data-edit': id,
    ...(path ? { 'data-field': describeField(path) } : {}),
    type: 'text',
    list: BEAT_LIST,
    value,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  input.addEventListener('change', () => {
    const typed = input.value.trim();
    if (typed !== '' && typed !== value) change(typed);
  });
  // One list for every box, made when a box is first used and put beside the box in use: the panel it was last
  // beside may have been drawn anew.
  input.addEventListener('focus', () => input.after(beatList(place)));
  return input;
}

const BEAT_LIST = 'studio-beat-list';

/** The beats offered to the boxes of a long story: one list, made again only when the beats or their titles change. */
let offered: { key: string; element: HTMLDataListElement } | null = null;

function beatList(place: NextPlace): HTMLDataListElement {
  const key = place.beats.map((b) => `${b.id}\u0000${b.title}`).join('\n');
  if (offered?.key !== key)
    offered = {
      key,
      element: h(
        'datalist',
        { id: BEAT_LIST },
        ...place.beats.map((b) => h('option', { value: b.id, label: b.title })),
      ),
    };
  return offered.element;
}

/** A beat's title as the list of beats gives it, or its id. */
export const titleOf = (beats: NextPlace['beats'], id: string) => beats.find((b) => b.id === id)?.title ?? id;
