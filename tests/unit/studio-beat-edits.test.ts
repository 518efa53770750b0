// The studio's beat operations (src/play/studio/beatEdits.ts) change the story's text as an author would by hand:
// the beat's own lines and the names that point at it, every other byte as written, and the story still loads.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import type { Scenario } from '../../src/engine/runtime.ts';
import { deleteBeat, duplicateBeat, insertBeat, renameBeat, waysInto } from '../../src/play/studio/beatEdits.ts';
import { listScenarioFiles } from '../../tools/projectFiles.ts';
import { appliedEdit, realArt, realCatalogue } from './support.ts';

const applied = appliedEdit;
const load = (text: string) =>
  loadScenario('scenarios/draft.yaml', text, { catalogue: realCatalogue(), art: realArt() });
const loaded = (text: string): Scenario => {
  const result = load(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.scenario;
};
const files = listScenarioFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const pub = files.find((f) => f.file.endsWith('pub-caesar-dressing.yaml'))!.text;
type RawNext = string | { go: string }[] | undefined;
interface RawStory {
  start: string;
  beats: Record<string, { next?: RawNext; patience?: { next?: RawNext }; choices?: { next?: RawNext }[] }>;
}
const idsIn = (next: RawNext) => (next === undefined ? [] : typeof next === 'string' ? [next] : next.map((b) => b.go));
/** Every beat id a way on names, in the YAML's own data. */
const rawNamed = (story: RawStory) =>
  Object.values(story.beats).flatMap((beat) =>
    [beat.next, beat.patience?.next, ...(beat.choices ?? []).map((c) => c.next)].flatMap(idsIn),
  );
/** Every beat id a way on names, in the data as read. */
const named = (scenario: Scenario) =>
  Object.values(scenario.beats).flatMap((beat) =>
    [beat.next, beat.patience?.next, ...(beat.choices ?? []).map((c) => c.next)].flatMap((next) =>
      next === undefined ? [] : typeof next === 'string' ? [next] : next.map((b) => b.go),
    ),
  );

describe('renaming a beat', () => {
  it('renames shipped beats and every way to them, and renaming back gives the file byte for byte', () => {
    let renamed = 0;
    for (const { file, text } of files) {
      const scenario = loaded(text);
      // The start, the beat most ways lead to, and the last: a rename reads the whole file, twice here.
      const ids = Object.keys(scenario.beats);
      const counts = named(scenario).reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
      const most = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      for (const id of new Set([scenario.start, most, ids.at(-1)!])) {
        const changed = applied(text, renameBeat(text, id, 'renamed-beat'));
        const after = parse(changed) as RawStory;
        expect(Object.keys(after.beats), file).toContain('renamed-beat');
        expect(Object.keys(after.beats), file).not.toContain(id);
        expect(rawNamed(after), file).not.toContain(id);
        expect(rawNamed(after).filter((n) => n === 'renamed-beat').length, file).toBe(
          named(scenario).filter((n) => n === id).length,
        );
        expect(after.start, file).toBe(scenario.start === id ? 'renamed-beat' : scenario.start);
        expect(applied(changed, renameBeat(changed, 'renamed-beat', id)), file).toBe(text);
        // The engine reads it as the same story: checked on the start, the beat every story names most.
        if (id === scenario.start)
          expect(Object.keys(loaded(changed).beats), file).toHaveLength(Object.keys(scenario.beats).length);
        renamed++;
      }
    }
    expect(renamed).toBeGreaterThanOrEqual(2 * files.length);
    // Every shipped story read by the engine twice: seconds on a busy machine.
  }, 60_000);

  it('refuses an id the format does not allow, or one another beat has', () => {
    const [first, second] = Object.keys(loaded(pub).beats);
    expect(renameBeat(pub, first!, 'Two Words')).toEqual({ problem: 'not-an-id' });
    expect(renameBeat(pub, first!, 'x'.repeat(81))).toEqual({ problem: 'not-an-id' });
    expect(renameBeat(pub, first!, second!)).toEqual({ problem: 'taken' });
    expect(renameBeat(pub, 'no-such-beat', 'fine')).toEqual({ problem: 'no-beat' });
    expect(renameBeat('beats: [\n', first!, 'fine')).toEqual({ problem: 'unreadable' });
  });
});

describe('deleting a beat', () => {
  it('takes out its lines and the comments above it, and the check names each way that led to it', () => {
    const scenario = loaded(pub);
    const [id] = Object.keys(scenario.beats).filter((b) => b !== scenario.start && named(scenario).includes(b));
    const ways = named(scenario).filter((n) => n === id!).length;
    expect(waysInto(pub, id!)).toBe(ways);
    const changed = applied(pub, deleteBeat(pub, id!));
    expect(Object.keys((parse(changed) as { beats: object }).beats)).not.toContain(id);
    expect(changed).not.toMatch(/\n\n\n/);
    const result = load(changed);
    expect(result.ok).toBe(false);
    const missing = result.ok ? [] : result.errors.filter((e) => e.message.includes(`"${id}"`));
    expect(missing.length).toBe(ways);
  });

  it('keeps the start, which a story cannot be without', () => {
    expect(deleteBeat(pub, loaded(pub).start)).toEqual({ problem: 'start' });
  });
});

describe('duplicating a beat', () => {
  it('adds a copy just after it under a free id, its choices with free ids, and the story loads', () => {
    const scenario = loaded(pub);
    const [id, beat] = Object.entries(scenario.beats).find(([, b]) => (b.choices?.length ?? 0) > 1)!;
    const edit = duplicateBeat(pub, id);
    const changed = applied(pub, edit);
    // The copy is the one problem: nothing leads to it until the author points a way at it.
    const result = load(changed);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      `beat "${id}-2" can never be reached from the start beat "${scenario.start}"`,
    ]);
    const after = parse(changed) as { beats: Record<string, { choices: { id: string; text: string }[] }> };
    expect('select' in edit && edit.select).toBe(`${id}-2`);
    const ids = Object.keys(after.beats);
    expect(ids.indexOf(`${id}-2`)).toBe(ids.indexOf(id) + 1);
    expect(after.beats[`${id}-2`]!.choices!.map((c) => c.text)).toEqual(beat.choices!.map((c) => c.text));
    expect(after.beats[`${id}-2`]!.choices!.map((c) => c.id)).toEqual(beat.choices!.map((c) => `${c.id}-2`));
    expect(applied(changed, duplicateBeat(changed, id)).includes(`${id}-3:`)).toBe(true);
  });
});

describe('a new beat on a way on', () => {
  it('goes between a choice and where it led, so the story plays on as before', () => {
    const scenario = loaded(pub);
    const [id, beat] = Object.entries(scenario.beats).find(([, b]) => typeof b.choices?.[0]?.next === 'string')!;
    const target = beat.choices![0]!.next;
    const edit = insertBeat(pub, { beat: id, choice: 0 }, 'what happens now');
    const changed = applied(pub, edit);
    const after = loaded(changed);
    const fresh = 'select' in edit ? edit.select : '';
    expect(after.beats[id]!.choices![0]!.next).toBe(fresh);
    expect(after.beats[fresh]!.next).toBe(target);
    expect(after.beats[fresh]!.lines.map((l) => l.text)).toEqual(['FILL IN: what happens now']);
    const result = load(changed);
    expect(result.ok && result.warnings.some((w) => w.message.includes('what happens now'))).toBe(true);
  });

  it('also on a timeout and a Continue; never on a way that branches', () => {
    const scenario = loaded(pub);
    const [timed] = Object.entries(scenario.beats).find(([, b]) => typeof b.patience?.next === 'string')!;
    const after = loaded(applied(pub, insertBeat(pub, { beat: timed, patience: true }, 'x')));
    expect(after.beats[after.beats[timed]!.patience!.next as string]!.lines.map((l) => l.text)).toEqual(['FILL IN: x']);
    const text = 'beats:\n  a:\n    lines: [hi]\n    next: b\n  b:\n    lines: [bye]\n    next:\n      - go: a\n';
    const continued = parse(applied(text, insertBeat(text, { beat: 'a' }, 'x'))) as {
      beats: Record<string, { next: unknown }>;
    };
    expect(continued.beats['a']!.next).toBe('a-then');
    expect(continued.beats['a-then']!.next).toBe('b');
    expect(insertBeat(text, { beat: 'b' }, 'x')).toEqual({ problem: 'no-way' });
  });
});
