// The look form's operations (src/ui/studio/lookForm.ts) on the studio's source, and its pictures: each operation
// reads the text as it is now and changes it in one step of undo, or says, in the author's language, why not; a
// look is drawn by the game's own builder, as the stage will draw it.
import { BUILDS, EXPRESSIONS, HAIR_COLOURS, SKIN_TONES, type Expression } from '../../engine/runtime.ts';
import { Id } from '../../engine/schema.ts';
import { readDetails, type LookFields } from '../../play/studio/detailEdits.ts';
import { setField } from '../../play/studio/fieldEdits.ts';
import { inSequence, type TextChange } from '../../play/studio/textEdits.ts';
import { PART_LOOKS, builtPortraits } from '../../../assets/src/character-builder.mjs';
import { t } from '../../i18n/intl.ts';
import { svgDataUrl } from '../dom.ts';
import type { LookPictures, LookTools } from './lookForm.ts';
import type { PictureTools } from './pictureTools.ts';
import type { SourceEditor } from './sourceEditor.ts';

const known = <T extends string>(list: readonly T[], value: string | null): value is T | null =>
  value === null || (list as readonly string[]).includes(value);

/**
 * The look's four moods as pictures: the author's own, or drawn by the builder from its parts; null when a part or a
 * picture is not one there is (the check says which).
 */
export function drawLook(look: LookFields, images: Readonly<Record<string, string>> = {}): LookPictures | null {
  const { pictures } = look;
  if (pictures) {
    const urls = EXPRESSIONS.map((mood) => ({
      mood,
      url: pictures[mood] === null ? undefined : images[pictures[mood]],
    }));
    return urls.every((u): u is { mood: Expression; url: string } => u.url !== undefined) ? urls : null;
  }
  const { head, body, skin, hair, build } = look;
  if (!head || !body || !PART_LOOKS.includes(head) || !PART_LOOKS.includes(body)) return null;
  if (!known(SKIN_TONES, skin) || !known(HAIR_COLOURS, hair) || !known(BUILDS, build)) return null;
  const drawn = builtPortraits({
    head,
    body,
    skin: skin ?? undefined,
    hair: hair ?? undefined,
    build: build ?? undefined,
    glasses: look.glasses,
    headset: look.headset,
    ...(look.title ? { title: look.title } : {}),
  });
  return (Object.keys(drawn) as Expression[]).map((mood) => ({ mood, url: svgDataUrl(drawn[mood]) }));
}

export function lookTools(
  source: Pick<SourceEditor, 'text' | 'apply'>,
  parts: LookTools['parts'],
  pictures: PictureTools,
): LookTools {
  const done = (changes: TextChange[] | null): string | null => {
    if (!changes) return t('studio.form.cannot');
    if (changes.length) source.apply(changes);
    return null;
  };
  // Drawn once for each set of parts: the form is drawn again at every check, the pictures seldom change.
  const drawn = new Map<string, LookPictures | null>();
  return {
    set: (path, value) => done(setField(source.text(), path, value)),
    add: (id) => {
      const details = readDetails(source.text());
      if (!details) return t('studio.beat.problem.unreadable');
      if (!Id.safeParse(id).success) return t('studio.beat.problem.notAnId', { id });
      if (details.looks.some((l) => l.id === id) || parts.some((p) => p.id === id))
        return t('studio.looks.taken', { id });
      const first = parts[0]?.id ?? id;
      return done(
        inSequence(source.text(), [
          (text) => setField(text, ['looks', id, 'head'], first),
          (text) => setField(text, ['looks', id, 'body'], first),
        ]),
      );
    },
    remove: (id) => {
      const wearer = readDetails(source.text())?.cast.find((m) => m.look === id);
      if (wearer) return t('studio.looks.worn', { id, name: wearer.name });
      return done(setField(source.text(), ['looks', id], null));
    },
    parts,
    picture: (look, mood, file) => pictures.face(look, mood, file),
    draw: (look, images) => {
      // A look of pictures is its pictures: nothing to draw, and its data too long to key a cache with.
      if (look.pictures) return drawLook(look, images);
      const key = JSON.stringify({ ...look, id: '' });
      if (drawn.size > 40) drawn.clear();
      if (!drawn.has(key)) drawn.set(key, drawLook(look));
      return drawn.get(key)!;
    },
  };
}
