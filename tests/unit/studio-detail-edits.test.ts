// The studio's details form changes the story's text by the smallest edit (src/play/studio/detailEdits.ts): a value
// replaced in place, a missing field added on its own line beside the fields before it, an optional one cleared
// taking its line with it; every other line of the file stays byte for byte, and the story still loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citeSource, readDetails, setDetail, type DetailPath } from '../../src/play/studio/detailEdits.ts';
import { applyChanges, type TextChange } from '../../src/play/studio/textEdits.ts';
import { loadScenario } from '../../src/engine/index.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { lineDiff, realArt, realCatalogue } from './support.ts';

const pub = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');
const apply = (text: string, changes: TextChange[] | null) => {
  if (!changes) throw new Error('no change');
  return applyChanges(text, changes);
};
const set = (text: string, path: DetailPath, value: string | number | null) =>
  apply(text, setDetail(text, path, value));
const loads = (text: string) => {
  const result = loadScenario('pub.yaml', text, { catalogue: realCatalogue(), art: realArt() });
  return result.ok ? result.scenario : result.errors.map((e) => `${e.line}: ${e.field}: ${e.message}`);
};

describe('the details form', () => {
  it('reads the details as written, without the defaults, with the cast by name', () => {
    const details = readDetails(pub)!;
    const data = parse(pub) as { title: string; setting: { place: string }; cast: Record<string, { name: string }> };
    expect(details.values['title']).toBe(data.title);
    expect(details.values['setting.place']).toBe(data.setting.place);
    expect(details.cast.map((c) => c.name)).toEqual(Object.values(data.cast).map((c) => c.name));
    expect(readDetails('title: [unclosed')).toBeNull();
  });

  it('replaces a value in place, a number as a number, and changes no other line', () => {
    const renamed = set(pub, ['title'], 'The dressing that ran out: a test');
    expect(lineDiff(pub, renamed).removed).toHaveLength(1);
    expect(lineDiff(pub, renamed).added).toEqual(['title: "The dressing that ran out: a test"']);
    const calmer = set(renamed, ['mood'], 45);
    const scenario = loads(calmer);
    if (Array.isArray(scenario)) throw new Error(scenario.join('\n'));
    expect(scenario.title).toBe('The dressing that ran out: a test');
    expect(scenario.mood).toBe(45);
  });

  it('clears an optional field with its line, and adds a missing one on its own line after the fields before it', () => {
    const paths = [['industry'], ['minutes'], ['setting', 'time']] as const;
    let bare = pub;
    for (const path of paths) {
      const cleared = set(bare, path, null);
      expect(lineDiff(bare, cleared), path.join('.')).toMatchObject({ added: [] });
      expect(lineDiff(bare, cleared).removed, path.join('.')).toHaveLength(1);
      bare = cleared;
    }
    expect(Array.isArray(loads(bare))).toBe(false);
    for (const path of paths) {
      expect(readDetails(bare)!.values[path.join('.')]).toBeUndefined();
      const value = path[0] === 'minutes' ? 7 : 'A test value';
      const added = set(bare, path, value);
      const { added: lines, removed } = lineDiff(bare, added);
      expect(removed, path.join('.')).toEqual([]);
      expect(lines, path.join('.')).toEqual([`${path.length === 2 ? '  ' : ''}${path.at(-1)}: ${value}`]);
      const scenario = loads(added);
      if (Array.isArray(scenario)) throw new Error(scenario.join('\n'));
      expect(readDetails(added)!.values[path.join('.')]).toBe(value);
      expect(set(added, path, null), `${path.join('.')} cleared again`).toBe(bare);
    }
    // Where they go: as the format orders them, after the fields before them (industry after role, time after backdrop).
    const lines = set(set(bare, ['industry'], 'hospitality'), ['setting', 'time'], 'Noon').split('\n');
    expect(lines[lines.findIndex((l) => l.startsWith('role:')) + 1]).toBe('industry: hospitality');
    expect(lines[lines.findIndex((l) => l.startsWith('  backdrop:')) + 1]).toBe('  time: Noon');
  });

  it('writes a missing map with its field, and adds to a map written on one line on that line', () => {
    const oneLine = 'title: A\nsetting: { place: Here, backdrop: pub }\n';
    expect(apply(oneLine, setDetail(oneLine, ['setting', 'time'], 'Noon'))).toBe(
      'title: A\nsetting: { place: Here, backdrop: pub, time: Noon }\n',
    );
    const added = setDetail('title: A\nbeats: {}\n', ['setting', 'place'], 'Here');
    expect(added && apply('title: A\nbeats: {}\n', added)).toBe('title: A\nsetting:\n  place: Here\nbeats: {}\n');
    expect(setDetail('title: [unclosed', ['title'], 'B')).toBeNull();
    expect(setDetail('title: A\n', ['industry'], null)).toEqual([]);
  });
});

describe('the articles a story draws on', () => {
  const written = (parse(pub) as { sources: string[] }).sources;
  const articles = realCatalogue().articles.map((a) => a.file);
  const cite = (text: string, file: string, cited: boolean) => {
    const changes = citeSource(text, file, cited);
    if (changes === 'last') throw new Error('refused as the last');
    return apply(text, changes);
  };

  it('reads them as written, and nothing it cannot follow', () => {
    expect(readDetails(pub)!.sources).toEqual(written);
    expect(readDetails('title: A\n')!.sources).toEqual([]);
    expect(readDetails('title: A\nsources: [{ file: x }]\n')!.sources).toBeNull();
    expect(readDetails('title: A\nsources: 000_c3e8adf0cbd3a5b1.txt\n')!.sources).toBeNull();
    expect(citeSource('title: A\nsources: [{ file: x }]\n', '000_c3e8adf0cbd3a5b1.txt', true)).toBeNull();
  });

  it('adds one at the end of the sources line, the story still loading, every other line as it was', () => {
    const other = articles.find((file) => !written.includes(file))!;
    const more = cite(pub, other, true);
    const { added, removed } = lineDiff(pub, more);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([`sources: [${[...written, other].join(', ')}]`]);
    const scenario = loads(more);
    if (Array.isArray(scenario)) throw new Error(scenario.join('\n'));
    expect(scenario.sources).toEqual([...written, other]);
    expect(cite(more, other, false)).toBe(pub);
    // Cited already: the text stays as it is.
    expect(cite(pub, written[0]!, true)).toBe(pub);
  });

  it('changes a list written an item a line, and adds the field where the format puts it', () => {
    const block =
      'title: A\nsummary: B\nsources:\n  - 000_c3e8adf0cbd3a5b1.txt\n  - 001_7ed9bb294000e212.txt\nrole: C\n';
    expect(cite(block, '000_c3e8adf0cbd3a5b1.txt', false)).toBe(
      'title: A\nsummary: B\nsources: [001_7ed9bb294000e212.txt]\nrole: C\n',
    );
    const none = 'title: A\nsummary: B\nrole: C\n';
    expect(cite(none, '002_ceafc355a4a27d16.txt', true)).toBe(
      'title: A\nsummary: B\nsources: [002_ceafc355a4a27d16.txt]\nrole: C\n',
    );
  });

  it('quotes an item YAML would read as something else than its text, and no other', () => {
    const items = ['1e5', 'true', 'Null', '0x1F', '12', 'notes.txt', '000_c3e8adf0cbd3a5b1.txt', 'two words'];
    const text = items.reduce((t, item) => cite(t, item, true), 'sources: [x]\n');
    expect((parse(text) as { sources: unknown }).sources).toEqual(['x', ...items]);
    expect(text).toBe(
      'sources: [x, "1e5", "true", "Null", "0x1F", "12", notes.txt, 000_c3e8adf0cbd3a5b1.txt, "two words"]\n',
    );
  });

  it('refuses to leave a story citing nothing', () => {
    expect(citeSource('sources: [000_c3e8adf0cbd3a5b1.txt]\n', '000_c3e8adf0cbd3a5b1.txt', false)).toBe('last');
  });
});
