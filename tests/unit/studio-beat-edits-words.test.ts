// The studio's beat form reads a beat as written (src/play/studio/beatFields.ts) and changes its words, its ending
// and a choice's principles by the smallest edits (fieldEdits.ts, lineEdits.ts): only the lines concerned change,
// every other line of the file stays byte for byte, and the story still loads with the change in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { conditionFacts, readBeat } from '../../src/play/studio/beatFields.ts';
import { addField, setField, type FieldPath, type FieldValue } from '../../src/play/studio/fieldEdits.ts';
import { appendItem, deleteItem } from '../../src/play/studio/listEdits.ts';
import { readDetails } from '../../src/play/studio/detailEdits.ts';
import { addLine, deleteLine, moveLine, setLineSpeaker } from '../../src/play/studio/lineEdits.ts';
import { applyChanges, inSequence, type TextChange } from '../../src/play/studio/textEdits.ts';
import { loadScenario, type Scenario } from '../../src/engine/index.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { lineDiff, realArt, realCatalogue } from './support.ts';
import { beatFormTools } from '../../src/ui/studio/beatFormTools.ts';

const pub = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');

const apply = (text: string, changes: TextChange[] | null) => {
  if (!changes) throw new Error('no change');
  return applyChanges(text, changes);
};
const set = (text: string, path: FieldPath, value: FieldValue) => apply(text, setField(text, path, value));

/** The story the text loads as; a failure names its problems. */
function loaded(text: string): Scenario {
  const result = loadScenario('pub.yaml', text, { catalogue: realCatalogue(), art: realArt() });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.field}: ${e.message}`).join('\n'));
  return result.scenario;
}

describe('reading a beat for the form', () => {
  it('reads lines, speakers, faces, conditions, the breakdown and choices as written', () => {
    const kitchen = readBeat(pub, 'kitchen')!;
    expect(kitchen.title).toBe('Out of Caesar dressing');
    expect(kitchen.breakdown).toBe('The kitchen has run out of Caesar dressing.');
    expect(kitchen.lines?.length).toBe(loaded(pub).beats['kitchen']!.lines.length);
    expect(kitchen.lines?.some((l) => l.conditional)).toBe(true);
    const arrival = readBeat(pub, 'arrival')!;
    expect(arrival.lines?.map((l) => l.speaker)).toEqual([null, null, 'ruth', 'tom']);
    expect(arrival.lines?.[2]?.textPath).toEqual(['beats', 'arrival', 'lines', 2, 'ruth']);
    expect(arrival.choices[0]).toMatchObject({
      harm: null,
      upholds: [{ principle: 'listen-to-the-story', reason: expect.stringContaining('real interest') }],
      breaks: [],
    });
    const ending = Object.entries(loaded(pub).beats).find(([, beat]) => beat.ending)!;
    expect(readBeat(pub, ending[0])?.ending?.core).toBe(ending[1].ending!.core);
    expect(readBeat(pub, 'no-such-beat')).toBeNull();
    expect(readBeat('beats: [unclosed', 'arrival')).toBeNull();
  });
});

describe('fields of a beat, an ending and a choice', () => {
  it('adds a breakdown after the title, replaces it in place, and takes it out with its line', () => {
    const added = set(pub, ['beats', 'arrival', 'breakdown'], 'The couple cannot agree on a table.');
    expect(lineDiff(pub, added)).toEqual({
      added: ['    breakdown: The couple cannot agree on a table.'],
      removed: [],
    });
    expect(added.split('\n').indexOf('    breakdown: The couple cannot agree on a table.')).toBe(
      added.split('\n').indexOf('    title: "Ruth orders the Caesar"') + 1,
    );
    expect(loaded(added).beats['arrival']!.breakdown).toBe('The couple cannot agree on a table.');
    expect(set(added, ['beats', 'arrival', 'breakdown'], null)).toBe(pub);
  });

  it("writes a choice's first principle with the map it needs, and takes the map out with its last", () => {
    const path = ['beats', 'arrival', 'choices', 0, 'breaks', 'core-service-first'];
    const added = set(pub, path, 'Chatting first keeps the order waiting.');
    expect(lineDiff(pub, added).added).toEqual([
      '        breaks:',
      '          core-service-first: Chatting first keeps the order waiting.',
    ]);
    expect(loaded(added).beats['arrival']!.choices![0]!.breaks).toEqual({
      'core-service-first': 'Chatting first keeps the order waiting.',
    });
    expect(set(added, path, null)).toBe(pub);
    // Moving a principle from one list to the other is one change, one step of undo.
    const moved = inSequence(pub, [
      (t) => setField(t, ['beats', 'arrival', 'choices', 0, 'upholds', 'listen-to-the-story'], null),
      (t) => setField(t, ['beats', 'arrival', 'choices', 0, 'breaks', 'listen-to-the-story'], 'Too long a chat.'),
    ]);
    expect(moved).toHaveLength(1);
    const choice = loaded(apply(pub, moved)).beats['arrival']!.choices![0]!;
    expect(choice.upholds).toBeUndefined();
    expect(choice.breaks).toEqual({ 'listen-to-the-story': 'Too long a chat.' });
  });

  it('writes a time limit as one change, its fields in the format order, and takes it out whole', () => {
    const at = (field: string) => ['beats', 'arrival', 'patience', field];
    const added = apply(
      pub,
      inSequence(pub, [
        (t) => setField(t, at('seconds'), 20),
        (t) => setField(t, at('next'), 'kitchen'),
        (t) => setField(t, [...at('breaks'), 'customers-side'], 'Leaving her waiting.'),
      ]),
    );
    expect(lineDiff(pub, added).added).toEqual([
      '    patience:',
      '      seconds: 20',
      '      breaks:',
      '        customers-side: Leaving her waiting.',
      '      next: kitchen',
    ]);
    expect(loaded(added).beats['arrival']!.patience).toMatchObject({ seconds: 20, next: 'kitchen', level: 'harmful' });
    expect(readBeat(added, 'arrival')?.patience).toMatchObject({ seconds: '20', next: { to: 'kitchen' }, level: null });
    expect(set(added, ['beats', 'arrival', 'patience'], null)).toBe(pub);
  });

  it('changes, adds and takes out effects written on one line, and writes flags as a list on one line', () => {
    const effects = (field: string) => ['beats', 'arrival', 'choices', 0, 'effects', field];
    const line = (text: string) => text.split('\n').find((l) => l.includes('effects:'))!;
    expect(line(set(pub, effects('mood'), 10))).toBe('        effects: { mood: 10, minutes: 2 }');
    expect(line(set(pub, effects('cost'), 3.5))).toBe('        effects: { mood: 5, minutes: 2, cost: 3.5 }');
    expect(line(set(pub, effects('mood'), null))).toBe('        effects: { minutes: 2 }');
    expect(line(set(pub, effects('minutes'), null))).toBe('        effects: { mood: 5 }');
    expect(loaded(set(pub, effects('cost'), 3.5)).beats['arrival']!.choices![0]!.effects).toEqual({
      mood: 5,
      minutes: 2,
      cost: 3.5,
    });
    // The last effect out takes the map with it: an empty one is not one the format takes.
    const noMinutes = set(pub, ['beats', 'arrival', 'choices', 1, 'effects', 'minutes'], null);
    expect(lineDiff(pub, noMinutes)).toEqual({ added: [], removed: ['        effects: { minutes: 1 }'] });

    const flags = ['beats', 'arrival', 'choices', 0, 'set'];
    const twice = set(pub, flags, ['heard-story', 'asked twice']);
    expect(lineDiff(pub, twice).added).toEqual(['        set: [heard-story, "asked twice"]']);
    expect(readBeat(set(pub, flags, ['heard-story', 'chatted']), 'arrival')?.choices[0]?.flags).toEqual([
      'heard-story',
      'chatted',
    ]);
    expect(lineDiff(pub, set(pub, flags, null))).toEqual({ added: [], removed: ['        set: [heard-story]'] });
    const first = set(pub, ['beats', 'arrival', 'choices', 1, 'set'], ['quick']);
    expect(lineDiff(pub, first).added).toEqual(['        set: [quick]']);
    expect(loaded(first).beats['arrival']!.choices![1]!.set).toEqual(['quick']);
  });

  it("gives a spoken line a face on the line's own indentation", () => {
    const faced = set(pub, ['beats', 'arrival', 'lines', 2, 'face'], 'worried');
    expect(lineDiff(pub, faced).added).toEqual(['        face: worried']);
    expect(loaded(faced).beats['arrival']!.lines[2]).toMatchObject({ speaker: 'ruth', face: 'worried' });
    // Narration written as plain text has no fields to add to.
    expect(setField(pub, ['beats', 'arrival', 'lines', 0, 'face'], 'worried')).toBeNull();
  });
});

describe("a beat's lines", () => {
  it('changes who says a line, narration and back, keeping the words', () => {
    const said = apply(pub, setLineSpeaker(pub, 'arrival', 0, 'tom'));
    expect(lineDiff(pub, said).added).toEqual([
      `      - tom: "Friday evening at the Tinker's Lantern. Half the tables are empty and the fire is doing most of the talking."`,
    ]);
    expect(loaded(said).beats['arrival']!.lines[0]!.speaker).toBe('tom');
    expect(apply(said, setLineSpeaker(said, 'arrival', 0, null))).toBe(pub);
    const block = 'beats:\n  a:\n    lines:\n      - |\n        Two\n        lines\n';
    // A block of text as narration is written again as one quoted line when it gains a speaker.
    expect(parse(apply(block, setLineSpeaker(block, 'a', 0, 'tom')))).toEqual({
      beats: { a: { lines: [{ tom: 'Two\nlines\n' }] } },
    });
    const you = apply(pub, setLineSpeaker(pub, 'arrival', 2, 'you'));
    expect(loaded(you).beats['arrival']!.lines[2]!.speaker).toBe('you');
  });

  it("changes a line's words where they stand, narration and spoken alike", () => {
    const narration = set(pub, ['beats', 'arrival', 'lines', 0], 'A quiet Friday.');
    expect(lineDiff(pub, narration)).toEqual({
      added: ['      - A quiet Friday.'],
      removed: [
        `      - "Friday evening at the Tinker's Lantern. Half the tables are empty and the fire is doing most of the talking."`,
      ],
    });
    const spoken = set(pub, ['beats', 'arrival', 'lines', 2, 'ruth'], 'The Caesar, please.');
    expect(loaded(spoken).beats['arrival']!.lines[2]).toMatchObject({ speaker: 'ruth', text: 'The Caesar, please.' });
    expect(setField(pub, ['beats', 'arrival', 'lines', 0], null)).toBeNull();
  });

  it('adds a line after the last, deletes one, and moves one without touching another line', () => {
    const added = apply(pub, addLine(pub, 'arrival', 'FILL IN: what Ruth says', 'ruth'));
    expect(lineDiff(pub, added)).toEqual({ added: ['      - ruth: "FILL IN: what Ruth says"'], removed: [] });
    expect(loaded(added).beats['arrival']!.lines).toHaveLength(5);
    expect(apply(added, deleteLine(added, 'arrival', 4))).toBe(pub);
    const moved = apply(pub, moveLine(pub, 'arrival', 3, -1));
    expect(loaded(moved).beats['arrival']!.lines.map((l) => l.speaker)).toEqual([null, null, 'tom', 'ruth']);
    expect(apply(moved, moveLine(moved, 'arrival', 2, 1))).toBe(pub);
    expect(moveLine(pub, 'arrival', 0, -1)).toBeNull();
    const single = 'beats:\n  a:\n    lines:\n      - Only line\n';
    expect(deleteLine(single, 'a', 0)).toBeNull();
  });

  it('moves the last line of a file that ends without a line break', () => {
    const text = 'beats:\n  a:\n    lines:\n      - one\n      - two';
    expect(apply(text, moveLine(text, 'a', 1, -1))).toBe('beats:\n  a:\n    lines:\n      - two\n      - one');
  });
});

describe('variations', () => {
  it('reads them, adds one with its outcomes where the format puts it, adds and takes out an outcome, and takes one out', () => {
    expect(readDetails(pub)?.variations).toEqual([
      {
        id: 'shop-shelf',
        outcomes: [
          { id: 'has-dressing', weight: '3', about: expect.stringContaining('Greengage') },
          { id: 'sold-out', weight: '1', about: expect.stringContaining('sold out') },
        ],
      },
    ]);
    const added = apply(pub, addField(pub, ['variations', 'weather'], [{ id: 'dry' }, { id: 'wet', weight: 2 }]));
    expect(lineDiff(pub, added).added).toEqual(['  weather:', '    - id: dry', '    - id: wet', '      weight: 2']);
    expect(loaded(added).variations?.['weather']).toEqual([
      { id: 'dry', weight: 1 },
      { id: 'wet', weight: 2 },
    ]);
    expect(addField(added, ['variations', 'weather'], [{ id: 'again' }])).toBeNull();
    const third = apply(pub, appendItem(pub, ['variations', 'shop-shelf'], { id: 'half-empty' }));
    expect(lineDiff(pub, third).added).toEqual(['    - id: half-empty']);
    expect(apply(third, deleteItem(third, ['variations', 'shop-shelf'], 2, 2))).toBe(pub);
    expect(deleteItem(pub, ['variations', 'shop-shelf'], 0, 2)).toBeNull();
    // The last variation out takes `variations:` with it.
    const none = set(pub, ['variations', 'shop-shelf'], null);
    expect(none).not.toContain('variations:');
    expect(readDetails(none)?.variations).toEqual([]);
    expect(lineDiff(pub, none).added).toEqual([]);
    // A story without variations gets the map, after the fields the format puts before it.
    const bare = none;
    const first = apply(bare, addField(bare, ['variations', 'weather'], [{ id: 'dry' }, { id: 'wet' }]));
    expect(first.indexOf('variations:')).toBeGreaterThan(first.indexOf('currency:'));
    expect(first.indexOf('variations:')).toBeLessThan(first.indexOf('start:'));
  });
});

describe('when a choice is offered', () => {
  it('writes simple tests into its `when:`, reads them back in the form, and takes the map out with the last', () => {
    const when = (...path: (string | number)[]) => ['beats', 'arrival', 'choices', 1, 'when', ...path];
    const once = set(pub, when('mood', 'below'), 40);
    expect(lineDiff(pub, once).added).toEqual(['        when:', '          mood:', '            below: 40']);
    const twice = set(set(once, when('variation', 'shop-shelf'), 'sold-out'), when('flag'), 'heard-story');
    expect(loaded(twice).beats['arrival']!.choices![1]!.when).toEqual({
      mood: { below: 40 },
      variation: { 'shop-shelf': 'sold-out' },
      flag: 'heard-story',
    });
    expect(readBeat(twice, 'arrival')?.choices[1]?.when).toEqual({
      tests: [
        { kind: 'mood-below', path: ['mood', 'below'], value: '40' },
        { kind: 'variation', path: ['variation', 'shop-shelf'], value: 'sold-out' },
        { kind: 'flag', path: ['flag'], value: 'heard-story' },
      ],
      more: false,
      not: null,
    });
    const back = [when('flag'), when('variation', 'shop-shelf'), when('mood', 'below')].reduce(
      (text, path) => set(text, path, null),
      twice,
    );
    expect(back).toBe(pub);
    // `any` is left to the text.
    expect(readBeat(set(pub, when('any'), 'x'), 'arrival')?.choices[1]?.when?.more).toBe(true);
  });

  it('writes its exception (`not:`) the same way, reads it back as a condition of its own, and takes it out', () => {
    const when = (...path: (string | number)[]) => ['beats', 'arrival', 'choices', 1, 'when', ...path];
    const unless = set(set(pub, when('not', 'chose'), 'chat-first'), when('not', 'mood', 'below'), 30);
    expect(lineDiff(pub, unless).added.map((l) => l.trim())).toEqual([
      'when:',
      'not:',
      'chose: chat-first',
      'mood:',
      'below: 30',
    ]);
    const both = set(unless, when('flag'), 'heard-story');
    expect(loaded(both).beats['arrival']!.choices![1]!.when).toEqual({
      not: { chose: 'chat-first', mood: { below: 30 } },
      flag: 'heard-story',
    });
    expect(readBeat(both, 'arrival')?.choices[1]?.when).toEqual({
      tests: [{ kind: 'flag', path: ['flag'], value: 'heard-story' }],
      more: false,
      not: {
        tests: [
          { kind: 'chose', path: ['chose'], value: 'chat-first' },
          { kind: 'mood-below', path: ['mood', 'below'], value: '30' },
        ],
        more: false,
        not: null,
      },
    });
    const back = [when('flag'), when('not', 'chose'), when('not', 'mood', 'below')].reduce(
      (text, path) => set(text, path, null),
      both,
    );
    expect(back).toBe(pub);
  });

  it("lists what a condition can ask about: the story's choices, the flags they set, its variations' outcomes", () => {
    const facts = conditionFacts(pub);
    expect(facts.choices).toContain('chat-first');
    expect(facts.flags).toContain('heard-story');
    expect(facts.variations).toEqual([{ id: 'shop-shelf', outcomes: ['has-dressing', 'sold-out'] }]);
  });
});

describe('a condition on a line, from the beat form', () => {
  it('turns a plain line of narration into `narrator: …` with its `when:`, in one edit the checker reads', () => {
    let text = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');
    const tools = beatFormTools(
      { text: () => text, apply: (changes) => (text = applyChanges(text, ([] as TextChange[]).concat(changes))) },
      realCatalogue().principles,
    );
    const said = tools.lineCondition(
      'arrival',
      1,
      ['beats', 'arrival', 'lines', 1, 'when', 'variation', 'shop-shelf'],
      'sold-out',
    );
    expect(said).toBeNull();
    expect(text).toContain(
      '      - narrator: "A couple settle at the window table. You bring menus; they hardly glance at them."\n        when:\n          variation:\n            shop-shelf: sold-out\n',
    );
    const line = readBeat(text, 'arrival')?.lines?.[1];
    expect(line?.when?.tests).toEqual([
      expect.objectContaining({ kind: 'variation', path: ['variation', 'shop-shelf'], value: 'sold-out' }),
    ]);
    const loaded = loadScenario('scenarios/pub-caesar-dressing.yaml', text, {
      catalogue: realCatalogue(),
      art: realArt(),
    });
    expect(loaded.ok && loaded.scenario.beats['arrival']?.lines[1]).toMatchObject({
      speaker: null,
      when: { variation: { 'shop-shelf': 'sold-out' } },
    });
    // Taken out again: the line keeps its `narrator:`, and says it always.
    expect(tools.set(['beats', 'arrival', 'lines', 1, 'when', 'variation', 'shop-shelf'], null)).toBeNull();
    expect(readBeat(text, 'arrival')?.lines?.[1]?.when).toBeNull();
  });
});
