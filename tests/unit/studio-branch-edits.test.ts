// A way's branches from the studio (src/play/studio/branchEdits.ts): a beat named becomes branches when a condition
// is given and names its beat again when the branch is taken out, byte for byte; a branch goes before the one taken
// otherwise; only the way's own lines change, and the story still loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import { addBranch, removeBranch } from '../../src/play/studio/branchEdits.ts';
import { setField } from '../../src/play/studio/fieldEdits.ts';
import { readBeat } from '../../src/play/studio/beatFields.ts';
import { applyChanges, type TextChange } from '../../src/play/studio/textEdits.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { lineDiff, realArt, realCatalogue } from './support.ts';

const pub = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');
type Branch = { when?: object; go: string };
type Raw = {
  beats: Record<string, { next?: string | Branch[]; choices?: { next: string | Branch[] }[] }>;
};
const beatsOf = (text: string) => (parse(text) as Raw).beats;
const applied = (text: string, changes: TextChange[] | null) => {
  if (!changes) throw new Error('refused');
  return applyChanges(text, changes);
};
const loads = (text: string) =>
  loadScenario('scenarios/draft.yaml', text, { catalogue: realCatalogue(), art: realArt() }).ok;

// A beat whose first choice names its next beat, and a choice id made earlier in the story to ask about.
const [beat, { choices }] = Object.entries(beatsOf(pub)).find(([, b]) => typeof b.choices?.[0]?.next === 'string')!;
const named = choices![0]!.next as string;
const asked = { chose: 'offer-fetch-now' };
const way = ['beats', beat, 'choices', 0, 'next'] as const;

describe("a way's branches from the studio", () => {
  it('turns a beat named into a branch and the beat taken otherwise, and back, byte for byte', () => {
    const branched = applied(pub, addBranch(pub, way, asked, 'walked-out'));
    expect(beatsOf(branched)[beat]!.choices![0]!.next).toEqual([{ when: asked, go: 'walked-out' }, { go: named }]);
    // Written as the game's stories write branches: the condition on one line.
    expect(lineDiff(pub, branched).added.map((l) => l.trim())).toEqual([
      'next:',
      '- when: { chose: offer-fetch-now }',
      'go: walked-out',
      `- go: ${named}`,
    ]);
    expect(loads(branched)).toBe(true);
    expect(applied(branched, removeBranch(branched, way, 0))).toBe(pub);
  });

  it('adds a branch before the one taken otherwise, and takes any one out', () => {
    const once = applied(pub, addBranch(pub, way, asked, 'walked-out'));
    const twice = applied(once, addBranch(once, way, { mood: { below: 30 } }, 'disappointed'));
    expect(beatsOf(twice)[beat]!.choices![0]!.next).toEqual([
      { when: asked, go: 'walked-out' },
      { when: { mood: { below: 30 } }, go: 'disappointed' },
      { go: named },
    ]);
    expect(loads(twice)).toBe(true);
    expect(applied(twice, removeBranch(twice, way, 1))).toBe(once);
    // The first taken out leaves two branches: still branches, as the second asks something.
    expect(beatsOf(applied(twice, removeBranch(twice, way, 0)))[beat]!.choices![0]!.next).toEqual([
      { when: { mood: { below: 30 } }, go: 'disappointed' },
      { go: named },
    ]);
  });

  it("changes a branch's beat and its condition as fields", () => {
    const branched = applied(pub, addBranch(pub, way, asked, 'walked-out'));
    const moved = applied(branched, setField(branched, [...way, 0, 'go'], 'to-the-shop'));
    const asking = applied(moved, setField(moved, [...way, 0, 'when', 'flag'], 'fetched'));
    expect(beatsOf(asking)[beat]!.choices![0]!.next).toEqual([
      { when: { ...asked, flag: 'fetched' }, go: 'to-the-shop' },
      { go: named },
    ]);
    // A condition given to the branch taken otherwise goes before its beat, as the format writes it.
    const last = applied(asking, setField(asking, [...way, 1, 'when', 'flag'], 'fetched'));
    expect(lineDiff(asking, last).added.map((l) => l.trim())).toEqual([`- when:`, 'flag: fetched', `go: ${named}`]);
  });

  it("branches a beat's Continue, among branches already written", () => {
    const [continued] = Object.entries(beatsOf(pub)).find(([, b]) => Array.isArray(b.next))!;
    const path = ['beats', continued, 'next'];
    const before = beatsOf(pub)[continued]!.next as Branch[];
    const changed = applied(pub, addBranch(pub, path, { flag: 'x' }, 'walked-out'));
    expect(beatsOf(changed)[continued]!.next).toEqual([
      ...before.slice(0, -1),
      { when: { flag: 'x' }, go: 'walked-out' },
      before.at(-1),
    ]);
  });

  it('writes a file with no line break at its end, and a branch after one that asks', () => {
    const bare = 'beats:\n  a:\n    lines: [hi]\n    next:\n      - when: { flag: x }\n        go: b';
    const changed = applied(bare, addBranch(bare, ['beats', 'a', 'next'], { flag: 'y' }, 'c'));
    expect(parse(changed).beats.a.next).toEqual([
      { when: { flag: 'x' }, go: 'b' },
      { when: { flag: 'y' }, go: 'c' },
    ]);
  });

  it('reads a way as the form shows it: a beat named, branches with their tests, or left to the text', () => {
    const branched = applied(pub, addBranch(pub, way, asked, 'walked-out'));
    expect(readBeat(pub, beat)?.choices[0]?.next).toEqual({ to: named });
    expect(readBeat(branched, beat)?.choices[0]?.next).toEqual({
      branches: [
        {
          when: { tests: [{ kind: 'chose', path: ['chose'], value: 'offer-fetch-now' }], more: false, not: null },
          go: 'walked-out',
        },
        { when: null, go: named },
      ],
    });
    const flow = 'beats:\n  a:\n    lines: [hi]\n    next: [{ go: b }]\n';
    expect(readBeat(flow, 'a')?.next).toBe('text');
    expect(readBeat('beats:\n  a:\n    lines: [hi]\n    choices: []\n', 'a')?.next).toBeNull();
  });

  it('refuses what the text cannot take in place, and the last branch', () => {
    const one = 'beats:\n  a:\n    lines: [hi]\n    next:\n      - go: b\n';
    expect(removeBranch(one, ['beats', 'a', 'next'], 0)).toBeNull();
    expect(removeBranch(one, ['beats', 'a', 'next'], 3)).toBeNull();
    const flow = 'beats:\n  a:\n    lines: [hi]\n    next: [{ go: b }]\n';
    expect(addBranch(flow, ['beats', 'a', 'next'], { flag: 'y' }, 'c')).toBeNull();
    expect(addBranch('beats:\n  a:\n    lines: [hi]\n', ['beats', 'a', 'next'], { flag: 'y' }, 'c')).toBeNull();
    expect(addBranch('beats:\n  a: {lines: [hi], next: b}\n', ['beats', 'a', 'next'], { flag: 'y' }, 'c')).toBeNull();
  });
});
