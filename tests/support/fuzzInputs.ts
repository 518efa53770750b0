// Hostile and broken inputs for the loaders, as fast-check arbitraries: the
// shipped files mutated line by line, generated YAML documents, deep nesting,
// anchor bombs, and well-formed scenarios whose story is broken.
// Each arbitrary yields plain data (edits, shapes, sizes), so a failure
// shrinks to a small, readable case; the text is made from it when used.
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import type { ScenarioInput } from '../../src/engine/schema.ts';
import { generateScenario } from './generateScenario.ts';

// ---------------------------------------------------------------- edits

/** 1 MiB of text: a scalar an author would never write, which must still be read or refused in one piece. */
const HUGE = 'x'.repeat(2 ** 20);

/** Text that has broken other parsers: direction overrides, joined emoji, NUL, lone surrogates, odd line breaks. */
const TRICKY_TEXT = [
  '\u202Eevil\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '👩‍👩‍👧‍👦',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83Dy',
  '\uFEFF',
  'e\u0301',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u001B[31m',
  'ﷺ',
  '',
];

/** Names that a plain JavaScript object already answers to. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];

/** A value to put after "key: " in place of what was there: another type, a huge or strange text, YAML machinery. */
export const replacementValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('.nan', '.inf', '-.inf', '0x1F', '0o17', '1e400', '-0', '1_000', '+12') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '[a, 1, null]',
      '[]',
      '{}',
      '{a: 1}',
      '{format: 1}',
      '[[[]]]',
      '- x',
      '[',
      '{',
      ']',
      '}',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom('null', '~', '', 'true', 'no', 'yes', 'off') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(...TRICKY_TEXT).map((t) => (t.length > 0 && t !== '\uFEFF' ? JSON.stringify(t) : t)),
  },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)) },
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '&x [1, 2]',
      '*x',
      '*nope',
      '&x',
      '&a [*a]',
      '!!binary aGVsbG8=',
      '!custom x',
      '!!str 1',
      '!!int x',
      '? [a]',
      '<<: *x',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '|\n  text',
      '>-',
      '"unterminated',
      "'single",
      '# only a comment',
      '---',
      '...',
      '%YAML 1.1',
      ': :',
      '@',
      '`',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(HUGE, `"${HUGE}"`, `[${HUGE}]`) },
);

/** Bytes as they arrive when a binary file is opened as text (one character per byte), or any code points. */
export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 32 }),
  fc.constantFrom(...TRICKY_TEXT.filter((t) => t !== ''), '\t', '\r', '\r\n', '\n\n\n', '\x7F', '\uFFFE', '\uFFFF'),
);

/** One edit of a text. Positions are taken modulo the text's size when applied, so any number will do and shrinks well. */
export type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'tab'; line: number }
  | { kind: 'replace-value'; line: number; value: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'line-endings'; to: '\r\n' | '\r' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ kind: fc.constant('tab' as const), line: fc.nat() }),
  {
    arbitrary: fc.record({ kind: fc.constant('replace-value' as const), line: fc.nat(), value: replacementValue }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: junk }), weight: 2 },
  fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
);

export const edits: fc.Arbitrary<Edit[]> = fc.array(edit, { minLength: 1, maxLength: 4 });

function applyEdit(text: string, e: Edit): string {
  const lines = text.split('\n');
  const pick = (n: number) => n % lines.length;
  switch (e.kind) {
    case 'truncate':
      return text.slice(0, e.at % (text.length + 1));
    case 'insert': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case 'line-endings':
      return text.replace(/\r?\n/g, e.to);
    case 'delete-line':
      lines.splice(pick(e.line), 1);
      break;
    case 'duplicate-line':
      lines.splice(pick(e.line), 0, lines[pick(e.line)]!);
      break;
    case 'swap-lines': {
      const [a, b] = [pick(e.a), pick(e.b)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case 'indent': {
      const i = pick(e.line);
      lines[i] = e.by >= 0 ? ' '.repeat(e.by) + lines[i]! : lines[i]!.replace(new RegExp(`^ {0,${-e.by}}`), '');
      break;
    }
    case 'tab':
      lines[pick(e.line)] = lines[pick(e.line)]!.replace(/^ */, '\t');
      break;
    case 'replace-value': {
      // After "key: " if the line has one, else after "- ", else the whole line keeping its indentation.
      const i = pick(e.line);
      const line = lines[i]!;
      const colon = line.indexOf(': ');
      const dash = /^\s*- /.exec(line);
      lines[i] =
        colon >= 0
          ? `${line.slice(0, colon + 2)}${e.value}`
          : dash
            ? `${dash[0]}${e.value}`
            : `${/^\s*/.exec(line)![0]}${e.value}`;
      break;
    }
  }
  return lines.join('\n');
}

export const applyEdits = (text: string, list: readonly Edit[]): string => list.reduce(applyEdit, text);

// ---------------------------------------------------------------- generated documents

/** Any value fast-check can think of, including sets, maps, dates, sparse and typed arrays and null-prototype objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.anything({
    maxDepth: 5,
    stringUnit: 'binary',
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withBigInt: true,
  }),
);

/** YAML text for a value: the yaml package where it can write the value, JSON (which is YAML) where it cannot. */
export function yamlOf(value: unknown): string {
  try {
    return stringify(value, { lineWidth: 0 }) ?? '';
  } catch {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '';
    }
  }
}

type Path = (string | number)[];

/** Every place in a plain parsed document (objects and arrays), root first. */
export function pathsIn(data: unknown): Path[] {
  const paths: Path[] = [[]];
  const stack: { value: unknown; path: Path }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      paths.push(at);
      stack.push({ value: child, path: at });
    }
  }
  return paths;
}

/** A copy of `data` with the value at the n-th place (modulo how many there are) replaced. */
export function replaceAt(data: unknown, n: number, value: unknown): unknown {
  const paths = pathsIn(data);
  const path = paths[n % paths.length]!;
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(data);
  let node = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** A real file's data with one place given a generated value, written back as YAML: wrong types where the schema looks. */
export const transplant = (text: string) =>
  fc
    .record({ place: fc.nat(), value: anyValue })
    .map(({ place, value }) => yamlOf(replaceAt(parse(text) as unknown, place, value)));

// ---------------------------------------------------------------- deep nesting

export type DeepShape =
  | 'flow-seq-unclosed'
  | 'flow-seq'
  | 'flow-map'
  | 'json-map'
  | 'compact-block-seq'
  | 'indented-block-seq'
  | 'indented-block-map'
  | 'condition-in-scenario';

export const deepNesting: fc.Arbitrary<{ shape: DeepShape; depth: number }> = fc.record({
  shape: fc.constantFrom<DeepShape>(
    'flow-seq-unclosed',
    'flow-seq',
    'flow-map',
    'json-map',
    'compact-block-seq',
    'indented-block-seq',
    'indented-block-map',
    'condition-in-scenario',
  ),
  depth: fc.oneof(fc.integer({ min: 90, max: 130 }), fc.integer({ min: 131, max: 2_000 }), fc.constant(10_000)),
});

/** Lists or maps nested `depth` deep; `host` is a valid scenario for the shape that hides the nesting in a condition. */
export function deepText(shape: DeepShape, depth: number, host: string): string {
  // Indented shapes grow with the square of the depth: 400 levels is already 80 kB.
  const indented = Math.min(depth, 400);
  switch (shape) {
    case 'flow-seq-unclosed':
      return '['.repeat(depth);
    case 'flow-seq':
      return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    case 'flow-map':
      return `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
    case 'json-map':
      return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    case 'compact-block-seq':
      return `${'- '.repeat(depth)}x\n`;
    case 'indented-block-seq':
      return Array.from({ length: indented }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n') + ' x\n';
    case 'indented-block-map':
      return Array.from({ length: indented }, (_, i) => `${' '.repeat(i * 2)}a:`).join('\n') + ' x\n';
    case 'condition-in-scenario':
      return host.replace(
        /when: \{ *flag: [a-z-]+ *\}/,
        `when: ${'{ any: ['.repeat(depth)}{ flag: x }${'] }'.repeat(depth)}`,
      );
  }
}

/** How many lists and maps a shape nests, to know when the loader must say it is too deep. */
export function nestingOf(shape: DeepShape, depth: number): number {
  if (shape === 'indented-block-seq' || shape === 'indented-block-map') return Math.min(depth, 400);
  return shape === 'condition-in-scenario' ? depth * 2 : depth;
}

// ---------------------------------------------------------------- anchor bombs

export type Bomb =
  | { kind: 'laughs-list'; fan: number; levels: number }
  | { kind: 'laughs-map'; fan: number; levels: number }
  | { kind: 'wide'; items: number; uses: number; inScenario: boolean }
  | { kind: 'flood'; uses: number; empty: '[]' | '{}' }
  | { kind: 'self'; variant: number };

/** Each level repeats the one below `fan` times: fan^levels values once written out, at least 100,000. */
const laughs = (kind: 'laughs-list' | 'laughs-map') =>
  fc
    .integer({ min: 3, max: 12 })
    .chain((fan) =>
      fc.integer({ min: Math.ceil(5 / Math.log10(fan)), max: 12 }).map((levels) => ({ kind, fan, levels })),
    );

export const bomb: fc.Arbitrary<Bomb> = fc.oneof(
  laughs('laughs-list'),
  laughs('laughs-map'),
  // One big anchor used a few times: few aliases, but more than 10,000 values repeated.
  fc.integer({ min: 1_000, max: 3_000 }).chain((items) =>
    fc.record({
      kind: fc.constant('wide' as const),
      items: fc.constant(items),
      uses: fc.integer({ min: Math.ceil(12_000 / items), max: 40 }),
      inScenario: fc.boolean(),
    }),
  ),
  // Aliases of an empty list cost nothing to expand but each one costs a scan of the document.
  fc.record({
    kind: fc.constant('flood' as const),
    uses: fc.integer({ min: 201, max: 5_000 }),
    empty: fc.constantFrom('[]' as const, '{}' as const),
  }),
  fc.record({ kind: fc.constant('self' as const), variant: fc.nat() }),
);

/** Anchors that contain their own alias, alone or where the schema recurses: in a condition's `not` and `any`. */
const SELF_REFERENCES = [
  (host: string) => host.replace(/when: \{ *flag: [a-z-]+ *\}/, 'when: &c { not: *c }'),
  (host: string) => host.replace(/when: \{ *flag: [a-z-]+ *\}/, 'when: &c { any: [{ flag: x }, *c] }'),
  (host: string) => host.replace(/^beats:/m, 'beats: &b\n  loop: *b'),
  () => 'a: &a [*a]\n',
  () => 'a: &a {b: *a}\n',
  () => 'format: 1\nid: &a [*a]\n',
  () => 'a: &a [1, [2, [3, *a]]]\n',
  () => 'a: &a\n  b:\n    - *a\n',
  () => '&a [*a, *a, *a]\n',
];

export function bombText(b: Bomb, host: string): string {
  switch (b.kind) {
    case 'laughs-list':
    case 'laughs-map': {
      const name = (level: number) => `l${level}`;
      const lines = [`${name(0)}: &${name(0)} ${b.kind === 'laughs-list' ? '[lol]' : '{lol: lol}'}`];
      for (let level = 1; level < b.levels; level++) {
        const uses = Array.from({ length: b.fan }, (_, i) =>
          b.kind === 'laughs-list' ? `*${name(level - 1)}` : `k${i}: *${name(level - 1)}`,
        );
        lines.push(
          `${name(level)}: &${name(level)} ${b.kind === 'laughs-list' ? `[${uses.join(', ')}]` : `{${uses.join(', ')}}`}`,
        );
      }
      return `format: 1\n${lines.join('\n')}\n`;
    }
    case 'wide': {
      const anchor = `&big [${Array.from({ length: b.items }, (_, i) => `v${i}`).join(', ')}]`;
      if (!b.inScenario) return `format: 1\nbig: ${anchor}\nuses: [${Array(b.uses).fill('*big').join(', ')}]\n`;
      // The repeated list where the schema reads it: as the lines of many beats.
      const beats = Array.from(
        { length: b.uses },
        (_, i) => `  wide-${i}:\n    lines: *big\n    ending: {title: T, outcome: delivered}\n`,
      );
      return host.replace(
        /^beats:\n/m,
        `beats:\n  wide-anchor:\n    lines: ${anchor}\n    ending: {title: T, outcome: delivered}\n${beats.join('')}`,
      );
    }
    case 'flood':
      return `format: 1\nall: [&e ${b.empty}, ${Array(b.uses).fill('*e').join(', ')}]\n`;
    case 'self':
      return SELF_REFERENCES[b.variant % SELF_REFERENCES.length]!(host);
  }
}

// ---------------------------------------------------------------- broken stories

export type Breakage =
  | 'dangling-next'
  | 'no-endings'
  | 'unreachable-beat'
  | 'unknown-start'
  | 'customer-constructor'
  | 'speaker-constructor'
  | 'next-constructor'
  | 'variation-constructor'
  | 'backdrop-constructor'
  | 'unknown-chose'
  | 'no-breakdown';

export const breakage: fc.Arbitrary<{ beats: number; seed: number; breakage: Breakage; at: number }> = fc.record({
  beats: fc.integer({ min: 12, max: 40 }),
  seed: fc.nat(),
  breakage: fc.constantFrom<Breakage>(
    'dangling-next',
    'no-endings',
    'unreachable-beat',
    'unknown-start',
    'customer-constructor',
    'speaker-constructor',
    'next-constructor',
    'variation-constructor',
    'backdrop-constructor',
    'unknown-chose',
    'no-breakdown',
  ),
  at: fc.nat(),
});

type InputBeat = ScenarioInput['beats'][string];

/**
 * A generated story (valid as made) with one thing broken that the checker must refuse. The YAML is
 * written by the yaml package, so the file is always well-formed and the schema's shape is kept.
 */
export function brokenStory(
  spec: { beats: number; seed: number; breakage: Breakage; at: number },
  catalogue: { principles: readonly string[]; article: string },
): string {
  const s = generateScenario({
    beats: spec.beats,
    seed: spec.seed,
    principles: catalogue.principles,
    article: catalogue.article,
  });
  const beatIds = Object.keys(s.beats);
  const pickBeat = (where: (b: InputBeat) => boolean) => {
    const ids = beatIds.filter((id) => where(s.beats[id]!));
    return s.beats[ids[spec.at % ids.length]!]!;
  };
  const withChoices = () => pickBeat((b) => b.choices !== undefined);
  switch (spec.breakage) {
    case 'dangling-next': {
      const choices = withChoices().choices!;
      choices[spec.at % choices.length]!.next = 'no-such-beat';
      break;
    }
    case 'no-endings':
      // Every ending becomes a way back to the start: a story of loops that never ends.
      for (const id of beatIds) {
        const beat = s.beats[id]!;
        if (beat.ending) s.beats[id] = { lines: beat.lines, next: s.start };
      }
      break;
    case 'unreachable-beat':
      s.beats['island'] = { lines: ['Nobody comes here.'], ending: { title: 'Alone', outcome: 'delivered' } };
      break;
    case 'unknown-start':
      s.start = 'nowhere';
      break;
    case 'customer-constructor':
      s.customer = 'constructor';
      break;
    case 'speaker-constructor':
      pickBeat(() => true).lines.push({ constructor: 'Who is speaking?' });
      break;
    case 'next-constructor': {
      const choices = withChoices().choices!;
      choices[spec.at % choices.length]!.next = 'constructor';
      break;
    }
    case 'variation-constructor': {
      const choices = withChoices().choices!;
      const choice = choices[spec.at % choices.length]!;
      const go = typeof choice.next === 'string' ? choice.next : choice.next[0]!.go;
      choice.next = [{ when: { variation: { constructor: 'busy' } }, go }, { go }];
      break;
    }
    case 'backdrop-constructor':
      s.setting.backdrop = 'constructor';
      break;
    case 'unknown-chose': {
      const choices = withChoices().choices!;
      choices[spec.at % choices.length]!.when = { chose: 'never-offered' };
      break;
    }
    case 'no-breakdown':
      for (const id of beatIds) delete s.beats[id]!.breakdown;
      break;
  }
  return stringify(s, { lineWidth: 0 });
}
