// js-yaml (src/engine/jsYamlSource.ts) must agree with the yaml package on every
// file it accepts: the same data, key order and number values included, and every
// place in the file at the same line and column. Anything it refuses goes to the
// yaml package; what it accepts it must never misread.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/engine/diagnostics.ts';
import { ODD_LAYOUTS, oddLayout, readWithJsYaml } from '../../src/engine/jsYamlSource.ts';
import { parseWithYamlPackage } from '../../src/engine/yamlPackageSource.ts';
import { applyEdits, edits, junk, pathsIn, replacementValue, yamlOf, anyValue } from '../support/fuzzInputs.ts';
import { generateScenarioYaml } from '../support/generateScenario.ts';
import { projectRoot, readProjectFile } from './support.ts';

// A fixed seed unless FUZZ_SEED says otherwise, so `npm test` gives the same verdict on every run. Other seeds
// still find places the reader and the yaml package put differently in odd layouts (for example
// FUZZ_SEED=-1887888127 FUZZ_FACTOR=20, and 1704896797): a known defect, open in issue 17's notes.
const seed = process.env['FUZZ_SEED'] ?? '20261205';
const factor = Number(process.env['FUZZ_FACTOR'] ?? 1);
const params = (runs: number) => ({ numRuns: Math.round(runs * factor), ...(seed ? { seed: Number(seed) } : {}) });
/** Generous, for a slow shared machine: every run reads a file twice and compares every place in it. */
const PROPERTY_TIMEOUT = 120_000 * Math.max(1, factor);

function yamlFiles(dir: string): string[] {
  return readdirSync(join(projectRoot, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(projectRoot, path)).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}
const projectYaml = [...yamlFiles('scenarios'), ...yamlFiles('tests/fixtures')].map((file) => ({
  file,
  text: readProjectFile(file),
}));

/** Equal as the schema sees data: same types, same own keys in the same order, numbers by Object.is (NaN, -0). */
function sameData(a: unknown, b: unknown, path = '$'): void {
  // Each check is cheap; the assertion (with its message) is made only where one finds a difference.
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    if (!Object.is(a, b)) expect(Object.is(a, b), `${path}: ${String(a)} vs ${String(b)}`).toBe(true);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) expect(Array.isArray(a), `${path}: list or map`).toBe(Array.isArray(b));
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))
    expect(Object.getPrototypeOf(a), `${path}: prototype`).toBe(Object.getPrototypeOf(b));
  const [keysA, keysB] = [Reflect.ownKeys(a), Reflect.ownKeys(b)];
  if (keysA.length !== keysB.length || keysA.some((k, i) => k !== keysB[i]))
    expect(keysA, `${path}: keys`).toEqual(keysB);
  for (const key of Object.keys(a))
    sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
}

/** Whether js-yaml took the text; when it did, that it agrees with the yaml package in data and in every place. */
function agrees(text: string): boolean {
  const fast = readWithJsYaml('f.yaml', text);
  if (!fast) return false;
  if (!fast.ok) return expect.fail('js-yaml refusals go to the yaml package, not to the author');
  const full = parseWithYamlPackage('f.yaml', text);
  if (!full.ok)
    expect.fail(`js-yaml accepted a file the yaml package refuses:\n${text}\n${JSON.stringify(full.errors)}`);
  sameData(fast.source.data, full.source.data);
  const paths: PathSegment[][] = pathsIn(fast.source.data).flatMap((p) => [
    p,
    [...p, 'no-such-field'],
    [...p, 99],
    [...p, 0, 'x'],
  ]);
  for (const path of paths) {
    for (const key of [false, true]) {
      const [mine, theirs] = [fast.source.locate(path, { key }), full.source.locate(path, { key })];
      // The full assertion, and its message with the whole text in it, only where the places look different:
      // built for every one of thousands of places, it was most of this file's time.
      if (JSON.stringify(mine) !== JSON.stringify(theirs))
        expect(mine, `${JSON.stringify(path)} key=${key}\n${text}`).toEqual(theirs);
    }
  }
  return true;
}

/** Small files at the edges of YAML: each either agrees or goes to the yaml package. */
const EDGES = [
  'a: 1\nb:\n  c: x\n  # note\n  d:\ne:   \nf: # comment\n  - a\n  -\n  - b: 1\n    c: |\n     text\n\n     more\n\ng:\n- x\n-   \n',
  'a:\n  # lead\n  b: 1\nc: [a, "b", {x: 1}]\nd: { }\ne: >-\n  f\n  g\n\n  h\n',
  '---\na: 1\n',
  '--- # start\na: 1\n',
  '- a\n- - b\n  - c\n- k: v\n  l: w\n',
  "'q': 1\n\"r\": 2\n's''t': \"u\\\"v\\u00e9\\x41\\U0001F600\"\n",
  'n: [~, null, Null, NULL, true, False, 0o17, 0x1F, -12, +3, 1.50, .5, 5., 1e3, -1E-3, .inf, -.Inf, .nan, 0.0, -0, 1_000, 2024-01-01]\n',
  'a: b #c\nd: "x" #y\n',
  'a: |\n  one\n    two\n  three\nb: |-\n  kept\n\n\nc: >\n  folded\n  text\n\n\n  after\n',
  'a: |\n  x',
  'a: >-\n  x\n  \n  y\n',
  'a:\n- x\n- y\nb: 1\n',
  '- a:\n  - x\n  b: 1\n',
  'constructor: 1\n__proto__: 2\ntoString: [a]\n',
  'a: {b: [1, {c: d}], e: "f"}\n',
  'a: [a b, c:d, "e,f", \'g]\']\n',
  'a: http://example.com/x?y=1#z\nb: -x\nc: x-\n',
  'a: ~\nb: 1 # one\nc: "" \nd: \'\'\n',
  'key with spaces: value with spaces   \n',
  'a:\n    b: 1\n    c:\n      - 1\n      - 2\n',
  '# only a comment\n',
  'a: 1\n...\n',
  'a: 1\n---\nb: 2\n',
  'a:\n  b\n',
  'a: b\n  c\n',
  'a: - b\n',
  'a: b: c\n',
  '[1, 2]\n',
  '"a"\n',
  'a: [1, 2,]\n',
  'a: {b}\n',
  'a: [b\n  , c]\n',
  'a: "b\n  c"\n',
  'a: |+\n  x\n\n',
  'a: |2\n   x\n',
  'a: >\n  x\n    y\n  z\n',
  'a: |\n\n  x\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  '? a\n: b\n',
  '1: a\n',
  'true: a\n',
  'a : b\n',
  'a:b\n',
  'a: b\nc\n',
  `${'k'.repeat(1100)}: v\n`,
  'a: "x"y\n',
  'a: [x]#c\n',
  'a:\n  - b\n c: d\n',
  ' a: 1\nb: 2\n',
  'a: 1\n a: 2\n',
  'a: 1\na: 2\n',
  'a: x\n\u00a0b: y\n',
  'a: "x\\qy"\n',
  'a: "\\ud800"\n',
  'a: [\u00a0x\u00a0]\n',
  'a:\n  - |\n    text\n  - >-\n    more\n',
  'a:\n  b: |\n    text\n  c: 1\n',
  'a: |\n  text\n # comment\nb: 1\n',
  'a: |\n  text\n  # not a comment\nb: 1\n',
  // Where js-yaml and the yaml package part (each found by the properties below): all must step aside or agree.
  'a:\n  b: x\nc:\n  ',
  'a: [x: y]\n',
  'a: -0\nb: [-0]\n',
  'a: 1e400\nb: 0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\n',
  '~: 1\n',
  'a:\n-\n  -\n',
  'a: [[], [["a"],\n[]]]\n',
  'a: "x\n:b"\n',
  '...\na: 1\n',
];

/** A document as an author might lay it out: indentation, lists under or beside their key, flow, quotes, block text, comments. */
type Tree = string | Tree[] | { [key: string]: Tree };
const WORDS = [
  'a',
  'two words',
  'x-y',
  'é',
  'constructor',
  '1',
  '-3',
  '0.5',
  'null',
  'true',
  'a:b',
  "it's",
  'say "hi"',
  'q#r',
  '',
  'a, b',
  '[x]',
  'x: y',
  '# no',
  '- z',
  '|',
  '~',
  '😀x',
  'a  b',
];
const tree = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...WORDS),
    fc.array(tie('t'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'key one', 'k-2'), tie('t'), { maxKeys: 3 }),
  ),
})).t;
const layout = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  listBesideKey: fc.boolean(),
  flow: fc.boolean(),
  quote: fc.constantFrom('none', 'double', 'single', 'some'),
  chance: fc.double({ min: 0, max: 0.5, noNaN: true }),
  dice: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
});

type Layout = typeof layout extends fc.Arbitrary<infer L> ? L : never;

function laidOut(root: Record<string, Tree>, style: Layout): string {
  let roll = 0;
  const dice = () => style.dice[roll++ % style.dice.length]!;
  const pad = (n: number) => ' '.repeat(n);
  const scalar = (s: string) =>
    style.quote === 'double' || (style.quote === 'some' && dice() < 0.3)
      ? JSON.stringify(s)
      : style.quote === 'single'
        ? `'${s.replace(/'/g, "''")}'`
        : s;
  const flow = (v: Tree): string =>
    typeof v === 'string'
      ? scalar(v)
      : Array.isArray(v)
        ? `[${v.map(flow).join(', ')}]`
        : `{${Object.entries(v)
            .map(([k, x]) => `${k}: ${flow(x)}`)
            .join(', ')}}`;
  const lines: string[] = [];
  const put = (v: Tree, depth: number, head: string, inList: boolean): void => {
    if (dice() < style.chance) lines.push(dice() < 0.5 ? '' : `${pad(Math.floor(dice() * 6))}# note`);
    if (typeof v === 'string') {
      if (dice() < style.chance && v.trim() !== '')
        lines.push(`${head} ${dice() < 0.5 ? '|' : '>-'}`, `${pad(depth + style.indent)}${v.trim()}`);
      else lines.push(`${head} ${scalar(v)}${dice() < style.chance ? ' # c' : ''}${dice() < style.chance ? '  ' : ''}`);
      return;
    }
    const entries: [string | null, Tree][] = Array.isArray(v) ? v.map((x) => [null, x]) : Object.entries(v);
    if (entries.length === 0 || (style.flow && dice() < 0.3)) return void lines.push(`${head} ${flow(v)}`);
    const inner = Array.isArray(v) && style.listBesideKey && !inList ? depth : depth + style.indent;
    lines.push(head);
    for (const [key, x] of entries) put(x, inner, `${pad(inner)}${key === null ? '-' : `${key}:`}`, key === null);
  };
  for (const [key, v] of Object.entries(root)) put(v, 0, `${key}:`, false);
  return `${lines.join('\n')}\n`;
}

describe('reading YAML with js-yaml', { timeout: PROPERTY_TIMEOUT }, () => {
  it('reads every shipped scenario, track and the catalogue itself, agreeing with the yaml package', () => {
    const shipped = projectYaml.filter(({ file }) => file.startsWith('scenarios/'));
    expect(shipped.length).toBeGreaterThan(5);
    for (const { file, text } of shipped) expect(agrees(text), file).toBe(true);
  });

  it('agrees with the yaml package on every fixture it reads', () => {
    for (const { text } of projectYaml) agrees(text);
  });

  it('reads generated stories, agreeing with the yaml package', () => {
    for (const beats of [12, 40, 300]) expect(agrees(generateScenarioYaml({ beats, seed: beats }))).toBe(true);
  });

  it('finds the layouts it hands to the yaml package by quick scans, exactly as their expressions do', () => {
    const bySlowScan = (text: string) => ODD_LAYOUTS.some((layout) => layout.test(text));
    // Lines made of the characters the layouts are about, every kind of line end among them.
    const piece = fc.constantFrom(' ', '  ', '-', '?', '#', 'a', ':', '\n', '\r', '\u2028', '\u2029', '\t');
    const layouts = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    let odd = 0;
    fc.assert(
      fc.property(layouts, (text) => {
        const found = bySlowScan(text);
        if (found) odd++;
        expect(oddLayout(text), JSON.stringify(text)).toBe(found);
      }),
      { numRuns: 5000 },
    );
    // Both answers were met often enough to mean something.
    expect(odd).toBeGreaterThan(100);
    for (const text of ['a:\n  - ? b\n', 'a:\n  -\n    - b\n', '- a:\n    -\n- b\n', 'a: what?\nb: - c\n'])
      expect(oddLayout(text), text).toBe(bySlowScan(text));
  });

  it('agrees or steps aside at the edges', () => {
    const taken = EDGES.filter((text) => agrees(text));
    // The test would prove little if everything went to the yaml package.
    expect(taken.length).toBeGreaterThan(20);
  });

  it('places keys that are numbers, which an object lists before its other keys, where the file has them', () => {
    // Places are named from the data js-yaml made, not from values the reading kept: each of these is read by js-yaml.
    const texts = [
      'b: 1\n10: x\n2: [y]\na: {3: z, c: w}\n0: last\n',
      'a: [b, 1: c, d: e, [f]]\n',
      'a: {b, 7, c: 1, 4}\n',
      'x:\n  - 5: five\n    k: v\n    1.5: no\n    12: twelve\n',
    ];
    for (const text of texts) expect(agrees(text), text).toBe(true);
  });

  it('hands a list with an empty item to the yaml package: js-yaml 4.1 reads the next outer item into it', () => {
    // Found by the layouts property below (seed -1347931209): js-yaml gave [{a: [null, b]}] for these.
    for (const text of [
      '- a:\n    -\n- b\n',
      'a:\n  - k: v\n    a:\n      - \n  - b\n',
      'a:\n a:\n  a:\n   -\n    a:\n     - \n   - a\n',
    ]) {
      expect(readWithJsYaml('f.yaml', text), text).toBeUndefined();
      expect(agrees(text), text).toBe(false);
    }
    // A dash with its item on the lines below is the usual way to write a map in a list: js-yaml still reads it.
    expect(readWithJsYaml('f.yaml', 'a:\n  -\n    k: v\n  - b\n')).toBeDefined();
  });

  it('places what is inside a {…} or […] list item with spaces after it (found by FUZZ_SEED=1704896797)', () => {
    // js-yaml reads such an item twice over and stops its outer reading past the spaces: still one node.
    for (const text of ['c:\n- {k-2: {}, b: x}  \n- {a: y}\n', 'c:\n- [x, {}]   \n- {a: y}\n']) {
      expect(agrees(text), text).toBe(true);
      const fast = readWithJsYaml('f.yaml', text);
      if (!fast?.ok) throw new Error('js-yaml should read this');
      expect(fast.source.locate(['c', 0, text.includes('k-2') ? 'k-2' : 1])).toEqual({
        line: 2,
        col: text.includes('k-2') ? 9 : 7,
      });
    }
  });

  it('agrees or steps aside on shipped files mutated line by line', () => {
    const files = projectYaml.filter(({ file }) => file.startsWith('scenarios/'));
    fc.assert(
      fc.property(fc.nat(files.length - 1), edits, (which, list) => {
        agrees(applyEdits(files[which]!.text, list));
      }),
      params(300),
    );
  });

  it('agrees or steps aside on values written in place of others', () => {
    const host = readProjectFile('scenarios/pub-caesar-dressing.yaml');
    const lines = host.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), replacementValue, junk, (line, value, extra) => {
        const edited = [...lines];
        edited[line] = `${/^\s*(?:- )?(?:[a-z-]+: )?/.exec(lines[line]!)![0]}${value}`;
        agrees(edited.join('\n'));
        agrees(`a: ${value}${extra}\nb:\n  - ${extra}${value}\n`);
      }),
      params(150),
    );
  });

  it('agrees or steps aside on documents laid out in many ways, and one character off', () => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tree, { minKeys: 1 }),
        layout,
        fc.nat(),
        fc.constantFrom('', ' ', '-', ':', '#', '\n', '"', '  '),
        (root, style, at, typo) => {
          const text = laidOut(root, style);
          if (agrees(text)) taken++;
          const where = at % (text.length + 1);
          agrees(text.slice(0, where) + typo + text.slice(where + 1));
        },
      ),
      params(300),
    );
    // Most layouts are read by js-yaml: otherwise this would test the hand-over and little else.
    expect(taken).toBeGreaterThan(params(300).numRuns / 4);
  });

  it('agrees or steps aside on generated documents', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        agrees(yamlOf(value));
        agrees(yamlOf({ wrapped: value, list: [value, { in: value }] }));
      }),
      params(300),
    );
  });
});
