// The rest of a choice in the studio's beat panel, folded under its words, level and next beat: the principles it
// upholds or breaks, each with the reason the debrief gives (picked from the catalogue), the harm a harmful choice
// does, and its feedback. Each change goes into the text as one edit, one step of undo (fieldEdits.ts).
import { HARMS } from '../../engine/schema.ts';
import { EFFECTS, type ChoiceFields, type ReasonFields } from '../../play/studio/beatFields.ts';
import type { FieldPath } from '../../play/studio/fieldEdits.ts';
import { describeField } from '../../engine/authoring.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { storyWords } from '../messageParts.ts';
import { select, textField, type SetField } from './formFields.ts';
import { conditionForm, type ConditionTools } from './conditionForm.ts';

export type Stance = 'upholds' | 'breaks';

export interface ChoiceMoreTools extends ConditionTools {
  set: SetField;
  /** Moves a principle, with its reason, from the choice's upholds to its breaks or back. */
  moveReason(path: FieldPath, principle: string, from: Stance, to: Stance, reason: string): string | null;
  /** The catalogue's principles, to pick from. */
  principles: readonly { id: string; name: string }[];
  /** The reason written for a principle just added: a note for the author to replace. */
  newReason: string;
}

/** What the format takes for each effect (schema.ts): mood and loyalty move by whole points on their 0–100 gauges. */
const EFFECT_RANGES = {
  mood: { min: -100, max: 100 },
  loyalty: { min: -100, max: 100 },
  cost: { min: 0, max: 1_000_000, fraction: true },
  minutes: { min: 0, max: 600, fraction: true },
} as const;

/** The choices whose fold is open, kept as the panel is drawn again after each check. */
const opened = new Set<string>();

/** Which judged way the fold is for: a beat's choice, or its timeout. */
export type Judged = { beat: string; choice: number } | { beat: string; patience: true };

export function choiceMore(
  judged: Judged,
  level: string | null,
  fields: ChoiceFields,
  tools: ChoiceMoreTools,
  say: (problem: string | null) => void,
): HTMLElement {
  const place = 'choice' in judged ? ['choices', judged.choice] : ['patience'];
  const key = [judged.beat, ...place].join('\n');
  const at = (...path: (string | number)[]) => ['beats', judged.beat, ...place, ...path];
  const id = (...parts: (string | number)[]) => `judged-${judged.beat}-${place.join('-')}-${parts.join('-')}`;
  const named = new Set([...fields.upholds, ...fields.breaks].map((r) => r.principle));
  const free = tools.principles.filter((p) => !named.has(p.id));
  const pick = select(
    id('pick'),
    null,
    free.map((p) => ({ value: p.id, label: p.name })),
    free[0]?.id ?? '',
    () => undefined,
  );
  // Not the text's: what is picked here is kept as the panel is drawn again (storyMapView.ts).
  pick.dataset['keep'] = '';
  const reasonRow = (reason: ReasonFields, stance: Stance) =>
    h(
      'li',
      { class: 'choice-reason' },
      h(
        'div',
        { class: 'studio-row' },
        h('span', { class: 'choice-principle' }, storyWords(nameOf(tools, reason.principle))),
        h('label', { for: id(reason.principle, 'stance'), class: 'visually-hidden' }, t('studio.form.stance')),
        select(
          id(reason.principle, 'stance'),
          null,
          (['upholds', 'breaks'] as const).map((s) => ({ value: s, label: t(`studio.form.${s}`) })),
          stance,
          (to) => say(tools.moveReason(at(), reason.principle, stance, to as Stance, reason.reason)),
        ),
        button(t('studio.form.removePrinciple'), () => say(tools.set(at(stance, reason.principle), null)), {
          class: 'button small',
          'aria-label': t('studio.form.removePrincipleNamed', { principle: nameOf(tools, reason.principle) }),
        }),
      ),
      textField(
        {
          id: id(reason.principle, 'reason'),
          label: t('studio.form.reason', { principle: nameOf(tools, reason.principle) }),
          path: at(stance, reason.principle),
          value: reason.reason,
          optional: false,
          long: true,
        },
        tools.set,
        say,
      ),
    );
  const summary = h('summary', {}, t('studio.form.more', { count: named.size }));
  const fold = h(
    'details',
    { class: 'choice-more', ...(opened.has(key) ? { open: true } : {}) },
    summary,
    // Only a choice is offered on a condition; a timeout runs whenever the beat has one.
    'choice' in judged ? conditionForm(id('when'), at(), fields.when, tools, say) : null,
    h('h5', { id: id('principles') }, t('studio.form.principles')),
    named.size
      ? h(
          'ul',
          { 'aria-labelledby': id('principles') },
          ...fields.upholds.map((r) => reasonRow(r, 'upholds')),
          ...fields.breaks.map((r) => reasonRow(r, 'breaks')),
        )
      : h('p', { class: 'studio-hint' }, t('studio.form.noPrinciples')),
    free.length
      ? h(
          'div',
          { class: 'studio-row' },
          h('label', { for: id('pick') }, t('studio.form.pickPrinciple')),
          pick,
          button(
            t('studio.form.addPrinciple'),
            () => say(tools.set(at(level === 'harmful' ? 'breaks' : 'upholds', pick.value), tools.newReason)),
            { class: 'button small', 'data-edit': id('add-principle') },
          ),
        )
      : null,
    // Only a harmful choice says what harm it does (the format asks it of every one, and of no other).
    level === 'harmful' || fields.harm !== null
      ? h(
          'div',
          { class: 'story-detail' },
          h('label', { for: id('harm') }, t('studio.form.harm')),
          select(
            id('harm'),
            at('harm'),
            [
              { value: '', label: t('studio.details.notSet') },
              ...HARMS.map((harm) => ({ value: harm, label: t(`debrief.harm.${harm}`) })),
            ],
            fields.harm ?? '',
            (harm) => say(tools.set(at('harm'), harm === '' ? null : harm)),
          ),
        )
      : null,
    h('h5', {}, t('studio.form.effects')),
    h(
      'div',
      { class: 'beat-form-fields' },
      ...EFFECTS.map((effect) =>
        textField(
          {
            id: id('effects', effect),
            label: t(`studio.form.effect.${effect}`),
            hint: t(`studio.form.effect.${effect}Hint`),
            path: at('effects', effect),
            value: fields.effects[effect],
            optional: true,
            number: EFFECT_RANGES[effect],
          },
          tools.set,
          say,
        ),
      ),
      flagsField(id('flags'), at('set'), fields.flags, tools.set, say),
    ),
    textField(
      {
        id: id('feedback'),
        label: t('studio.form.feedback'),
        hint: t('studio.form.feedbackHint'),
        path: at('feedback'),
        value: fields.feedback,
        optional: true,
        long: true,
      },
      tools.set,
      say,
    ),
  );
  // Noted as the press happens (the fold opens just after it): a check that redraws the panel in between must find it.
  summary.addEventListener('click', () => (fold.open ? opened.delete(key) : opened.add(key)));
  return fold;
}

function nameOf(tools: ChoiceMoreTools, principle: string): string {
  return tools.principles.find((p) => p.id === principle)?.name ?? principle;
}

/** The flags a choice sets, as ids parted by commas; left empty, it sets none. */
function flagsField(
  id: string,
  path: FieldPath,
  flags: readonly string[],
  set: SetField,
  say: (problem: string | null) => void,
): HTMLElement {
  const written = flags.join(', ');
  const input = h('input', {
    type: 'text',
    id,
    value: written,
    autocomplete: 'off',
    spellcheck: false,
    'data-edit': id,
    'data-field': describeField(path),
    'aria-describedby': `${id}-hint ${id}-problem`,
  });
  input.addEventListener('change', () => {
    const list = input.value
      .split(',')
      .map((flag) => flag.trim())
      .filter((flag) => flag !== '');
    if (list.join(', ') === written) return;
    say(set(path, list.length ? list : null));
  });
  return h(
    'div',
    { class: 'story-detail' },
    h('label', { for: id }, t('studio.form.flags')),
    h('p', { id: `${id}-hint`, class: 'studio-hint' }, t('studio.form.flagsHint')),
    input,
    h('p', { id: `${id}-problem`, class: 'story-detail-problem' }),
  );
}
