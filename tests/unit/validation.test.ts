// The validator, one bad file per kind of mistake: each fixture in
// tests/fixtures/bad/ is bakery-mini.yaml with one defect, and must be reported
// at the exact place, under the right field, in plain words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Diagnostic } from '../../src/engine/index.ts';
import { projectRoot, readProjectFile, realArt, realCatalogue } from './support.ts';

interface Expected {
  line: number;
  col: number;
  field: string;
  /** A substring of the message. */
  message: string;
  /** What the fixture has at line:col, so the position is shown to be the defect itself. */
  at: string;
}

interface BadCase {
  kind: string;
  expected: Expected[];
}

const one = (kind: string, line: number, col: number, field: string, message: string, at: string): BadCase => ({
  kind,
  expected: [{ line, col, field, message, at }],
});

const SPOT = 'beats › no-batch › lines › #2 › when';
const OVEN = 'beats › sold-out › choices › #2 › next › #1';

const cases: BadCase[] = [
  one('yaml-syntax', 8, 1, '', 'YAML syntax: a field name needs a colon after it', 'role counter assistant'),
  one('duplicate-key', 6, 1, '', 'the same field name appears twice here', 'title: The final sourdough'),
  one(
    'tab-indentation',
    10,
    1,
    '',
    'YAML syntax: this line is indented with a tab, and YAML counts only spaces',
    '\tplace:',
  ),
  one('empty', 1, 1, '', 'the file is empty', ''),
  one('comments-only', 1, 1, '', 'the file is empty', '# Bad fixture'),
  one('just-a-list', 2, 1, '', 'the file should be a group of fields', '- format: 1'),
  one('just-a-scalar', 2, 1, '', 'not a single value or a list', 'The last sourdough'),
  {
    kind: 'unknown-field',
    expected: [
      { line: 3, col: 1, field: '', message: 'missing required field "title"', at: 'format: 1' },
      { line: 5, col: 1, field: 'tittle', message: 'unknown field "tittle" (did you mean "title"?)', at: 'tittle:' },
    ],
  },
  one('wrong-type', 20, 7, 'mood', 'should be a number, but it is the text "high"', 'high'),
  one('missing-field', 3, 1, '', 'missing required field "title"', 'format: 1'),
  one(
    'bad-enum',
    77,
    16,
    'beats › batch-coming › choices › #1 › level',
    '"heroik" is not one of: harmful, routine, good, heroic (did you mean "heroic"?)',
    'heroik',
  ),
  {
    kind: 'bad-id',
    expected: [
      // The beat that would be "sold-out" is named otherwise, so the name that points at it finds nothing: both are reported.
      { line: 33, col: 11, field: 'beats › hello › next', message: 'there is no beat "sold-out"', at: 'sold-out' },
      {
        line: 34,
        col: 3,
        field: 'beats › Sold Out',
        message: '"Sold Out" is not a valid id: an id uses lower-case letters, digits and single dashes',
        at: 'Sold Out:',
      },
    ],
  },
  one(
    'next-not-an-id',
    33,
    11,
    'beats › hello › next',
    'should be text or a list (lines starting with "- "), but it is the number 5',
    '5',
  ),
  one('missing-start', 27, 8, 'start', 'there is no beat "helo" (did you mean "hello"?)', 'helo'),
  one(
    'dangling-next',
    33,
    11,
    'beats › hello › next',
    'there is no beat "sold-oot" (did you mean "sold-out"?)',
    'sold-oot',
  ),
  one(
    'dangling-go',
    62,
    17,
    `${OVEN} › go`,
    'there is no beat "batch-comin" (did you mean "batch-coming"?)',
    'batch-comin',
  ),
  one(
    'unknown-principle',
    68,
    11,
    'beats › sold-out › choices › #3 › breaks › kindness-and-respekt',
    '"kindness-and-respekt" is not in the principles catalogue (did you mean "kindness-and-respect"?)',
    'kindness-and-respekt:',
  ),
  one(
    'no-principle',
    103,
    9,
    'beats › no-batch › choices › #2',
    'say which principles this upholds or breaks',
    'id: free-cake',
  ),
  one(
    'unknown-speaker',
    92,
    9,
    'beats › no-batch › lines › #1 › sma',
    '"sma" is not in the cast (did you mean "sam"?)',
    'sma:',
  ),
  one('unknown-customer', 19, 11, 'customer', '"eve" is not in the cast', 'eve'),
  one(
    'unreachable-beat',
    124,
    3,
    'beats › back-room',
    'beat "back-room" can never be reached from the start beat "hello"',
    'back-room:',
  ),
  {
    kind: 'loop-no-exit',
    expected: [
      {
        line: 124,
        col: 3,
        field: 'beats › queue',
        message: 'from beat "queue" the story can never reach an ending (it loops between queue, still-waiting)',
        at: 'queue:',
      },
      {
        line: 128,
        col: 3,
        field: 'beats › still-waiting',
        message: 'from beat "still-waiting" the story can never reach an ending',
        at: 'still-waiting:',
      },
    ],
  },
  one('no-ending', 29, 3, 'beats', 'the story has no ending: at least one beat needs an "ending:"', 'hello:'),
  one('no-breakdown', 29, 3, 'beats', 'no beat is marked as a breakdown', 'hello:'),
  one('no-heroic', 29, 3, 'beats', 'there is no heroic path', 'hello:'),
  one('chose-unknown', 94, 24, `${SPOT} › chose`, 'there is no choice "ask-sma" (did you mean "ask-sam"?)', 'ask-sma'),
  one(
    'flag-unset',
    94,
    23,
    `${SPOT} › flag`,
    'no choice sets the flag "asked-kichen" (did you mean "asked-kitchen"?)',
    'asked-kichen',
  ),
  one(
    'unknown-variation',
    61,
    34,
    `${OVEN} › when › variation › ovn`,
    'there is no variation "ovn" (did you mean "oven"?)',
    'ovn:',
  ),
  one(
    'unknown-variation-outcome',
    61,
    40,
    `${OVEN} › when › variation › oven`,
    'variation "oven" has no outcome "batch-later"; it has batch-soon, no-batch',
    'batch-later',
  ),
  one(
    'duplicate-choice-id',
    82,
    13,
    'beats › batch-coming › choices › #2 › id',
    'the choice id "deliver-loaf" is used twice',
    'deliver-loaf',
  ),
  one(
    'last-branch-when',
    63,
    13,
    'beats › sold-out › choices › #2 › next › #2',
    'the last branch must have no "when"',
    'when:',
  ),
  one(
    'choices-and-ending',
    72,
    5,
    'beats › batch-coming',
    'a beat has exactly one of choices, next or ending, this one has choices and ending',
    'lines:',
  ),
  one(
    'patience-without-choices',
    34,
    7,
    'beats › hello › patience',
    'patience only makes sense on a beat with choices',
    'seconds: 10',
  ),
  one(
    'newer-format',
    3,
    9,
    'format',
    'this file is format 3, written for a newer version of the game; this one reads format 2',
    '3',
  ),
  one(
    'unknown-source',
    7,
    11,
    'sources › #1',
    '"000_c3e8adf0cbd3a5b2.txt" is not one of the articles in principles.yaml',
    '000_c3e8adf0cbd3a5b2.txt',
  ),
  one(
    'bad-source-name',
    7,
    11,
    'sources › #1',
    'a source is an article file name, like 000_c3e8adf0cbd3a5b1.txt',
    'heroes-article.txt',
  ),
  one(
    'unknown-backdrop',
    11,
    13,
    'setting › backdrop',
    'there is no backdrop "bakery"; available: pub, title',
    'bakery',
  ),
  one(
    'unknown-look',
    18,
    11,
    'cast › sam › look',
    'there is no character art "baker"; available: woman-auburn-cardigan, man-grey-beard-shirt, woman-bun-apron, chef-man-moustache',
    'baker',
  ),
  one('alias-bomb', 1, 1, '', 'the file uses YAML aliases (*name) too many times (over 200)', '# Bad fixture'),
  {
    kind: 'several-schema-errors',
    expected: [
      { line: 20, col: 7, field: 'mood', message: 'should be a number, but it is the text "high"', at: 'high' },
      {
        line: 48,
        col: 9,
        field: 'beats › sold-out › choices › #1 › cost',
        message: 'the field "cost" does not belong here',
        at: 'cost: 2',
      },
      {
        line: 78,
        col: 16,
        field: 'beats › batch-coming › choices › #1 › level',
        message: '"heroik" is not one of',
        at: 'heroik',
      },
    ],
  },
  {
    // Issue 18: a shape error (the level) no longer hides the wrong names, even those in the same choice.
    kind: 'schema-and-reference-errors',
    expected: [
      { line: 18, col: 11, field: 'cast › sam › look', message: 'there is no character art "baker"', at: 'baker' },
      { line: 33, col: 11, field: 'beats › hello › next', message: 'there is no beat "sold-oot"', at: 'sold-oot' },
      {
        line: 66,
        col: 16,
        field: 'beats › sold-out › choices › #3 › level',
        message: '"harmfull" is not one of: harmful, routine, good, heroic',
        at: 'harmfull',
      },
      {
        line: 68,
        col: 11,
        field: 'beats › sold-out › choices › #3 › breaks › kindness-and-respekt',
        message: 'not in the principles catalogue',
        at: 'kindness-and-respekt:',
      },
      {
        line: 70,
        col: 15,
        field: 'beats › sold-out › choices › #3 › next',
        message: 'there is no beat "walked-ot" (did you mean "walked-out"?)',
        at: 'walked-ot',
      },
      {
        line: 92,
        col: 9,
        field: 'beats › no-batch › lines › #1 › sma',
        message: '"sma" is not in the cast',
        at: 'sma:',
      },
    ],
  },
  {
    kind: 'several-reference-errors',
    expected: [
      { line: 18, col: 11, field: 'cast › sam › look', message: 'there is no character art "baker"', at: 'baker' },
      { line: 33, col: 11, field: 'beats › hello › next', message: 'there is no beat "sold-oot"', at: 'sold-oot' },
      {
        line: 68,
        col: 11,
        field: 'beats › sold-out › choices › #3 › breaks › kindness-and-respekt',
        message: 'not in the principles catalogue',
        at: 'kindness-and-respekt:',
      },
      {
        line: 92,
        col: 9,
        field: 'beats › no-batch › lines › #1 › sma',
        message: '"sma" is not in the cast',
        at: 'sma:',
      },
    ],
  },
];

const badDir = 'tests/fixtures/bad';
const badFiles = readdirSync(join(projectRoot, badDir))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function check(kind: string): { text: string; errors: Diagnostic[] } {
  const file = `${badDir}/${kind}.yaml`;
  const text = readProjectFile(file);
  const result = loadScenario(file, text, { catalogue: realCatalogue(), art: realArt() });
  return { text, errors: result.ok ? [] : result.errors };
}

/** The fixture's text from line:col (both 1-based) to the end of that line. */
function textAt(text: string, line: number, col: number): string {
  return (text.split('\n')[line - 1] ?? '').slice(col - 1);
}

describe('each kind of bad file is reported at its place, in plain words', () => {
  it.each(cases)('$kind', ({ kind, expected }) => {
    const { text, errors } = check(kind);

    expect(errors.map(({ line, col, field }) => ({ line, col, field }))).toEqual(
      expected.map(({ line, col, field }) => ({ line, col, field })),
    );
    expected.forEach((want, i) => {
      expect(errors[i]?.message).toContain(want.message);
      expect(errors[i]?.file).toBe(`${badDir}/${kind}.yaml`);
      expect(textAt(text, want.line, want.col).startsWith(want.at)).toBe(true);
    });
  });
});

describe('the bad fixtures as a set', () => {
  it('has a case for every fixture file and a fixture file for every case', () => {
    const kinds = cases.map((c) => `${c.kind}.yaml`).sort();

    expect(badFiles).toEqual(kinds);
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(18);
  });

  it('never shows the machinery: no ZodError, undefined, [object …], NaN or bare "Invalid input"', () => {
    const messages = badFiles.flatMap((name) => check(name.replace(/\.yaml$/, '')).errors.map((e) => e.message));

    expect(messages.length).toBeGreaterThanOrEqual(cases.length);
    for (const message of messages) expect(message).not.toMatch(/ZodError|undefined|\[object|NaN|Invalid input|^\s*$/);
  });

  it('reports all the independent problems of a file, sorted by line, not just the first', () => {
    for (const kind of ['several-schema-errors', 'several-reference-errors']) {
      const { errors } = check(kind);
      const lines = errors.map((e) => e.line);

      expect(errors.length).toBeGreaterThanOrEqual(3);
      expect(new Set(lines).size).toBe(errors.length);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
  });

  it('refuses an alias bomb quickly instead of expanding it', () => {
    const started = performance.now();

    const { errors } = check('alias-bomb');

    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/aliases .* too many times/);
  });

  it('accepts the fixture every bad file is derived from', () => {
    const file = 'tests/fixtures/bakery-mini.yaml';

    const result = loadScenario(file, readProjectFile(file), { catalogue: realCatalogue(), art: realArt() });

    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('checks art only when a manifest is given', () => {
    const file = `${badDir}/unknown-look.yaml`;

    const result = loadScenario(file, readProjectFile(file), { catalogue: realCatalogue() });

    expect(result.ok).toBe(true);
  });
});
