// The variations form's operations (src/ui/studio/variationForm.ts) on the studio's source: each reads the text as
// it is now and changes it in one step of undo, or says, in the author's language, why not.
import { Id } from '../../engine/schema.ts';
import { readDetails } from '../../play/studio/detailEdits.ts';
import { addField, setField } from '../../play/studio/fieldEdits.ts';
import { appendItem, deleteItem } from '../../play/studio/listEdits.ts';
import type { TextChange } from '../../play/studio/textEdits.ts';
import { FILL_IN } from '../../play/skeleton.ts';
import { t } from '../../i18n/intl.ts';
import type { SourceEditor } from './sourceEditor.ts';
import type { VariationTools } from './variationForm.ts';

export function variationTools(source: Pick<SourceEditor, 'text' | 'apply'>): VariationTools {
  const done = (changes: TextChange[] | null): string | null => {
    if (!changes) return t('studio.form.cannot');
    if (changes.length) source.apply(changes);
    return null;
  };
  const notAnId = (id: string) => (Id.safeParse(id).success ? null : t('studio.beat.problem.notAnId', { id }));
  const outcome = (id: string) => ({ id, about: `${FILL_IN} ${t('studio.variations.newAbout')}` });
  return {
    set: (path, value) => done(setField(source.text(), path, value)),
    add: (id, outcomes) => {
      const variations = readDetails(source.text())?.variations;
      if (!variations) return t('studio.form.cannot');
      const wrong = notAnId(id) ?? outcomes.map(notAnId).find((problem) => problem !== null);
      if (wrong) return wrong;
      if (variations.some((v) => v.id === id)) return t('studio.variations.taken', { id });
      if (new Set(outcomes).size < 2) return t('studio.variations.two');
      return done(addField(source.text(), ['variations', id], [...new Set(outcomes)].map(outcome)));
    },
    remove: (id) => done(setField(source.text(), ['variations', id], null)),
    addOutcome: (variation, id) => {
      const found = readDetails(source.text())?.variations?.find((v) => v.id === variation);
      const wrong = notAnId(id);
      if (wrong) return wrong;
      if (found?.outcomes.some((o) => o.id === id)) return t('studio.variations.taken', { id });
      return done(appendItem(source.text(), ['variations', variation], outcome(id)));
    },
    removeOutcome: (variation, index) => done(deleteItem(source.text(), ['variations', variation], index, 2)),
  };
}
