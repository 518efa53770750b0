// The author's own pictures in the studio: a PNG or SVG file chosen for the backdrop or for one of a look's moods,
// checked as the checker checks it (src/engine/checkImages.ts), kept in the story's text under `images:` and named
// where it is used, all in one step of undo. A look built from parts that gets its first picture becomes a look of
// pictures, that picture in every mood until the others come, so the story plays at every step.
import { EXPRESSIONS, type Expression } from '../../engine/runtime.ts';
import { LOOK_PARTS } from '../../engine/schema.ts';
import { imageFacts } from '../../engine/checkImages.ts';
import { readDetails } from '../../play/studio/detailEdits.ts';
import { setField } from '../../play/studio/fieldEdits.ts';
import { inSequence, type TextChange } from '../../play/studio/textEdits.ts';
import { t } from '../../i18n/intl.ts';
import type { SourceEditor } from './sourceEditor.ts';

export interface PictureTools {
  /** Makes the picture the story's backdrop; answers why not, in words. */
  backdrop(file: File): Promise<string | null>;
  /** Makes the picture the look's face in this mood; answers why not, in words. */
  face(look: string, mood: Expression, file: File): Promise<string | null>;
}

/** An id from a file's name (`Our Bar 2.png` → `our-bar-2`), not one the story uses yet. */
export function pictureId(name: string, taken: readonly string[], fallback = 'picture'): string {
  const base =
    name
      .replace(/\.[a-z0-9]+$/i, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function dataUrlOf(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function pictureTools(source: Pick<SourceEditor, 'text' | 'apply'>, backdrops: readonly string[]): PictureTools {
  const done = (changes: TextChange[] | null): string | null => {
    if (!changes) return t('studio.form.cannot');
    if (changes.length) source.apply(changes);
    return null;
  };
  /** The picture read and checked, or why it cannot be used, in words. */
  const read = async (file: File): Promise<{ data: string } | { problem: string }> => {
    if (!/^image\/(png|svg\+xml)$/.test(file.type))
      return { problem: t('studio.pictures.notPicture', { name: file.name }) };
    let data: string;
    try {
      data = await dataUrlOf(file);
    } catch {
      return { problem: t('studio.pictures.unreadable', { name: file.name }) };
    }
    const facts = imageFacts(data);
    // The checker's own words, in the language the checker writes (as every problem it finds is shown).
    return 'problem' in facts ? { problem: `${file.name} ${facts.problem}` } : { data };
  };
  const taken = (text: string) => {
    const details = readDetails(text);
    return [...Object.keys(details?.images ?? {}), ...(details?.looks.map((l) => l.id) ?? []), ...backdrops];
  };
  return {
    backdrop: async (file) => {
      const picture = await read(file);
      if ('problem' in picture) return picture.problem;
      const text = source.text();
      const id = pictureId(file.name, taken(text));
      return done(
        inSequence(text, [
          (now) => setField(now, ['images', id], picture.data),
          (now) => setField(now, ['setting', 'backdrop'], id),
        ]),
      );
    },
    face: async (look, mood, file) => {
      const picture = await read(file);
      if ('problem' in picture) return picture.problem;
      const text = source.text();
      const fields = readDetails(text)?.looks.find((l) => l.id === look);
      if (!fields) return t('studio.form.cannot');
      const id = pictureId(`${look}-${mood}`, taken(text));
      // A look of parts becomes a look of pictures: its parts out, this picture in every mood for now.
      const moods = fields.pictures ? [mood] : EXPRESSIONS;
      return done(
        inSequence(text, [
          (now) => setField(now, ['images', id], picture.data),
          ...moods.map((each) => (now: string) => setField(now, ['looks', look, 'pictures', each], id)),
          // After the pictures are in, so the look is never left empty (an empty map is taken out with its name).
          ...(fields.pictures
            ? []
            : LOOK_PARTS.map((part) => (now: string) => setField(now, ['looks', look, part], null))),
        ]),
      );
    },
  };
}
