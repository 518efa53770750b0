// The studio keeps one parsed Document of the draft's text (src/play/studio/parsedText.ts) and every reader and edit
// shares it: this runs each of them over a shipped story and finds the kept Document still the text's, which it
// would not be if any of them changed it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { listScenarioFiles, readArtManifest, readLibrary } from '../../tools/projectFiles.ts';
import { checkDraft } from '../../src/play/studio/draftCheck.ts';
import { parseYamlSource } from '../../src/engine/yamlSource.ts';
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
import { beatIdsOf, documentOf } from '../../src/play/studio/parsedText.ts';
import { applyChanges, setValue, type TextChange } from '../../src/play/studio/textEdits.ts';
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

// A reading of one beat (or of the details) parses the text with every other beat blanked out. The same story with
// `"beats":` for `beats:` is the same YAML, but its beats cannot be found by their lines, so it is read whole: every
// reading and edit must come out the same on both (the edits' texts compared with the quotes taken back out).
describe('a reading of one part of a draft', () => {
  const QUOTED = '"beats":';
  const wholeOf = (text: string) => text.replace(/^beats:/m, QUOTED);
  const back = (text: string) => text.replace(QUOTED, 'beats:');

  for (const file of listScenarioFiles()) {
    it(`reads and edits each beat and the details of ${basename(file)} as a reading of the whole text does`, () => {
      const text = readFileSync(file, 'utf8');
      const whole = wholeOf(text);
      // The story's beats are found by their lines (so the parts are what is read), the quoted one's are not.
      expect([beatIdsOf(text)?.length, beatIdsOf(whole)]).toEqual([Object.keys(parse(text).beats).length, null]);
      expect(beatIdsIn(text)).toEqual(beatIdsIn(whole));
      expect(readDetails(text)).toEqual(readDetails(whole));
      const same = (edit: (t: string) => readonly TextChange[] | TextChange | null) => {
        const part = edit(text);
        const all = edit(whole);
        const applied = (t: string, c: readonly TextChange[] | TextChange | null) =>
          c === null ? null : applyChanges(t, Array.isArray(c) ? c : [c as TextChange]);
        expect(applied(text, part)).toBe(((t) => (t === null ? null : back(t)))(applied(whole, all)));
      };
      same((t) => setDetail(t, ['title'], 'Another title'));
      same((t) => setDetail(t, ['setting', 'time'], null));
      same((t) => setDetail(t, ['summary'], 'Written again'));
      for (const id of beatIdsIn(text)) {
        expect(readBeat(text, id)).toEqual(readBeat(whole, id));
        same((t) => setField(t, ['beats', id, 'title'], 'A title'));
        same((t) => setField(t, ['beats', id, 'title'], null));
        same((t) => setField(t, ['beats', id, 'breakdown'], 'It breaks here.'));
        same((t) => setField(t, ['beats', id, 'breakdown'], null));
        same((t) => setField(t, ['beats', id, 'choices', 0, 'effects', 'mood'], 5));
        same((t) => setField(t, ['beats', id, 'choices', 0, 'set'], ['one']));
        same((t) => setField(t, ['beats', id, 'patience', 'seconds'], null));
        same((t) => setValue(t, ['beats', id, 'choices', 0, 'text'], 'New words'));
        same((t) => addField(t, ['beats', id, 'patience'], { seconds: 20, level: 'routine', next: id }));
        same((t) => appendItem(t, ['beats', id, 'lines'], 'Another line'));
        same((t) => deleteItem(t, ['beats', id, 'lines'], 0));
      }
    });
  }
});

describe("the check's lines of the beats", () => {
  const { catalogue } = readLibrary(listScenarioFiles().slice(0, 1));
  const art = readArtManifest();
  it('are found by their lines at the lines a reading of the text places their ids on, in every shipped story', () => {
    for (const file of listScenarioFiles()) {
      const text = readFileSync(file, 'utf8');
      const lines = checkDraft(basename(file), text, catalogue!, art).story?.beatLines;
      const parsed = parseYamlSource(basename(file), text);
      if (!parsed.ok || !lines) throw new Error(`${file} did not load`);
      const ids = Object.keys(lines);
      expect(ids.length).toBeGreaterThan(5);
      expect(beatIdsOf(text)).toEqual(ids);
      for (const id of ids)
        expect([id, lines[id]]).toEqual([id, parsed.source.locate(['beats', id], { key: true }).line]);
    }
  });
});
