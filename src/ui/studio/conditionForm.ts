// When a choice is offered (its `when:`), in the studio's choice fold: each simple test the condition makes (a choice
// made earlier, a flag set, the mood or loyalty below or above a mark, a variation's outcome) shown in words and taken
// out, and a test added by its kind and what it asks for, with this story's choices, flags and outcomes suggested.
// Its exception (`not:`), folded beneath it, is the same form again. A condition with more (any, a list of choices)
// shows its simple tests; the rest is changed in the text.
// The same picker gives a new branch of a way on (nextForm.ts) its first test.
import type { ConditionFacts, ConditionFields, ConditionTest } from '../../play/studio/beatFields.ts';
import type { FieldPath } from '../../play/studio/fieldEdits.ts';
import { t } from '../../i18n/intl.ts';
import type { MessageId } from '../../i18n/catalog.ts';
import { button, h } from '../dom.ts';
import { onEnter, type SetField } from './formFields.ts';

export interface ConditionTools {
  set: SetField;
  facts(): ConditionFacts;
}

type Kind = ConditionTest['kind'];
const KINDS: readonly Kind[] = [
  'chose',
  'flag',
  'mood-below',
  'mood-above',
  'loyalty-below',
  'loyalty-above',
  'variation',
];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function describe(test: ConditionTest): string {
  if (test.kind === 'variation') return t('studio.when.is.variation', { variation: test.path[1]!, value: test.value });
  return t(`studio.when.is.${test.kind}` as MessageId, { value: test.value });
}

/** Where a test of this kind, asking for `asked`, goes in the condition, and its value; or why it cannot. */
function testFor(kind: Kind, asked: string): { path: (string | number)[]; value: string | number } | string {
  if (kind === 'chose' || kind === 'flag')
    return ID.test(asked) ? { path: [kind], value: asked } : t('studio.beat.problem.notAnId', { id: asked });
  if (kind === 'variation') {
    const [variation = '', outcome = ''] = asked.split(/\s*[:=]\s*/);
    return ID.test(variation) && ID.test(outcome)
      ? { path: ['variation', variation], value: outcome }
      : t('studio.when.variationAs');
  }
  const [gauge, bound] = kind.split('-') as [string, string];
  const mark = Number(asked);
  return asked !== '' && Number.isFinite(mark) && mark >= 0 && mark <= 100
    ? { path: [gauge, bound], value: mark }
    : t('studio.form.betweenAny', { min: 0, max: 100 });
}

type Words = Record<'heading' | 'always' | 'all' | 'kind' | 'asks' | 'add' | 'removeNamed', MessageId>;
/** The controls' names: the same in each condition, and their own in an exception, which sits within one. */
const CONTROLS = {
  kind: 'studio.when.kind',
  asks: 'studio.when.asks',
  add: 'studio.when.add',
  removeNamed: 'studio.when.removeNamed',
} as const;
const WORDS: Record<'choice' | 'line' | 'branch' | 'not', Words> = {
  choice: { heading: 'studio.when.heading', always: 'studio.when.always', all: 'studio.when.all', ...CONTROLS },
  line: {
    heading: 'studio.when.lineHeading',
    always: 'studio.when.lineAlways',
    all: 'studio.when.lineAll',
    ...CONTROLS,
  },
  branch: {
    heading: 'studio.when.branchHeading',
    always: 'studio.when.branchAlways',
    all: 'studio.when.branchAll',
    ...CONTROLS,
  },
  not: {
    heading: 'studio.when.notHeading',
    always: 'studio.when.notAlways',
    all: 'studio.when.notAll',
    kind: 'studio.when.notKind',
    asks: 'studio.when.notAsks',
    add: 'studio.when.notAdd',
    removeNamed: 'studio.when.notRemoveNamed',
  },
};

function suggestions(kind: Kind, facts: ConditionFacts): string[] {
  if (kind === 'chose') return facts.choices;
  if (kind === 'flag') return facts.flags;
  if (kind === 'variation') return facts.variations.flatMap((v) => v.outcomes.map((o) => `${v.id}: ${o}`));
  return ['20', '40', '60', '80'];
}

/** A test picked by its kind and typed as what it asks for, with this story's choices, flags and outcomes suggested. */
export interface TestPicker {
  kind: HTMLSelectElement;
  asked: HTMLInputElement;
  list: HTMLDataListElement;
  /** Where the test goes in a condition, and its value; or why what is typed cannot be one. */
  read(): { path: (string | number)[]; value: string | number } | string;
}

export function testPicker(id: string, facts: () => ConditionFacts): TestPicker {
  const kind = h(
    'select',
    { id: `${id}-kind`, 'data-keep': '', 'data-edit': `${id}-kind` },
    ...KINDS.map((k) => h('option', { value: k }, t(`studio.when.kind.${k}` as MessageId))),
  );
  const list = h('datalist', { id: `${id}-known` });
  const asked = h('input', {
    type: 'text',
    id: `${id}-value`,
    'data-edit': `${id}-value`,
    list: `${id}-known`,
    autocomplete: 'off',
    spellcheck: false,
    'aria-describedby': `${id}-hint`,
  });
  const suggest = () =>
    list.replaceChildren(...suggestions(kind.value as Kind, facts()).map((s) => h('option', { value: s })));
  kind.addEventListener('change', suggest);
  asked.addEventListener('focus', suggest);
  return { kind, asked, list, read: () => testFor(kind.value as Kind, asked.value.trim()) };
}

/** The hint under a test picker (its `aria-describedby`): what each kind of test asks for. */
export const testHint = (id: string) => h('p', { id: `${id}-hint`, class: 'studio-hint' }, t('studio.when.hint'));

export function conditionForm(
  id: string,
  /** The path of the choice (or timeout, line or branch) the condition is on. */
  base: FieldPath,
  when: ConditionFields | null,
  tools: ConditionTools,
  say: (problem: string | null) => void,
  /** What the condition decides, in the form's words: a choice offered (the default), a line said, a branch taken. */
  of: 'choice' | 'line' | 'branch' | 'not' = 'choice',
  /** The condition's field at `base`: its `when`, or, for the exception within one, its `not`. */
  key: 'when' | 'not' = 'when',
): HTMLElement {
  const words = WORDS[of];
  const at = (path: readonly (string | number)[]) => [...base, key, ...path];
  const { kind, asked, list, read } = testPicker(id, tools.facts);
  const add = () => {
    const test = read();
    if (typeof test === 'string') return say(test);
    say(tools.set(at(test.path), test.value));
  };
  onEnter(asked, add);
  return h(
    'div',
    { class: 'choice-when' },
    h('h5', {}, t(words.heading)),
    when?.tests.length
      ? h(
          'ul',
          {},
          ...when.tests.map((test) =>
            h(
              'li',
              { class: 'studio-row' },
              h('span', {}, describe(test)),
              button(t('studio.when.remove'), () => say(tools.set(at(test.path), null)), {
                class: 'button small',
                'aria-label': t(words.removeNamed, { test: describe(test) }),
              }),
            ),
          ),
        )
      : null,
    hint(when, words),
    h(
      'div',
      { class: 'studio-row' },
      h('label', { for: `${id}-kind` }, t(words.kind)),
      kind,
      h('label', { for: `${id}-value` }, t(words.asks)),
      asked,
      list,
      button(t(words.add), add, { class: 'button small' }),
    ),
    testHint(id),
    key === 'when' ? unless(id, base, when?.not ?? null, tools, say) : null,
  );
}

function hint(when: ConditionFields | null, words: Words): HTMLElement | null {
  if (when?.more) return h('p', { class: 'studio-hint' }, t('studio.when.more'));
  // Only an exception (`not:`), which says what it does below.
  if (when && !when.tests.length) return null;
  return h('p', { class: 'studio-hint' }, t(when === null ? words.always : words.all));
}

/** The conditions whose exception is unfolded, kept as the panel is drawn again after each check. */
const openUnless = new Set<string>();

/**
 * The condition's exception (its `not:`), folded until it has a test: the tests that, all holding, make the
 * condition fail, however the rest of it reads.
 */
function unless(
  id: string,
  base: FieldPath,
  not: ConditionFields | null,
  tools: ConditionTools,
  say: (problem: string | null) => void,
): HTMLElement {
  const summary = h('summary', {}, t('studio.when.unless'));
  const fold = h(
    'details',
    { class: 'when-not', ...(not !== null || openUnless.has(id) ? { open: true } : {}) },
    summary,
    conditionForm(`${id}-not`, [...base, 'when'], not, tools, say, 'not', 'not'),
  );
  // Noted as the press happens (the fold opens just after it): a check that redraws the panel in between must find it.
  summary.addEventListener('click', () => (fold.open ? openUnless.delete(id) : openUnless.add(id)));
  return fold;
}
