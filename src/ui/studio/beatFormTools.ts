// The beat form's operations (src/ui/studio/beatForm.ts, choiceMore.ts, nextForm.ts) on the studio's source: each reads the text
// as it is now, changes it in one step of undo (src/play/studio/fieldEdits.ts, lineEdits.ts), or says, in the
// author's language, why it was not made.
import { NARRATOR } from '../../engine/schema.ts';
import { readDetails } from '../../play/studio/detailEdits.ts';
import { conditionFacts } from '../../play/studio/beatFields.ts';
import { setField } from '../../play/studio/fieldEdits.ts';
import { addBranch, removeBranch } from '../../play/studio/branchEdits.ts';
import { addLine, deleteLine, moveLine, setLineSpeaker } from '../../play/studio/lineEdits.ts';
import { inSequence, type TextChange } from '../../play/studio/textEdits.ts';
import { FILL_IN } from '../../play/skeleton.ts';
import { t } from '../../i18n/intl.ts';
import type { BeatFormTools } from './beatForm.ts';
import type { ChoiceMoreTools } from './choiceMore.ts';
import type { NextTools } from './nextForm.ts';
import type { SourceEditor } from './sourceEditor.ts';

/** How long a new time limit gives the customer, for the author to change: about a careful reading of a beat. */
const NEW_PATIENCE_SECONDS = 20;
/** What a timeout breaks until the author says otherwise: leaving the customer waiting, seen from their side. */
const TIMEOUT_PRINCIPLE = 'customers-side';

export function beatFormTools(
  source: Pick<SourceEditor, 'text' | 'apply'>,
  principles: readonly { id: string; name: string }[],
): BeatFormTools & ChoiceMoreTools & NextTools {
  const done = (changes: TextChange[] | null, why = t('studio.form.cannot')): string | null => {
    if (!changes) return why;
    if (changes.length) source.apply(changes);
    return null;
  };
  return {
    set: (path, value) => done(setField(source.text(), path, value)),
    lineSpeaker: (beat, index, speaker) => done(setLineSpeaker(source.text(), beat, index, speaker)),
    lineCondition: (beat, index, path, value) =>
      done(
        inSequence(source.text(), [
          (text) => setLineSpeaker(text, beat, index, NARRATOR),
          (text) => setField(text, path, value),
        ]),
      ),
    addLine: (beat, speaker) => done(addLine(source.text(), beat, `${FILL_IN} ${t('studio.beat.addedLine')}`, speaker)),
    deleteLine: (beat, index) => done(deleteLine(source.text(), beat, index), t('studio.form.lastLine')),
    moveLine: (beat, index, by) => done(moveLine(source.text(), beat, index, by)),
    cast: () => readDetails(source.text())?.cast ?? [],
    moveReason: (path, principle, from, to, reason) =>
      done(
        inSequence(source.text(), [
          (text) => setField(text, [...path, from, principle], null),
          (text) => setField(text, [...path, to, principle], reason),
        ]),
      ),
    addPatience: (beat, next) =>
      done(
        inSequence(source.text(), [
          (text) => setField(text, ['beats', beat, 'patience', 'seconds'], NEW_PATIENCE_SECONDS),
          (text) =>
            setField(
              text,
              ['beats', beat, 'patience', 'breaks', TIMEOUT_PRINCIPLE],
              `${FILL_IN} ${t('studio.form.newTimeoutWhy')}`,
            ),
          (text) => setField(text, ['beats', beat, 'patience', 'next'], next),
        ]),
      ),
    addBranch: (path, when, go) => done(addBranch(source.text(), path, when, go)),
    removeBranch: (path, index) => done(removeBranch(source.text(), path, index), t('studio.next.last')),
    facts: () => conditionFacts(source.text()),
    principles,
    get newReason() {
      return `${FILL_IN} ${t('studio.form.newReason')}`;
    },
  };
}
