// The studio's forms change the story's text by the smallest edit (src/play/studio/textEdits.ts): the value
// and nothing else, so comments, order and quoting elsewhere survive byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setValue, type TextChange } from '../../src/play/studio/textEdits.ts';
import { projectRoot } from '../../tools/projectFiles.ts';

const apply = (text: string, change: TextChange | null) => {
  if (!change) throw new Error('no change');
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
};
const pub = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');

describe('edits from the studio forms', () => {
  it('changes one value and leaves every other byte as written', () => {
    const data = parse(pub) as {
      start: string;
      beats: Record<string, { choices?: { level: string; text: string }[] }>;
    };
    const [beat, { choices }] = Object.entries(data.beats).find(([, b]) => (b.choices?.length ?? 0) > 1)!;
    const path = ['beats', beat, 'choices', 1, 'level'];
    const changed = apply(pub, setValue(pub, path, 'heroic'));
    const after = parse(changed) as typeof data;
    expect(after.beats[beat]!.choices![1]!.level).toBe('heroic');
    // The rest of the data is as it was, and so is the text around the value.
    after.beats[beat]!.choices![1]!.level = choices![1]!.level;
    expect(after).toEqual(data);
    const change = setValue(pub, path, 'heroic')!;
    expect(changed.slice(0, change.from)).toBe(pub.slice(0, change.from));
    expect(changed.slice(change.from + 'heroic'.length)).toBe(pub.slice(change.to));
  });

  it('writes a text so it reads back the same, quoted where YAML needs it', () => {
    const text = 'beats:\n  hello:\n    choices:\n      - text: Ask Sam # a comment\n        level: good\n';
    for (const value of ['Say: "no"', '# not a comment', 'yes', '12', 'Two\nlines', 'Plain words']) {
      const changed = apply(text, setValue(text, ['beats', 'hello', 'choices', 0, 'text'], value));
      expect(
        (parse(changed) as { beats: { hello: { choices: { text: string }[] } } }).beats.hello.choices[0]!.text,
      ).toBe(value);
      expect(changed).toContain('# a comment');
    }
  });

  it('makes no change where the value is not in the text, or the text does not read', () => {
    expect(setValue('beats: {}\n', ['beats', 'hello', 'title'], 'Hi')).toBeNull();
    expect(setValue('beats: [\n', ['beats'], 'x')).toBeNull();
  });
});
