// The beat form's part for the customer's patience (src/ui/studio/beatForm.ts): how long they wait at a beat with
// choices, and what running out of it does, written into the story's text as the rest of the form is.
import { SERVICE_LEVELS } from '../../engine/schema.ts';
import type { PatienceFields } from '../../play/studio/beatFields.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { LEVEL_LABELS } from '../levels.ts';
import type { BeatFormTools } from './beatForm.ts';
import { choiceMore, type ChoiceMoreTools } from './choiceMore.ts';
import { idFor, select, textField } from './formFields.ts';
import { nextForm, type NextPlace, type NextTools } from './nextForm.ts';

/**
 * How long the customer waits for the trainee at this beat and what running out does: its length, level and words, the
 * beat it leads to, and (folded) its principles, harm and feedback. A beat without one offers to add it.
 */
export function patiencePart(
  beat: string,
  patience: PatienceFields | null,
  leads: Omit<NextPlace, 'path'> & { first: string | null },
  tools: BeatFormTools & ChoiceMoreTools & NextTools,
  say: (p: string | null) => void,
): HTMLElement {
  const heading = h('h5', {}, t('studio.form.patience'));
  if (!patience)
    return h(
      'div',
      { class: 'beat-patience' },
      heading,
      h('p', { class: 'studio-hint' }, t('studio.form.noPatience')),
      leads.first
        ? button(t('studio.form.addPatience'), () => say(tools.addPatience(beat, leads.first!)), {
            class: 'button small',
            'data-edit': `patience-${beat}-add`,
          })
        : null,
    );
  const at = (field: string) => ['beats', beat, 'patience', field];
  const level = patience.level ?? 'harmful';
  const levelId = idFor(beat, 'patience', 'level');
  return h(
    'div',
    { class: 'beat-patience' },
    heading,
    h(
      'div',
      { class: 'beat-form-fields' },
      textField(
        {
          id: idFor(beat, 'patience', 'seconds'),
          label: t('studio.form.seconds'),
          hint: t('studio.form.secondsHint'),
          path: at('seconds'),
          value: patience.seconds,
          optional: false,
          number: { min: 3, max: 600 },
        },
        tools.set,
        say,
      ),
      h(
        'div',
        { class: 'story-detail' },
        h('label', { for: levelId }, t('studio.form.level')),
        select(
          levelId,
          at('level'),
          SERVICE_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
          level,
          (chosen) => say(tools.set(at('level'), chosen)),
        ),
      ),
      textField(
        {
          id: idFor(beat, 'patience', 'text'),
          label: t('studio.form.timeoutText'),
          hint: t('studio.form.timeoutTextHint'),
          path: at('text'),
          value: patience.text,
          optional: true,
        },
        tools.set,
        say,
      ),
    ),
    nextForm(idFor(beat, 'patience'), patience.next, { ...leads, path: at('next') }, tools, say),
    choiceMore({ beat, patience: true }, level, patience, tools, say),
    button(t('studio.form.removePatience'), () => say(tools.set(['beats', beat, 'patience'], null)), {
      class: 'button small',
    }),
  );
}
