// The variations in the studio's details view: what each play decides once from its seed (the shop has the dressing,
// or has sold out), each outcome's weight and a line about it; outcomes added and taken out (a variation keeps two),
// and variations added with their outcomes named and taken out (the check names any condition still asking about
// one). Each change goes into the text as one edit, one step of undo.
import type { VariationFields } from '../../play/studio/detailEdits.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { adding, textField, type SetField } from './formFields.ts';

export interface VariationTools {
  set: SetField;
  /** Adds a variation with these outcomes (at least two ids); answers why not, in words. */
  add(id: string, outcomes: readonly string[]): string | null;
  remove(id: string): string | null;
  addOutcome(variation: string, id: string): string | null;
  removeOutcome(variation: string, index: number): string | null;
}

/** A text box and a button that asks for one thing: Enter in the box does what the button does. */
function asking(id: string, label: string, action: string, act: (value: string) => string | null) {
  const input = h('input', { type: 'text', id, 'data-edit': id, autocomplete: 'off', spellcheck: false });
  const { run, problem } = adding([input], () => act(input.value.trim()));
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'studio-row' },
      h('label', { for: id }, label),
      input,
      button(action, run, { class: 'button small' }),
    ),
    problem,
  );
}

export function variationForm(
  variations: readonly VariationFields[] | null,
  tools: VariationTools,
  say: (problem: string | null) => void,
): HTMLElement {
  const heading = h('h3', { id: 'story-variations-title' }, t('studio.variations.heading'));
  const section = (...children: (HTMLElement | null)[]) =>
    h('section', { class: 'story-cast', 'aria-labelledby': 'story-variations-title' }, heading, ...children);
  if (!variations) return section(h('p', { class: 'studio-hint' }, t('studio.variations.inText')));
  const variation = (v: VariationFields) =>
    h(
      'li',
      { class: 'cast-member' },
      h(
        'fieldset',
        {},
        h('legend', {}, v.id),
        h(
          'ol',
          { class: 'variation-outcomes' },
          ...v.outcomes.map((o, i) =>
            h(
              'li',
              {},
              h(
                'div',
                { class: 'beat-form-fields' },
                h('p', { class: 'choice-principle' }, t('studio.variations.outcome', { id: o.id })),
                textField(
                  {
                    id: `variation-${v.id}-${i}-weight`,
                    label: t('studio.variations.weight', { id: o.id }),
                    hint: t('studio.variations.weightHint'),
                    path: ['variations', v.id, i, 'weight'],
                    value: o.weight,
                    optional: true,
                    number: { min: 0.01, max: 1000, fraction: true },
                  },
                  tools.set,
                  say,
                ),
                textField(
                  {
                    id: `variation-${v.id}-${i}-about`,
                    label: t('studio.variations.about', { id: o.id }),
                    path: ['variations', v.id, i, 'about'],
                    value: o.about,
                    optional: true,
                  },
                  tools.set,
                  say,
                ),
              ),
              v.outcomes.length > 2
                ? button(t('studio.variations.removeOutcome', { id: o.id }), () => say(tools.removeOutcome(v.id, i)), {
                    class: 'button small',
                  })
                : null,
            ),
          ),
        ),
        asking(`variation-${v.id}-new`, t('studio.variations.newOutcome'), t('studio.variations.addOutcome'), (id) =>
          tools.addOutcome(v.id, id),
        ),
        button(t('studio.variations.remove', { id: v.id }), () => say(tools.remove(v.id)), { class: 'button small' }),
      ),
    );
  return section(
    h('p', { class: 'studio-hint' }, t('studio.variations.about_section')),
    variations.length ? h('ul', { class: 'cast-list' }, ...variations.map(variation)) : null,
    newVariation(tools),
    h('p', { class: 'studio-hint' }, t('studio.variations.newHint')),
  );
}

/** A new variation: its id and its outcomes' ids, at least two, parted by commas. */
function newVariation(tools: VariationTools): HTMLElement {
  const id = h('input', {
    type: 'text',
    id: 'variation-new-id',
    'data-edit': 'variation-new-id',
    autocomplete: 'off',
    spellcheck: false,
  });
  const outcomes = h('input', {
    type: 'text',
    id: 'variation-new-outcomes',
    'data-edit': 'variation-new-outcomes',
    autocomplete: 'off',
    spellcheck: false,
  });
  const { run, problem } = adding([id, outcomes], () =>
    tools.add(
      id.value.trim(),
      outcomes.value
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
    ),
  );
  return h(
    'div',
    { class: 'beat-form-fields' },
    h('div', { class: 'story-detail' }, h('label', { for: 'variation-new-id' }, t('studio.variations.newId')), id),
    h(
      'div',
      { class: 'story-detail' },
      h('label', { for: 'variation-new-outcomes' }, t('studio.variations.newOutcomes')),
      outcomes,
    ),
    h('div', { class: 'studio-row' }, button(t('studio.variations.add'), run, { class: 'button small' })),
    problem,
  );
}
