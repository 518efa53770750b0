// The story's own looks in the studio's details view: each built from the game's art (a head from one look, clothes
// from another, a skin tone, a hair colour, a build, glasses, a headset) and shown in its four moods as the stage
// will draw it; a look added under an id of its own, and taken out. Each change goes into the text as one edit, one
// step of undo (src/play/studio/fieldEdits.ts); the cast's look list offers these looks first.
import { BUILDS, EXPRESSIONS, HAIR_COLOURS, SKIN_TONES, type Expression } from '../../engine/runtime.ts';
import type { LookFields } from '../../play/studio/detailEdits.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { newIdRow, select, textField, type SetField } from './formFields.ts';

/** The four moods of a look, each as a picture's URL, in the order the builder draws them. */
export type LookPictures = readonly { mood: Expression; url: string }[];

export interface LookTools {
  set: SetField;
  /** Adds a look under this id, built on the first head and clothes; answers why not, in words. */
  add(id: string): string | null;
  /** Takes the look out; answers why not, in words (a cast member still wears it). */
  remove(id: string): string | null;
  /** The game's looks a head or clothes may come from, by id, with what each shows and wears. */
  parts: readonly { id: string; title: string; wears: string }[];
  /** The look in its four moods (drawn, or the author's pictures); null when a part or picture is not there. */
  draw(look: LookFields, images: Readonly<Record<string, string>>): LookPictures | null;
  /** Makes the author's picture the look's face in this mood; answers why not, in words. */
  picture(look: string, mood: Expression, file: File): Promise<string | null>;
}

const idOf = (look: string, field: string) => `look-${look}-${field}`;

export function lookForm(
  looks: readonly LookFields[],
  images: Readonly<Record<string, string>>,
  tools: LookTools,
  say: (problem: string | null) => void,
) {
  return h(
    'section',
    { class: 'story-looks', 'aria-labelledby': 'story-looks-title' },
    h('h3', { id: 'story-looks-title' }, t('studio.looks.heading')),
    h('p', { class: 'studio-hint' }, t('studio.looks.about')),
    h('ul', { class: 'cast-list' }, ...looks.map((look) => lookItem(look, images, tools, say))),
    newIdRow('look-new-id', { id: t('studio.looks.newId'), add: t('studio.looks.add') }, tools.add),
  );
}

function lookItem(
  look: LookFields,
  images: Readonly<Record<string, string>>,
  tools: LookTools,
  say: (problem: string | null) => void,
): HTMLElement {
  const at = (field: string) => ['looks', look.id, field];
  const choice = (
    field: string,
    label: string,
    options: { value: string; label: string; lang?: string }[],
    value: string | null,
  ) =>
    h(
      'div',
      { class: 'story-detail' },
      h('label', { for: idOf(look.id, field) }, label),
      select(idOf(look.id, field), at(field), options, value ?? '', (picked) =>
        say(tools.set(at(field), picked === '' ? null : picked)),
      ),
      h('p', { id: `${idOf(look.id, field)}-problem`, class: 'story-detail-problem' }),
    );
  const yesNo = (field: 'glasses' | 'headset', label: string) => {
    const box = h('input', {
      type: 'checkbox',
      id: idOf(look.id, field),
      'data-field': `looks › ${look.id} › ${field}`,
      ...(look[field] ? { checked: true } : {}),
    });
    box.addEventListener('change', () => say(tools.set(at(field), box.checked ? true : null)));
    return h('div', { class: 'story-detail look-yes-no' }, box, h('label', { for: idOf(look.id, field) }, label));
  };
  const asDrawn = { value: '', label: t('studio.looks.asDrawn') };
  const parts = tools.parts.map((p) => ({ value: p.id, label: `${p.title} (${p.id})` }));
  const clothes = tools.parts.map((p) => ({ value: p.id, label: `${p.wears} (${p.id})` }));
  const pictures = tools.draw(look, images);
  const name = look.title ?? look.id;
  return h(
    'li',
    { class: 'cast-member story-look' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('studio.looks.look', { id: look.id })),
      pictures
        ? h(
            'p',
            { class: 'look-moods' },
            ...pictures.map(({ mood, url }) =>
              h(
                'span',
                { class: 'look-mood' },
                h('img', { src: url, alt: t('studio.looks.moodPicture', { name, mood: t(`story.mood.${mood}`) }) }),
              ),
            ),
          )
        : h('p', { class: 'studio-hint' }, t('studio.looks.cannotDraw')),
      h(
        'div',
        { class: 'beat-form-fields' },
        textField(
          {
            id: idOf(look.id, 'title'),
            label: t('studio.looks.title'),
            hint: t('studio.looks.titleHint'),
            path: at('title'),
            value: look.title,
            optional: true,
          },
          tools.set,
          say,
        ),
        ...(look.pictures ? [] : partFields()),
      ),
      ownPictures(look, tools, say),
      button(t('studio.looks.remove'), () => say(tools.remove(look.id)), {
        class: 'button small',
        'aria-label': t('studio.looks.removeNamed', { id: look.id }),
      }),
    ),
  );

  function partFields(): HTMLElement[] {
    return [
      choice('head', t('studio.looks.head'), parts, look.head),
      choice('body', t('studio.looks.body'), clothes, look.body),
      choice(
        'skin',
        t('studio.looks.skin'),
        [asDrawn, ...SKIN_TONES.map((v) => ({ value: v, label: t(`studio.looks.skinTone.${v}`) }))],
        look.skin,
      ),
      choice(
        'hair',
        t('studio.looks.hair'),
        [asDrawn, ...HAIR_COLOURS.map((v) => ({ value: v, label: t(`studio.looks.hairColour.${v}`) }))],
        look.hair,
      ),
      choice(
        'build',
        t('studio.looks.build'),
        BUILDS.map((v) => ({ value: v === 'medium' ? '' : v, label: t(`studio.looks.buildOf.${v}`) })),
        look.build === 'medium' ? '' : look.build,
      ),
      yesNo('glasses', t('studio.looks.glasses')),
      yesNo('headset', t('studio.looks.headset')),
    ];
  }
}

/**
 * The author's own pictures for the look, one file for each mood: folded away under a look built from parts (its
 * first picture makes it a look of pictures), open under a look of pictures.
 */
function ownPictures(look: LookFields, tools: LookTools, say: (problem: string | null) => void): HTMLElement {
  const inputs = EXPRESSIONS.map((mood) => {
    const id = idOf(look.id, `picture-${mood}`);
    const input = h('input', { type: 'file', id, accept: 'image/png,image/svg+xml' });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void tools.picture(look.id, mood, file).then(say);
    });
    return h(
      'div',
      { class: 'story-detail' },
      h('label', { for: id }, t('studio.looks.pictureFor', { mood: t(`story.mood.${mood}`) })),
      input,
    );
  });
  const summary = h('summary', {}, t('studio.looks.ownPictures'));
  const fold = h(
    'details',
    { class: 'look-pictures', ...(look.pictures || openPictures.has(look.id) ? { open: true } : {}) },
    summary,
    h('p', { class: 'studio-hint' }, t('studio.looks.ownPicturesHint')),
    h('div', { class: 'beat-form-fields' }, ...inputs),
  );
  // Noted as the press happens (the fold opens just after it): a check that redraws the form in between must find it.
  summary.addEventListener('click', () => (fold.open ? openPictures.delete(look.id) : openPictures.add(look.id)));
  return fold;
}

/** The looks whose pictures' fold is open, kept as the form is drawn again after each check. */
const openPictures = new Set<string>();
