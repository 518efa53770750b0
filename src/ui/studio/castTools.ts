// The cast form's operations (src/ui/studio/castForm.ts) on the studio's source: each reads the text as it is now and
// changes it in one step of undo (src/play/studio/fieldEdits.ts), or says, in the author's language, why not.
import { Id } from '../../engine/schema.ts';
import { readDetails } from '../../play/studio/detailEdits.ts';
import { setField } from '../../play/studio/fieldEdits.ts';
import { inSequence, type TextChange } from '../../play/studio/textEdits.ts';
import { FILL_IN } from '../../play/skeleton.ts';
import { t } from '../../i18n/intl.ts';
import type { CastTools } from './castForm.ts';
import type { SourceEditor } from './sourceEditor.ts';

export function castTools(source: Pick<SourceEditor, 'text' | 'apply'>, looks: CastTools['looks']): CastTools {
  const done = (changes: TextChange[] | null): string | null => {
    if (!changes) return t('studio.form.cannot');
    if (changes.length) source.apply(changes);
    return null;
  };
  return {
    set: (path, value) => done(setField(source.text(), path, value)),
    add: (id) => {
      const details = readDetails(source.text());
      if (!details) return t('studio.beat.problem.unreadable');
      if (!Id.safeParse(id).success) return t('studio.beat.problem.notAnId', { id });
      if (id === 'you' || id === 'narrator' || details.cast.some((m) => m.id === id))
        return t('studio.cast.taken', { id });
      return done(
        inSequence(source.text(), [
          (text) => setField(text, ['cast', id, 'name'], `${FILL_IN} ${t('studio.cast.newName')}`),
          (text) => setField(text, ['cast', id, 'look'], looks[0]?.id ?? id),
        ]),
      );
    },
    remove: (id) => {
      const details = readDetails(source.text());
      if (details?.values['customer'] === id) return t('studio.cast.isCustomer');
      return done(setField(source.text(), ['cast', id], null));
    },
    looks,
  };
}
