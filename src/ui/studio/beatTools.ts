// The map's beat tools (src/ui/studio/beatPanel.ts) on the studio's source: each operation reads the text as it is
// now, changes it in one step of undo (src/play/studio/beatEdits.ts), and puts the beat it made in focus on the
// map once the check has drawn it; or says, in the author's language, why it was not made.
import {
  deleteBeat,
  duplicateBeat,
  insertBeat,
  renameBeat,
  waysInto,
  beatIdsIn,
  type BeatEdit,
  type BeatEditProblem,
} from '../../play/studio/beatEdits.ts';
import { addChoice, deleteChoice, type ChoiceEditProblem } from '../../play/studio/choiceEdits.ts';
import { t } from '../../i18n/intl.ts';
import type { MessageId } from '../../i18n/catalog.ts';
import type { BeatTools } from './beatPanel.ts';
import type { SourceEditor } from './sourceEditor.ts';

const PROBLEMS: Record<BeatEditProblem | ChoiceEditProblem, MessageId> = {
  'no-choices': 'studio.choice.problem.noChoices',
  full: 'studio.choice.problem.full',
  'last-choice': 'studio.choice.problem.last',
  unreadable: 'studio.beat.problem.unreadable',
  'no-beat': 'studio.beat.problem.noBeat',
  'not-an-id': 'studio.beat.problem.notAnId',
  taken: 'studio.beat.problem.taken',
  start: 'studio.beat.problem.start',
  'no-way': 'studio.beat.problem.noWay',
};

export function beatTools(source: Pick<SourceEditor, 'text' | 'apply'>, select: (id: string) => void): BeatTools {
  const done = (edit: BeatEdit | { problem: ChoiceEditProblem }, id = ''): string | null => {
    if ('problem' in edit) return t(PROBLEMS[edit.problem], { id });
    source.apply(edit.changes);
    if (edit.select) select(edit.select);
    return null;
  };
  return {
    insert: (way) => done(insertBeat(source.text(), way, t('studio.beat.newLine'))),
    rename: (id, to) => done(renameBeat(source.text(), id, to), to),
    duplicate: (id) => done(duplicateBeat(source.text(), id)),
    remove: (id) => done(deleteBeat(source.text(), id)),
    addChoice: (beat) =>
      done(
        addChoice(source.text(), beat, {
          does: t('studio.choice.newDoes'),
          why: t('studio.choice.newWhy'),
          feedback: t('studio.choice.newFeedback'),
        }),
      ),
    deleteChoice: (beat, index) => done(deleteChoice(source.text(), beat, index)),
    waysInto: (id) => waysInto(source.text(), id),
    beatIds: () => beatIdsIn(source.text()),
  };
}
