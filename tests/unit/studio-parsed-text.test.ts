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
import { conditionFacts, readBeat, type BeatFields } from '../../src/play/studio/beatFields.ts';
import { addChoice, deleteChoice } from '../../src/play/studio/choiceEdits.ts';
import { addBranch, removeBranch } from '../../src/play/studio/branchEdits.ts';
import { readDetails, setDetail, type StoryDetails } from '../../src/play/studio/detailEdits.ts';
import { addField, setField } from '../../src/play/studio/fieldEdits.ts';
import { addLine, deleteLine, moveLine, setLineSpeaker } from '../../src/play/studio/lineEdits.ts';
import { appendItem, deleteItem } from '../../src/play/studio/listEdits.ts';
import { beatBlocks, beatIdsOf, documentOf } from '../../src/play/studio/parsedText.ts';
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
      () => addBranch(text, ['beats', beat, 'choices', 0, 'next'], { flag: 'late' }, beat),
      () => removeBranch(text, ['beats', 'approval', 'choices', 3, 'next'], 0),
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
      type Outcome = readonly TextChange[] | TextChange | BeatFields | StoryDetails | string[] | null;
      const runs: ((t: string) => Outcome)[] = [
        (t) => beatIdsIn(t),
        (t) => readDetails(t),
        (t) => setDetail(t, ['title'], 'Another title'),
        (t) => setDetail(t, ['setting', 'time'], null),
        (t) => setDetail(t, ['summary'], 'Written again'),
        ...beatIdsIn(text).flatMap((id): ((t: string) => Outcome)[] => [
          (t) => readBeat(t, id),
          (t) => setField(t, ['beats', id, 'title'], 'A title'),
          (t) => setField(t, ['beats', id, 'title'], null),
          (t) => setField(t, ['beats', id, 'breakdown'], 'It breaks here.'),
          (t) => setField(t, ['beats', id, 'breakdown'], null),
          (t) => setField(t, ['beats', id, 'choices', 0, 'effects', 'mood'], 5),
          (t) => setField(t, ['beats', id, 'choices', 0, 'set'], ['one']),
          (t) => setField(t, ['beats', id, 'patience', 'seconds'], null),
          (t) => setValue(t, ['beats', id, 'choices', 0, 'text'], 'New words'),
          (t) => addField(t, ['beats', id, 'patience'], { seconds: 20, level: 'routine', next: id }),
          (t) => appendItem(t, ['beats', id, 'lines'], 'Another line'),
          (t) => deleteItem(t, ['beats', id, 'lines'], 0),
        ]),
      ];
      // Each text's runs together, so each is read once (the studio keeps the last text's readings).
      const outcomes = (t: string) =>
        runs.map((run) => {
          const out = run(t);
          const changes = Array.isArray(out) && out.every((c) => typeof c === 'object') ? (out as TextChange[]) : null;
          if (changes) return back(applyChanges(t, changes));
          if (out && typeof out === 'object' && 'insert' in out) return back(applyChanges(t, [out as TextChange]));
          return out;
        });
      expect(outcomes(text)).toEqual(outcomes(whole));
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

describe("a draft's beats found by their lines", () => {
  const text = ['format: 2', 'beats:', '  # a note', '  first:', '    title: One', '', '  second:', '    next: first'];
  const blocksOf = (lines: string[]) => {
    const found = beatBlocks(lines.join('\n'));
    return found && [...found.beats.keys()];
  };
  it('are every key at the beats’ indentation, past blank lines and comments at any indentation', () => {
    expect(blocksOf(text)).toEqual(['first', 'second']);
    expect(blocksOf(['beats:', '      # deeper than the beats', ...text.slice(3)])).toEqual(['first', 'second']);
    expect(blocksOf([...text, 'images: {}'])).toEqual(['first', 'second']);
  });
  it('are left to a whole reading where the lines could mislead: tabs, carriage returns, a key twice, a key less in', () => {
    expect(blocksOf(text.map((line) => line.replace('    title', '\ttitle')))).toBeNull();
    expect(blocksOf(text.map((line) => `${line}\r`))).toBeNull();
    expect(blocksOf([...text, '  first:', '    next: second'])).toBeNull();
    expect(blocksOf(['beats:', '    first:', '      next: a', '  second:', '    next: b'])).toBeNull();
    expect(blocksOf(['beats: {}'])).toBeNull();
  });
  it('end where the next top-level key begins, and each beat where the next one begins', () => {
    const whole = [...text, 'images: {}'].join('\n');
    const found = beatBlocks(whole)!;
    expect(whole.slice(found.from, found.to)).toBe(`${text.slice(2).join('\n')}\n`);
    expect(whole.slice(found.beats.get('first')!.from, found.beats.get('first')!.to)).toBe(
      '  first:\n    title: One\n\n',
    );
  });
});

describe('a draft that loads', () => {
  const { catalogue } = readLibrary(listScenarioFiles().slice(0, 1));
  const art = readArtManifest();
  it('gives the map before its analysis, the very map the report then carries', () => {
    const file = listScenarioFiles()[0]!;
    const text = readFileSync(file, 'utf8');
    const early: unknown[] = [];
    const report = checkDraft(basename(file), text, catalogue!, art, (loaded) => early.push(loaded.map));
    expect(report.story?.map.nodes.length).toBeGreaterThan(5);
    expect(early).toEqual([report.story?.map]);
    // One that does not load gives none.
    const broken: unknown[] = [];
    checkDraft('broken.yaml', text.replace(/^start: .*$/m, 'start: [nowhere'), catalogue!, art, (l) => broken.push(l));
    expect(broken).toEqual([]);
  });
});
