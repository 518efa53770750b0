// The cast in the studio's details view: each member's name, look (from the game's art), pronoun, whether they reach
// the trainee in person, on the phone or in writing, and a line about them; members added under an id of their own
// and taken out (the story's customer cannot be, until another member is the customer). Each change goes into the
// text as one edit, one step of undo (src/play/studio/fieldEdits.ts); the check says where a member taken out was
// still speaking.
import { PRONOUNS, VOICES } from '../../engine/schema.ts';
import type { CastFields } from '../../play/studio/detailEdits.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { newIdRow, select, textField, type SetField } from './formFields.ts';

export interface CastTools {
  set: SetField;
  /** Adds a member under this id, with a name to write and the first look; answers why not, in words. */
  add(id: string): string | null;
  /** Takes the member out; answers why not, in words. */
  remove(id: string): string | null;
  /** The looks the game's art has, by id, with what each shows and its picture (content). */
  looks: readonly { id: string; title: string; url?: string | undefined }[];
}

const idOf = (member: string, field: string) => `cast-${member}-${field}`;

export function castForm(
  cast: readonly CastFields[],
  customer: string | null,
  tools: CastTools,
  say: (problem: string | null) => void,
  /** The story's own looks (lookForm.ts), offered first, each with its face as drawn. */
  own: readonly { id: string; title: string; url?: string | undefined }[] = [],
): HTMLElement {
  const looks = [
    ...own.map((l) => ({ value: l.id, label: t('studio.cast.ownLook', { title: l.title, id: l.id }) })),
    ...tools.looks.map((l) => ({ value: l.id, label: `${l.title} (${l.id})` })),
  ];
  const pronouns = [
    { value: '', label: t('studio.details.notSet') },
    // In the page's language, with the word the story's text holds (English whatever the language) beside it.
    ...PRONOUNS.map((p) => ({ value: p, label: t(`studio.cast.pronouns.${p}`) })),
  ];
  const voices = [
    { value: '', label: t('studio.cast.inPerson') },
    ...VOICES.map((v) => ({ value: v, label: t(`studio.cast.via.${v}`) })),
  ];
  const member = (m: CastFields) => {
    const at = (field: string) => ['cast', m.id, field];
    const choice = (
      field: string,
      label: string,
      options: { value: string; label: string; lang?: string }[],
      value: string,
      ...more: HTMLElement[]
    ) => {
      const id = idOf(m.id, field);
      const control = select(id, at(field), options, value, (picked) =>
        say(tools.set(at(field), picked === '' ? null : picked)),
      );
      // Where the check's word on this field is said (a pronoun the look contradicts), as beside every other field.
      control.setAttribute('aria-describedby', `${id}-problem`);
      return h(
        'div',
        { class: 'story-detail' },
        h('label', { for: id }, label),
        control,
        ...more,
        h('p', { id: `${id}-problem`, class: 'story-detail-problem' }),
      );
    };
    // The face the look gives them, as the stage shows it; the list's words say which it is.
    const portrait = [...own, ...tools.looks].find((l) => l.id === m.look)?.url;
    // A group named for the member, so each of its fields is heard with whose it is.
    return h(
      'li',
      { class: 'cast-member' },
      h(
        'fieldset',
        {},
        h('legend', {}, t('studio.cast.member', { name: m.name, id: m.id })),
        h(
          'div',
          { class: 'beat-form-fields' },
          textField(
            {
              id: idOf(m.id, 'name'),
              label: t('studio.cast.name'),
              path: at('name'),
              value: m.name === m.id ? null : m.name,
              optional: false,
            },
            tools.set,
            say,
          ),
          choice(
            'look',
            t('studio.cast.look'),
            looks,
            m.look ?? '',
            ...(portrait ? [h('img', { class: 'cast-portrait', src: portrait, alt: '', width: 90, height: 120 })] : []),
          ),
          choice('pronoun', t('studio.cast.pronoun'), pronouns, m.pronoun ?? ''),
          choice('via', t('studio.cast.reaches'), voices, m.via ?? ''),
          textField(
            {
              id: idOf(m.id, 'about'),
              label: t('studio.cast.about'),
              hint: t('studio.cast.aboutHint'),
              path: at('about'),
              value: m.about,
              optional: true,
              long: true,
            },
            tools.set,
            say,
          ),
        ),
        m.id === customer
          ? h('p', { class: 'studio-hint' }, t('studio.cast.isCustomer'))
          : button(t('studio.cast.remove'), () => say(tools.remove(m.id)), {
              class: 'button small',
              'aria-label': t('studio.cast.removeNamed', { name: m.name }),
            }),
      ),
    );
  };
  return h(
    'section',
    { class: 'story-cast', 'aria-labelledby': 'story-cast-title' },
    h('h3', { id: 'story-cast-title' }, t('studio.cast.heading')),
    h('p', { class: 'studio-hint' }, t('studio.cast.about_section')),
    h('ul', { class: 'cast-list' }, ...cast.map(member)),
    newIdRow('cast-new-id', { id: t('studio.cast.newId'), add: t('studio.cast.add') }, tools.add),
  );
}
