// Regression tests for the hostile and broken files the fuzzer (fuzz-loader.test.ts)
// and its probes turned up: each input once crashed, hung, aborted the process or
// blew the heap, or was accepted or described wrongly. Now each is refused in plain words, at its place.
import { describe, expect, it } from 'vitest';
import { openProgressStore, PROGRESS_KEY, type StorageLike } from '../../src/play/progress/progressStore.ts';
import { describeProgressFile } from '../../src/play/progress/describeProgressFile.ts';
import { loadCatalogue, loadLibrary, loadScenario, loadTrack, type ScenarioResult } from '../../src/engine/index.ts';
import { readProjectFile, realArt, realCatalogue } from './support.ts';

const bakery = readProjectFile('tests/fixtures/bakery-mini.yaml');
const beforeBeats = bakery.slice(0, bakery.indexOf('beats:'));
const load = (text: string): ScenarioResult =>
  loadScenario('hostile.yaml', text, { catalogue: realCatalogue(), art: realArt() });
const errorsOf = (text: string) => {
  const result = load(text);
  return result.ok ? [] : result.errors;
};
/** 1-based line and column of the first occurrence of `needle` in `text`. */
const placeOf = (text: string, needle: string) => {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
};
const oneBeat = (next: string) => `${beforeBeats}beats:\n  hello:\n    lines: [Hello.]\n    next: ${next}\n`;

describe('aliases', () => {
  it('refuses an alias inside the anchor it repeats, at the alias (it used to recurse until the stack overflowed: RangeError)', () => {
    const text = oneBeat('[{when: &c {not: *c}, go: hello}]');

    const errors = errorsOf(text);

    expect(errors).toEqual([
      {
        file: 'hostile.yaml',
        ...placeOf(text, '*c'),
        field: 'beats › hello › next › #1 › when › not',
        message: expect.stringMatching(/YAML alias \(\*name\) repeats a list or group that contains it/),
      },
    ]);
  });

  it('names an alias with no anchor, at its place (it used to be called "too many aliases", at 1:1)', () => {
    const text = `${beforeBeats}beats: *nope\n`;

    expect(errorsOf(text)).toEqual([
      {
        file: 'hostile.yaml',
        ...placeOf(text, '*nope'),
        field: '',
        message: 'the alias *nope has no anchor &nope before it to repeat',
      },
    ]);
  });

  it('refuses one big anchor repeated a few times before the schema walks every copy (it used to exhaust the heap)', () => {
    const list = `&big [${Array.from({ length: 5_000 }, (_, i) => i).join(', ')}]`;
    const uses = Array.from(
      { length: 30 },
      (_, i) => `  b${i}:\n    lines: *big\n    ending: {title: T, core: delivered}\n`,
    ).join('');

    const errors = errorsOf(`${beforeBeats}big: ${list}\nbeats:\n${uses}`);

    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/YAML aliases \(\*name\) repeat too much: over 10000 values/),
    ]);
  });

  it('counts every alias, so thousands of aliases of an empty list are refused before each is looked up by a scan of the file (quadratic)', () => {
    const text = `format: 1\nall: [&e [], ${Array(20_000).fill('*e').join(', ')}]\n`;

    const errors = errorsOf(text);

    // At the 201st alias: the first 200 are allowed.
    expect(errors).toEqual([
      {
        file: 'hostile.yaml',
        line: 2,
        col: 14 + 4 * 200,
        field: '',
        message: expect.stringMatching(/YAML aliases \(\*name\) too many times \(over 200\)/),
      },
    ]);
  });
});

describe('nesting', () => {
  it('refuses nesting just shallow enough for the YAML parser before the schema recurses through it (it used to throw RangeError)', () => {
    const text = oneBeat(`[{when: ${'{any: ['.repeat(800)}{flag: x}${']}'.repeat(800)}, go: hello}]`);

    const errors = errorsOf(text);

    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/nested more than 100 levels deep/);
  });

  it('reads deeply nested text again and again in one process (the second read used to abort Node with a fatal out-of-memory)', () => {
    const text = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

    for (let i = 0; i < 3; i++)
      expect(errorsOf(text)).toEqual([
        {
          file: 'hostile.yaml',
          line: 1,
          col: 501,
          field: '',
          message: expect.stringMatching(/nested more than 100 levels deep/),
        },
      ]);
  });

  it('still reads nesting 100 levels deep', () => {
    const errors = errorsOf(`${beforeBeats}deep: ${'['.repeat(99)}${']'.repeat(99)}\nbeats: {}\n`);

    expect(errors.map((e) => e.message)).toContainEqual(expect.stringContaining('unknown field "deep"'));
  });
});

describe('names every JavaScript object already has', () => {
  const cases: [what: string, from: RegExp, to: string, message: string][] = [
    ['a customer', /^customer: .*$/m, 'customer: constructor', '"constructor" is not in the cast'],
    ['a speaker', /- sam: We're out/, "- constructor: We're out", '"constructor" is not in the cast'],
    ['a beat', /next: sold-out/, 'next: constructor', 'there is no beat "constructor"'],
    ['a start beat', /^start: .*$/m, 'start: constructor', 'there is no beat "constructor"'],
    ['a backdrop', /backdrop: pub/, 'backdrop: constructor', 'there is no backdrop "constructor"'],
    // This one used to throw TypeError: options.some is not a function.
    ['a variation', /variation: \{ oven:/, 'variation: { constructor:', 'there is no variation "constructor"'],
  ];

  it.each(cases)('are not taken for %s that exists', (_what, from, to, message) => {
    const text = bakery.replace(from, to);
    expect(text).not.toBe(bakery);

    const errors = errorsOf(text);

    expect(errors.map((e) => e.message)).toContainEqual(expect.stringContaining(message));
    expect(errors.find((e) => e.message.includes(message))).toMatchObject(placeOf(text, 'constructor'));
  });
});

describe('size', () => {
  it('refuses a huge name as an id, and makes no guess for a long misspelt field (each guess cost the product of the lengths: seconds for 1 MB)', () => {
    const errors = errorsOf(bakery.replace(/^start: .*$/m, `start: ${'a'.repeat(2 ** 20)}`));
    expect(errors).toEqual([
      expect.objectContaining({ field: 'start', message: expect.stringMatching(/at most 80 characters/) }),
    ]);

    const field = `titel${'e'.repeat(1000)}`;
    const unknown = errorsOf(bakery.replace(/^title: /m, `${field}: `));
    expect(unknown.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^unknown field "titele+… \(1,005 characters\)"$/),
    );
  });

  it('cuts a huge name or value short wherever a message or a field repeats it (a 100 kB id was quoted whole)', () => {
    const long = 'a'.repeat(100_000);
    const texts = [
      oneBeat(long), // a reference to a beat that is too long to be an id
      `${beforeBeats}beats:\n  ${long}:\n    lines: [Hello.]\n    ending: { title: End, core: delivered }\n`, // a beat named with it
      `${beforeBeats}${long.replaceAll('a', 'b')}: 1\nbeats:\n  hello:\n    lines: [Hi.]\n    ending: { title: End, core: delivered }\n`, // an unknown field
      oneBeat(`hello\n    ending: { title: End, core: ${long} }`), // a value that is not one of a few words
    ];
    const said = texts.map((text) => errorsOf(text).map((error) => `${error.field} ${error.message}`));
    for (const errors of said) {
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error.length).toBeLessThan(400);
    }
    expect(said.flat()).toContainEqual(expect.stringContaining('… (100,000 characters)'));
  });

  it('stops guessing after fifty problems, so a big broken story is checked in linear time', () => {
    const beats = Array.from({ length: 2_000 }, (_, i) => `  b${i}: {lines: [x], next: q${i}}\n`).join('');

    const errors = errorsOf(`${beforeBeats}beats:\n${beats}`);

    expect(errors).toHaveLength(2_001);
    expect(errors.filter((e) => e.message.includes('did you mean')).length).toBeLessThanOrEqual(50);
  });

  it('places each of thousands of unknown fields in one map at its own line (each used to search the map from the top)', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `k${i}: 1\n`).join('');
    const text = `${bakery}${keys}`;

    const errors = errorsOf(text).filter((e) => e.message.startsWith('unknown field'));

    expect(errors).toHaveLength(5_000);
    expect(errors[4_999]).toMatchObject({ ...placeOf(text, 'k4999:'), field: 'k4999' });
  });

  it('finds the title of a broken file in one pass, however long its line (the pattern used to backtrack quadratically)', () => {
    const text = `title: "Long ${' '.repeat(200_000)} title"\n`;
    const catalogue = { file: 'scenarios/principles.yaml', text: readProjectFile('scenarios/principles.yaml') };

    const library = loadLibrary(catalogue, [{ file: 'broken.yaml', text }]);

    expect(library.entries[0]!.title).toBe(`Long ${' '.repeat(200_000)} title`);
  });
});

describe('plain words', () => {
  it('describes a list or group where one of a few words belongs, instead of printing [object Object]', () => {
    const errors = errorsOf(bakery.replace('level: heroic', 'level: {}'));
    const track = loadTrack('t.yaml', 'format: 1\nid: t\ntitle: T\nsummary: S\npass: [A]\nstories: [{scenario: a}]\n', [
      'a',
    ]);

    expect(errors.map((e) => e.message)).toEqual([
      'should be one of: harmful, routine, good, heroic, but it is a group of fields',
    ]);
    expect(track.ok ? [] : track.errors.map((e) => e.message)).toEqual([
      'should be one of: A, B, C, D, but it is a list',
    ]);
  });

  it('calls a left-out field missing, whatever kind of value it takes (it used to say "Invalid input" or "not undefined")', () => {
    const noNext = bakery.replace('        next: plain-goodbye\n', '');
    const noCore = bakery.replace('      core: failed\n', '');
    const catalogue = loadCatalogue(
      'principles.yaml',
      readProjectFile('scenarios/principles.yaml').replace(/^format: 1\n/m, ''),
    );

    expect(errorsOf(noNext)).toEqual([
      {
        file: 'hostile.yaml',
        ...placeOf(noNext, 'id: shrug'),
        field: 'beats › sold-out › choices › #1',
        message: 'missing required field "next"; the rest of this choice is checked once this is fixed',
      },
    ]);
    expect(noCore).not.toBe(bakery);
    expect(errorsOf(noCore).map((e) => e.message)).toEqual([
      'missing required field "core"; the rest of this beat is checked once this is fixed',
    ]);
    expect(catalogue.ok ? [] : catalogue.errors.map((e) => e.message)).toEqual(['missing required field "format"']);
  });

  it('describes .nan and .inf in words', () => {
    expect(errorsOf(bakery.replace(/^role: .*$/m, 'role: .nan')).map((e) => e.message)).toEqual([
      'should be text, but it is not a number (.nan)',
    ]);
    expect(errorsOf(bakery.replace(/^role: .*$/m, 'role: -.inf')).map((e) => e.message)).toEqual([
      'should be text, but it is an endless number',
    ]);
  });

  it('refuses a list or group used as a field name, at its place', () => {
    const text = `${bakery}? [a, b]\n: c\n`;

    expect(errorsOf(text)).toEqual([
      {
        file: 'hostile.yaml',
        ...placeOf(text, '[a, b]'),
        field: '',
        message: 'a field name must be plain text, not a list or a group of fields',
      },
    ]);
  });

  it('says in its own words that a file holds a second document', () => {
    const text = `${bakery}---\nformat: 1\n`;

    expect(errorsOf(text)).toEqual([
      {
        file: 'hostile.yaml',
        ...placeOf(text, '---'),
        field: '',
        message: 'YAML syntax: a line "---" starts a second document here; a file holds one',
      },
    ]);
  });

  it('reads a file the same under a %YAML 1.1 line, whose tags no longer turn text into binary arrays (one error per byte)', () => {
    const bytes = Buffer.alloc(3_000).toString('base64');

    const errors = errorsOf(`%YAML 1.1\n---\n${bakery.replace(/^setting:/m, `setting: !!binary ${bytes}\nplace:`)}`);

    expect(load(`%YAML 1.1\n---\n${bakery}`).ok).toBe(true);
    expect(errors.map((e) => e.field)).toEqual(['setting', 'place']);
  });
});

describe('progress saves', () => {
  class MemoryStorage implements StorageLike {
    readonly items = new Map<string, string>();
    getItem = (key: string) => this.items.get(key) ?? null;
    setItem = (key: string, value: string) => void this.items.set(key, value);
  }

  it('keeps aside a save nested too deeply, tells the player and starts, however many times it is opened', () => {
    const raw = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const storage = new MemoryStorage();
    storage.items.set(PROGRESS_KEY, raw);

    for (let i = 0; i < 3; i++) {
      const store = openProgressStore(storage, () => new Date(Date.UTC(2026, 10, 24, 10, 0, i)));

      expect(store.persistent()).toBe(true);
      expect(store.notices()).toEqual([
        expect.stringContaining('could not be read (it does not have the expected contents)'),
      ]);
      // A list, however deep, is not a progress file: said before anything walks it.
      expect(store.importText('deep.json', raw, describeProgressFile)).toEqual({
        ok: false,
        errors: [expect.stringMatching(/^deep\.json: this is not a progress file: it holds a list/)],
      });
      const deepInside = `{"format":"service-hero-progress","version":1,"current":null,"attempts":${raw}}`;
      expect(store.importText('deep.json', deepInside, describeProgressFile)).toEqual({
        ok: false,
        errors: [expect.stringMatching(/^deep\.json:1:\d+: .*nested more than 100 levels/)],
      });
    }
    expect([...storage.items.values()].filter((v) => v === raw)).toHaveLength(4);
  });
});
