// Reads YAML with js-yaml 4 (its core schema, as the yaml package's core schema
// reads it), fast enough for the 10,000-beat story the scaling target asks for.
// It reads the file once, straight to data, keeping what js-yaml's position
// listener reports (a few numbers per node); lines, columns and the places of
// nodes are worked out from those only when a problem needs placing, so a sound
// file never pays for them. Anything js-yaml refuses, or might read differently from
// the yaml package, returns undefined, and the yaml package reads the file
// instead (yamlSource.ts): it finds and words every error and measures what
// aliases expand to, which js-yaml, stopping at the first error, cannot do as
// well. tests/unit/js-yaml-source.test.ts holds the two readers to the same data
// and the same places on every file js-yaml takes.
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { LineCounter } from 'yaml';
import { describeField } from './diagnostics.ts';
import { placesOf, locateIn } from './yamlPlaces.ts';
import { OpenStarts, Readings, type NodeTrack } from './yamlReadings.ts';
import type { ParseResult, YamlSource } from './yamlSourceTypes.ts';

/**
 * Nodes js-yaml may open inside one another (about two per level of lists and maps): deeper files go to the yaml
 * package, whose limit (yamlPackageSource.ts) is then the one that explains itself. js-yaml reads nesting by
 * recursion; counted here, it is stopped long before the stack runs out.
 */
const MAX_OPEN = 128;
/**
 * Characters the two readers treat differently (a lone carriage return as a line break, control characters the
 * yaml package refuses) or that the yaml package words best (tabs, byte order marks): such files go to it.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/**
 * The yaml package refuses a key whose text runs over 1024 characters; written with escapes, a key of about 205
 * characters can. No field name comes near this.
 */
const LONGEST_KEY = 200;
/**
 * An explicit key (`? key`), which js-yaml places differently; a list item that is a list begun on the next line,
 * which the yaml package refuses in places js-yaml does not.
 */
const EXPLICIT_KEY = /^[ -]*\?(?: |$)|^( *)- *(?:#.*)?\n(?: *(?:#.*)?\n)*\1 +-(?: |$)/m;

/**
 * A list item with nothing after its dash, not followed by its content on more indented lines: js-yaml 4.1 then
 * reads the next item of an enclosing list into the inner one when the empty item ends a list nested in a map in a
 * list (`- a:\n    -\n- b` gives [{a: [null, b]}], where YAML means [{a: [null]}, b]). Such files go to the yaml
 * package. tests/unit/js-yaml-source.test.ts found it by chance; it is checked there by name too.
 */
const EMPTY_ITEM = /^( *)- *(?:#.*)?(?:\n|$)(?!(?: *(?:#.*)?\n)*\1 +[^ \n#])/m;

/**
 * Whether the file's layout is one of those two (EXPLICIT_KEY, EMPTY_ITEM). The expressions, which try every
 * character as the start of a line, took 40 ms of a 10,000-beat story's reading; they run only where a line could
 * begin with a `?` key or be a bare `-`, which these quick scans find (they may find more than the expressions do,
 * never less: tests/unit/js-yaml-source.test.ts holds them to the expressions).
 */
export function oddLayout(text: string): boolean {
  return (mayHaveQuestionKey(text) || hasBareDashLine(text)) && (EXPLICIT_KEY.test(text) || EMPTY_ITEM.test(text));
}

/** What the `^` and `$` of a multi-line expression take for a line's end: \n, \r, U+2028 and U+2029. */
const endsLine = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** A `?` with only spaces and dashes before it on its line, and a space or the line's end after it. */
function mayHaveQuestionKey(text: string): boolean {
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== 32 && !endsLine(next) && i + 1 < text.length) continue;
    let j = i - 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 45; c = text.charCodeAt(--j));
    if (j < 0 || endsLine(text.charCodeAt(j))) return true;
  }
  return false;
}

/** A dash, spaces and perhaps a comment to the line's end, found by V8's quick search for the dash. */
const DASH_TO_LINE_END = /- *(?:#[^\n\r\u2028\u2029]*)?(?:[\n\r\u2028\u2029]|$)/g;

/** A line that is only a dash (spaces, and a comment, around it). */
function hasBareDashLine(text: string): boolean {
  DASH_TO_LINE_END.lastIndex = 0;
  for (let found = DASH_TO_LINE_END.exec(text); found; found = DASH_TO_LINE_END.exec(text)) {
    let j = found.index - 1;
    for (let c = text.charCodeAt(j); c === 32; c = text.charCodeAt(--j));
    if (j < 0 || endsLine(text.charCodeAt(j))) return true;
  }
  return false;
}

/** The two expressions themselves, for the test that holds the quick scans to them. */
export const ODD_LAYOUTS = [EXPLICIT_KEY, EMPTY_ITEM] as const;

type Locate = YamlSource['locate'];

/** Thrown from the listener to hand a file to the yaml package. */
class StepAside extends Error {}

/** The file read by js-yaml, or undefined when js-yaml refuses it or the yaml package should read it. */
export function readWithJsYaml(file: string, text: string): ParseResult | undefined {
  if (UNUSUAL.test(text) || oddLayout(text)) return undefined;
  let data: unknown;
  try {
    const { listener, anchored } = guard(text, new OpenStarts());
    data = load(text, { schema: CORE_SCHEMA, listener });
    if (anchored()) return undefined;
  } catch {
    // YAMLException, StepAside or anything unforeseen: either way the yaml package reads the file.
    return undefined;
  }
  // Only comments, or a bare `~`: the yaml package places what the loader then says about it (that it is empty).
  if (data === undefined || data === null) return undefined;
  let placed: Locate | undefined;
  const locate: Locate = (path, options) => (placed ??= locateInText(text, readAgain(text), data))(path, options);
  const diagnostic: YamlSource['diagnostic'] = (path, message, options) => ({
    file,
    ...locate(path, options),
    field: describeField(path),
    message,
  });
  return { ok: true, source: { file, data, locate, diagnostic } };
}

/**
 * A listener that hands the file to the yaml package where the readers part: nesting too deep, keys js-yaml reads
 * differently (null, a list or a group, very long), numbers too large for JavaScript (text to js-yaml, infinity
 * to the yaml package) and -0; and, once read, whether the file has anchors (the yaml package measures what aliases
 * to them expand to, so an "alias bomb" cannot blow up the checks).
 */
function guard(
  text: string,
  readings: NodeTrack,
): { listener: (event: 'open' | 'close', state: State) => void; anchored: () => boolean } {
  let last: (State & { anchorMap?: object }) | undefined;
  const listener = (event: 'open' | 'close', state: State) => {
    last = state;
    if (event === 'open') {
      if (readings.begin(state.position) > MAX_OPEN) throw new StepAside();
      return;
    }
    const result: unknown = state.result;
    const from = readings.finish(state.position, result);
    // `"text"#note`: js-yaml takes the # for a comment, the yaml package asks for a space before it.
    if (text.charCodeAt(state.position) === 35 /* # */) throw new StepAside();
    // "-0": js-yaml reads 0, the yaml package -0.
    if (result === 0 && /^\s*-/.test(text.slice(from, state.position))) throw new StepAside();
    // Text in quotes or plain text, or a [list] or {group}, running over several lines: the two readers differ on how
    // far in the lines must be.
    if (
      (typeof result === 'string' || typeof result === 'object') &&
      multiLine(text, from, state.position, typeof result === 'string')
    )
      throw new StepAside();
    if (typeof result === 'string' && numberLike(result.charCodeAt(0)) && Math.abs(Number(result)) === Infinity)
      throw new StepAside();
    if (text.charCodeAt(skipSpaces(text, state.position)) !== 58 /* : */) return;
    // A key.
    if (result === null || typeof result === 'object' || String(result).length > LONGEST_KEY) throw new StepAside();
  };
  return { listener, anchored: () => Object.keys(last?.anchorMap ?? {}).length > 0 };
}

/** Whether text beginning with this character could be a number: a digit, -, + or . (a test on every text). */
function numberLike(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46;
}

/** Whether the text, or [list] or {group}, read from `from` to `to` spans a line break (blocks and `|` text may). */
function multiLine(text: string, from: number, to: number, scalar: boolean): boolean {
  let start = from;
  for (let c = text.charCodeAt(start); c === 32 || c === 10; c = text.charCodeAt(++start));
  const lineBreak = text.indexOf('\n', start);
  if (lineBreak < 0 || lineBreak >= to) return false;
  const first = text[start];
  if (first === '|' || first === '>') return false;
  return scalar || first === '[' || first === '{';
}

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * The file read again, keeping every node's readings, once a problem needs placing: the same text read the same
 * way gives the same nodes in the same order as the first reading, whose data the places are then taken from.
 */
function readAgain(text: string): Readings {
  // About one node per dozen characters in the game's files; the arrays grow if a file has more.
  const readings = new Readings(text, text.length >> 3);
  load(text, { schema: CORE_SCHEMA, listener: guard(text, readings).listener });
  return readings;
}

/** Where every node the reading kept starts, and each offset's line and column. */
function locateInText(text: string, readings: Readings, data: unknown): Locate {
  const root = placesOf(text, readings, 0, data);
  // The yaml package's own line counter, so lines and columns agree with the places its reader gives.
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return locateIn(root, (offset) => {
    const { line, col } = lines.linePos(offset);
    return { line, col };
  });
}
