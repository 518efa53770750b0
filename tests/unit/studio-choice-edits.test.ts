// The studio's choice operations (src/play/studio/choiceEdits.ts): a choice added or taken out changes its own
// lines only, and the story still loads, the new choice's notes listed for the author.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import { addChoice, deleteChoice } from '../../src/play/studio/choiceEdits.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { appliedEdit, realArt, realCatalogue } from './support.ts';

const applied = appliedEdit;
const load = (text: string) =>
  loadScenario('scenarios/draft.yaml', text, { catalogue: realCatalogue(), art: realArt() });
const pub = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');
type Raw = { beats: Record<string, { choices?: { id: string; text: string; level: string; next: unknown }[] }> };
const data = parse(pub) as Raw;
const [beat, { choices }] = Object.entries(data.beats).find(([, b]) => (b.choices?.length ?? 0) >= 2)!;
const words = { does: 'what the trainee does', why: 'why it matters', feedback: 'what the debrief says' };

describe('choices from the studio', () => {
  it('adds a routine choice after the last, leading where it leads, with notes for the author', () => {
    const changed = applied(pub, addChoice(pub, beat, words));
    const after = parse(changed) as Raw;
    const added = after.beats[beat]!.choices!.at(-1)!;
    expect(after.beats[beat]!.choices!.slice(0, -1)).toEqual(choices);
    expect(added).toMatchObject({ id: `${beat}-choice`, text: 'FILL IN: what the trainee does', level: 'routine' });
    expect(added.next).toEqual(choices!.at(-1)!.next);
    // Seven lines more (id, text, level, upholds and its reason, feedback, next), and with them taken out the file is as it was.
    const edit = addChoice(pub, beat, words);
    if ('problem' in edit) throw new Error(edit.problem);
    const { from, insert } = edit.changes[0]!;
    expect(insert.split('\n').filter(Boolean)).toHaveLength(7);
    expect(changed.slice(0, from) + changed.slice(from + insert.length)).toBe(pub);
    const result = load(changed);
    expect(result.ok ? result.warnings.map((w) => w.message).join('\n') : 'did not load').toContain(
      'what the trainee does',
    );
  });

  it('takes a choice out, its lines only, and keeps the last one', () => {
    const changed = applied(pub, deleteChoice(pub, beat, 0));
    expect((parse(changed) as Raw).beats[beat]!.choices).toEqual(choices!.slice(1));
    expect(pub.length - changed.length).toBeGreaterThan(choices![0]!.text.length);
    const one =
      'beats:\n  a:\n    lines: [hi]\n    choices:\n      - id: x\n        text: X\n        level: routine\n        next: a\n';
    expect(deleteChoice(one, 'a', 0)).toEqual({ problem: 'last-choice' });
    expect(addChoice('beats:\n  a:\n    lines: [hi]\n    next: a\n', 'a', words)).toEqual({ problem: 'no-choices' });
    expect(addChoice(one, 'b', words)).toEqual({ problem: 'no-beat' });
  });

  it('refuses a seventh choice', () => {
    let text = pub;
    while ((parse(text) as Raw).beats[beat]!.choices!.length < 6) text = applied(text, addChoice(text, beat, words));
    expect(addChoice(text, beat, words)).toEqual({ problem: 'full' });
  });
});
