// The backdrop in the studio's details: the picture chosen, shown as the stage will show it, and a gallery of every
// backdrop the game has, each a button with its picture and its name, a place's night beside its day (below it
// where the gallery is one card wide). Choosing one is one edit, as a list's choice would be. The gallery is folded
// away until asked for, and stays open through the redraw its own choice brings, so an author can try one backdrop
// after another.
import { t } from '../../i18n/intl.ts';
import { h } from '../dom.ts';

/** A backdrop as the gallery offers it: its id in the file, its name, its picture, and its night if it has one. */
export interface BackdropChoice {
  readonly id: string;
  readonly title: string;
  readonly url: string | undefined;
  readonly night?: string;
}

export interface BackdropFieldOptions {
  /** The field's id; its hint and problem are `${id}-hint` and `${id}-problem`, as every detail's. */
  id: string;
  field: string;
  value: string | undefined;
  /** The game's backdrops. */
  backdrops: readonly BackdropChoice[];
  /** The story's own pictures (`images:`), by id: offered first, and any of them may be the backdrop. */
  images: Readonly<Record<string, string>>;
  open: boolean;
  toggled(open: boolean): void;
  change(value: string): void;
  /** Makes a picture file of the author's the backdrop; answers why not, in words. */
  picture(file: File): Promise<string | null>;
  say(problem: string | null): void;
}

/**
 * The gallery's places: each day as listed with its night, if it has one, and the menus' own picture left out. A
 * place is one item of the gallery, so a night never wraps onto the next row beside another place's day.
 */
export function galleryPlaces(backdrops: readonly BackdropChoice[]): BackdropChoice[][] {
  const byId = new Map(backdrops.map((b) => [b.id, b]));
  const nights = new Set(backdrops.flatMap((b) => (b.night ? [b.night] : [])));
  return backdrops
    .filter((b) => b.id !== 'title' && !nights.has(b.id))
    .map((b) => [b, ...(b.night && byId.has(b.night) ? [byId.get(b.night)!] : [])]);
}

export function backdropField(options: BackdropFieldOptions): HTMLElement {
  const { id, value } = options;
  const own = Object.entries(options.images).map(([image, url]) => ({
    id: image,
    title: t('studio.details.ownPicture', { id: image }),
    url,
  }));
  const backdrops = [...own, ...options.backdrops];
  const chosen = backdrops.find((b) => b.id === value);
  const places = galleryPlaces(backdrops);
  const upload = h('input', { type: 'file', id: `${id}-own`, accept: 'image/png,image/svg+xml' });
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    if (file) void options.picture(file).then(options.say);
  });
  const picture = (b: BackdropChoice | undefined, lazy: boolean) =>
    b?.url
      ? h('img', { src: b.url, alt: '', width: 192, height: 108, ...(lazy ? { loading: 'lazy' } : {}) })
      : h('span', { class: 'backdrop-none' });
  const summary = h('summary', {}, t('studio.details.backdropGallery', { count: places.flat().length }));
  const gallery = h(
    'details',
    { class: 'backdrop-gallery', ...(options.open ? { open: true } : {}) },
    summary,
    h(
      'ul',
      { class: 'backdrop-cards' },
      ...places.map((place) =>
        h(
          'li',
          { class: place.length > 1 ? 'backdrop-place with-night' : 'backdrop-place' },
          ...place.map((b) => {
            const card = h(
              'button',
              {
                type: 'button',
                id: `backdrop-card-${b.id}`,
                class: 'backdrop-card',
                'aria-pressed': String(b.id === value),
              },
              picture(b, true),
              h('span', {}, b.title),
            );
            card.addEventListener('click', () => {
              if (b.id !== value) options.change(b.id);
            });
            return card;
          }),
        ),
      ),
    ),
  );
  // Noted as the press happens (the fold opens just after it): a check that redraws the form in between must find it.
  summary.addEventListener('click', () => options.toggled(!gallery.open));
  return h(
    'fieldset',
    {
      id,
      class: 'story-detail story-detail-backdrop',
      'data-field': options.field,
      'aria-describedby': `${id}-hint ${id}-problem`,
    },
    h('legend', {}, t('studio.details.backdrop')),
    h('p', { id: `${id}-hint`, class: 'studio-hint' }, t('studio.details.backdropHint')),
    h(
      'p',
      { class: 'backdrop-chosen' },
      picture(chosen, false),
      // A name the game has no backdrop for (misspelt in the text) stays on show, for the check to explain.
      h('span', {}, chosen ? chosen.title : t('studio.details.backdropUnknown')),
      // An id, in no language.
      ...(value ? [h('code', { lang: 'zxx', translate: 'no' }, value)] : []),
    ),
    gallery,
    h(
      'div',
      { class: 'story-detail backdrop-own' },
      h('label', { for: `${id}-own` }, t('studio.details.backdropOwn')),
      h('p', { class: 'studio-hint', id: `${id}-own-hint` }, t('studio.details.backdropOwnHint')),
      upload,
    ),
    h('p', { id: `${id}-problem`, class: 'story-detail-problem' }),
  );
}
