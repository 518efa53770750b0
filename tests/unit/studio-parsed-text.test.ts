// The studio keeps one parsed Document of the draft's text (src/play/studio/parsedText.ts) and every reader and edit
// shares it: this runs each of them over a shipped story and finds the kept Document still the text's, which it
// would not be if any of them changed it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  beatIdsIn,
  deleteBeat,
  duplicateBeat,
  insertBeat,
  renameBeat,
  waysInto,
} from '../../src/play/studio/beatEdits.ts';
import { conditionFacts, readBeat } from '../../src/play/studio/beatFields.ts';
import { addChoice, deleteChoice } from '../../src/play/studio/choiceEdits.ts';
import { readDetails, setDetail } from '../../src/play/studio/detailEdits.ts';
import { addField, setField } from '../../src/play/studio/fieldEdits.ts';
import { addLine, deleteLine, moveLine, setLineSpeaker } from '../../src/play/studio/lineEdits.ts';
import { appendItem, deleteItem } from '../../src/play/studio/listEdits.ts';
import { documentOf } from '../../src/play/studio/parsedText.ts';
import { setValue } from '../../src/play/studio/textEdits.ts';
import { readProjectFile } from './support.ts';

describe('the kept Document of a draft', () => {
  const text = readProjectFile('scenarios/airport-hungry-traveller.yaml');
  const beat = 'tell-marcus';

  it('is parsed once per text', () => {
    expect(documentOf(text)).toBe(documentOf(text));
    expect(documentOf(`${text}\n`)).not.toBe(documentOf(text));
  });

  it('is left as the text says by every reader and edit of the studio', () => {
    const kept = documentOf(text);
    const runs = [
      () => beatIdsIn(text),
      () => waysInto(text, beat),
      () => renameBeat(text, beat, 'tell-him'),
      () => duplicateBeat(text, beat),
      () => deleteBeat(text, beat),
      () => insertBeat(text, { beat, choice: 0 }, 'FILL IN: a line'),
      () => readBeat(text, beat),
      () => conditionFacts(text),
      () => addChoice(text, beat, { does: 'FILL IN: does', why: 'FILL IN: why', feedback: 'FILL IN: feedback' }),
      () => deleteChoice(text, beat, 0),
      () => readDetails(text),
      () => setDetail(text, ['title'], 'Another title'),
      () => setDetail(text, ['setting', 'time'], null),
      () => setField(text, ['beats', beat, 'title'], 'A new title'),
      () => setField(text, ['beats', beat, 'choices', 0, 'set'], ['one', 'two']),
      () => setField(text, ['beats', beat, 'choices', 0, 'effects', 'mood'], null),
      () => addField(text, ['beats', beat, 'patience'], { seconds: 20, level: 'routine', next: beat }),
      () => addLine(text, beat, 'More words', null),
      () => deleteLine(text, beat, 0),
      () => moveLine(text, beat, 0, 1),
      () => setLineSpeaker(text, beat, 0, 'marcus'),
      () => appendItem(text, ['beats', beat, 'lines'], 'Another line'),
      () => deleteItem(text, ['beats', beat, 'lines'], 0),
      () => setValue(text, ['title'], 'Changed'),
    ];
    for (const run of runs) run();
    expect(documentOf(text)).toBe(kept);
    expect(kept.toString()).toBe(parseDocument(text).toString());
    expect(JSON.stringify(kept.toJS())).toBe(JSON.stringify(parseDocument(text).toJS()));
  });
});
