// The character-level parts of the common YAML reader (commonYaml.ts): what a
// plain scalar means under the yaml package's core schema, one-line quoted
// scalars and block text, and the rules on where a plain scalar may start.
// Anything outside the reader's subset throws GIVE_UP.

export const SP = 32, NL = 10, HASH = 35, COLON = 58, DASH = 45, DQ = 34, SQ = 39, COMMA = 44, BACKSLASH = 92;
export const LBRACK = 91, RBRACK = 93, LBRACE = 123, RBRACE = 125, PIPE = 124, GT = 62, DOT = 46;

/** Thrown to give up; caught in readCommonYaml. A plain object, so no stack trace is captured. */
export const GIVE_UP = { giveUp: true };

/** Lists and maps nested deeper go to the yaml package, whose own limit (100) is then the one that explains itself. */
export const MAX_DEPTH = 64;

export const isBreakOrEnd = (c: number) => c === SP || c === NL || Number.isNaN(c);

/** A plain scalar may not start with an indicator; "-" only before what begins a word or a number. */
export function plainStart(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  switch (c) {
    case 63: case COLON: case COMMA: case LBRACK: case RBRACK: case LBRACE: case RBRACE: case HASH: case 38: case 42:
    case 33: case PIPE: case GT: case SQ: case DQ: case 37: case 64: case 96:
      return false;
    case DASH: {
      const d = t.charCodeAt(i + 1);
      return (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === DOT;
    }
    default:
      return c > SP;
  }
}

// The core schema's patterns are the yaml package's own (yaml/dist/schema/core), tried in its order.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether a scalar starting with this character code could be anything but text: digits, + - . ~ n N t T f F. */
function mayBeNonText(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/** The value of a non-empty plain scalar. */
export function resolvePlain(source: string): unknown {
  // Most scalars are words: one character settles them without trying a pattern.
  if (!mayBeNonText(source.charCodeAt(0))) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A one-line quoted scalar starting at `i`; `end` is just after its closing quote. */
export function readQuoted(t: string, i: number): { text: string; end: number } {
  const quote = t.charCodeAt(i);
  let text = '';
  let from = i + 1;
  for (let j = i + 1; ; j++) {
    const c = t.charCodeAt(j);
    if (c === NL || Number.isNaN(c)) throw GIVE_UP;
    if (c === quote) {
      if (quote === SQ && t.charCodeAt(j + 1) === SQ) {
        text += t.slice(from, j + 1);
        from = ++j + 1;
        continue;
      }
      return { text: text + t.slice(from, j), end: j + 1 };
    }
    if (c === BACKSLASH && quote === DQ) {
      text += t.slice(from, j);
      const e = t.charAt(j + 1);
      const hex = HEX_LENGTH[e];
      if (hex !== undefined) {
        const code = t.substr(j + 2, hex);
        if (code.length !== hex || !/^[0-9a-fA-F]+$/.test(code)) throw GIVE_UP;
        text += String.fromCodePoint(parseInt(code, 16));
        j += 1 + hex;
      } else {
        if (!Object.hasOwn(ESCAPES, e)) throw GIVE_UP;
        text += ESCAPES[e];
        j++;
      }
      from = j + 1;
    }
  }
}

/**
 * Block text (| or >, with "-" or no chomping indicator) whose header is at `i`, in a map or list at column `parent`.
 * `next` is the start of the first line after it.
 */
export function readBlockText(t: string, i: number, parent: number): { text: string; next: number } {
  const n = t.length;
  const folded = t.charCodeAt(i) === GT;
  let j = i + 1;
  const strip = t.charCodeAt(j) === DASH;
  if (strip) j++;
  // Keep chomping (+) and explicit indentation are rare: give up on anything else after the header but a comment.
  if (!isBreakOrEnd(t.charCodeAt(j))) throw GIVE_UP;
  while (t.charCodeAt(j) === SP) j++;
  if (t.charCodeAt(j) === HASH) j = t.indexOf('\n', j);
  if (j < 0 || j >= n || t.charCodeAt(j) !== NL) throw GIVE_UP;
  let lineStart = j + 1;
  let indent = -1;
  let text = '';
  let blanks = 0;
  let lines = 0;
  while (lineStart < n) {
    let k = lineStart;
    while (t.charCodeAt(k) === SP) k++;
    const c = t.charCodeAt(k);
    if (c === NL || k >= n) {
      // Spaces on a blank line beyond the indentation are content, or an error before the first line: give up.
      if (indent < 0 ? k > lineStart : k - lineStart > indent) throw GIVE_UP;
      blanks++;
      lineStart = k + 1;
      continue;
    }
    const spaces = k - lineStart;
    if (indent < 0) {
      if (spaces <= parent) break;
      indent = spaces;
    } else if (spaces < indent) break;
    // More-indented lines of folded text keep their line breaks by rules not worth repeating.
    if (folded && spaces > indent) throw GIVE_UP;
    let end = t.indexOf('\n', k);
    if (end < 0) end = n;
    const line = t.slice(lineStart + indent, end);
    if (lines === 0) text = '\n'.repeat(blanks) + line;
    else if (folded) text += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + line;
    else text += '\n'.repeat(blanks + 1) + line;
    lines++;
    blanks = 0;
    lineStart = end + 1;
  }
  if (lines === 0) throw GIVE_UP;
  return { text: strip ? text : `${text}\n`, next: lineStart };
}
