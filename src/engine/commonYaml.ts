// A fast reader for the everyday YAML that scenario files are written in: block
// maps and lists, one-line plain and quoted scalars, one-line flow collections
// and block text (| and >). The yaml package reads a 10,000-beat story in
// seconds, building tokens and a document tree nobody needs when the file is
// sound; this reads it in one pass straight to data. It gives up — and the
// yaml package reads the file, errors and all — on anything outside that
// subset or anything doubtful, so what it returns is exactly what the yaml
// package would (tests/unit/common-yaml.test.ts compares the two).
import { resolvePlain } from './commonYamlScalars.ts';

/** Where a node starts, as the yaml package's `range[0]` has it; lists and maps with their children. */
export interface Placed {
  offset: number;
  pairs?: Map<string, { key: number; value: Placed }>;
  items?: Placed[];
}

export interface CommonYaml {
  data: unknown;
  /** Only when asked for: positions cost memory and time, and only a file with a problem needs them. */
  placed: Placed | undefined;
}

/** Characters the yaml package treats specially or reports (tabs, carriage returns, controls, byte order marks). */
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Well under the yaml path's own limit, so a deep file is read, and refused, by the path that explains why. */
const MAX_DEPTH = 64;
/** The yaml package refuses implicit keys longer than 1024 characters; stay clear of the edge. */
const LONGEST_KEY = 1000;
const KEY_CACHE_SIZE = 1024;

const SP = 32, NL = 10, HASH = 35, COLON = 58, DASH = 45, DQ = 34, SQ = 39, COMMA = 44, BACKSLASH = 92;
const LBRACK = 91, RBRACK = 93, LBRACE = 123, RBRACE = 125, PIPE = 124, GT = 62, DOT = 46;

/** Thrown to give up; caught in readCommonYaml. An object of its own, so no stack trace is captured. */
const GIVE_UP = { giveUp: true };

/** The data of `text`, or undefined when it is not (or might not be) in the subset this reader handles. */
export function readCommonYaml(text: string, positions = false): CommonYaml | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new Reader(text, positions).document();
  } catch {
    // GIVE_UP, or anything unforeseen: either way the yaml package reads the file.
    return undefined;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isBreakOrEnd = (c: number) => c === SP || c === NL || Number.isNaN(c);

/** A plain scalar may not start with an indicator; "-" only before what begins a word or a number. */
function plainStart(t: string, i: number): boolean {
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

class Reader {
  private readonly t: string;
  private readonly positions: boolean;
  /** The current place: the first character of a content line, or (inside a line) where reading goes on. */
  private pos = 0;
  private lineStart = 0;
  /** Indentation of the current content line; -1 at the end of the text. */
  private indent = -1;
  private depth = 0;
  /** The position record of the node read last (with positions only). */
  private node: Placed | undefined;
  /** Recent plain keys by a hash of their text. */
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(KEY_CACHE_SIZE).fill(undefined);

  constructor(text: string, positions: boolean) {
    this.t = text;
    this.positions = positions;
  }

  document(): CommonYaml {
    this.seek(0, true);
    if (this.indent < 0) throw GIVE_UP;
    const data = this.isDash() ? this.seq(this.indent) : this.map(this.indent);
    if (this.indent >= 0) throw GIVE_UP;
    return { data, placed: this.node };
  }

  private place(offset: number): void {
    if (this.positions) this.node = { offset };
  }

  /** Moves to the next line with content from the line starting at `from`, past blank and comment lines. */
  private seek(from: number, first = false): void {
    const t = this.t;
    const n = t.length;
    let i = from;
    while (i < n) {
      let j = i;
      while (t.charCodeAt(j) === SP) j++;
      const c = t.charCodeAt(j);
      if (c === NL) {
        i = j + 1;
        continue;
      }
      if (j >= n) break;
      if (c === HASH) {
        const end = t.indexOf('\n', j);
        if (end < 0) break;
        i = end + 1;
        continue;
      }
      if (j === i && (c === DASH || c === DOT) && (t.startsWith('---', j) || t.startsWith('...', j))) {
        // Only a "---" that opens the file, alone on its line, is within the subset.
        if (!first || c !== DASH || !isBreakOrEnd(t.charCodeAt(j + 3))) throw GIVE_UP;
        first = false;
        i = this.lineEnd(j + 3) + 1;
        continue;
      }
      this.pos = j;
      this.lineStart = i;
      this.indent = j - i;
      return;
    }
    this.pos = n;
    this.lineStart = n;
    this.indent = -1;
  }

  /** Where the line ends after a value that ends at `i`: only spaces and a comment may follow it. */
  private lineEnd(i: number): number {
    const t = this.t;
    let j = i;
    while (t.charCodeAt(j) === SP) j++;
    const c = t.charCodeAt(j);
    if (c === HASH && j > i) {
      const end = t.indexOf('\n', j);
      return end < 0 ? t.length : end;
    }
    if (c === NL || j >= t.length) return j;
    throw GIVE_UP;
  }

  private finishLine(i: number): void {
    this.seek(this.lineEnd(i) + 1);
  }

  private isDash(): boolean {
    return this.t.charCodeAt(this.pos) === DASH && isBreakOrEnd(this.t.charCodeAt(this.pos + 1));
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
  }

  /** A block map whose first key is at the current place, in column `col`. */
  private map(col: number): Record<string, unknown> {
    this.enter();
    const data: Record<string, unknown> = {};
    const pairs = this.positions ? new Map<string, { key: number; value: Placed }>() : undefined;
    const offset = this.pos;
    for (;;) {
      const keyAt = this.pos;
      const key = this.key();
      if (Object.hasOwn(data, key)) throw GIVE_UP;
      const value = this.value(col, true);
      // As the yaml package does: a key such as "__proto__" becomes an own field, not the object's prototype.
      if (key === '__proto__') Object.defineProperty(data, key, { value, writable: true, enumerable: true, configurable: true });
      else data[key] = value;
      if (pairs) pairs.set(key, { key: keyAt, value: this.node! });
      if (this.indent !== col) break;
    }
    if (this.indent > col) throw GIVE_UP;
    this.depth--;
    if (pairs) this.node = { offset, pairs };
    return data;
  }

  /** A block list whose first "-" is at the current place, in column `col`. */
  private seq(col: number): unknown[] {
    this.enter();
    const data: unknown[] = [];
    const items: Placed[] | undefined = this.positions ? [] : undefined;
    const offset = this.pos;
    for (;;) {
      this.pos++;
      data.push(this.value(col, false));
      items?.push(this.node!);
      if (this.indent !== col || !this.isDash()) break;
    }
    if (this.indent > col) throw GIVE_UP;
    this.depth--;
    if (items) this.node = { offset, items };
    return data;
  }

  /** A key at the current place, up to and past its colon. */
  private key(): string {
    const t = this.t;
    const start = this.pos;
    const c = t.charCodeAt(start);
    let key: string;
    let colon: number;
    if (c === DQ || c === SQ) {
      key = this.quoted(start);
      colon = this.pos;
      if (t.charCodeAt(colon) !== COLON) throw GIVE_UP;
    } else {
      if (!plainStart(t, start)) throw GIVE_UP;
      colon = start;
      let hash = c;
      for (;;) {
        const d = t.charCodeAt(++colon);
        if (d === COLON && isBreakOrEnd(t.charCodeAt(colon + 1))) break;
        if (d === NL || Number.isNaN(d) || (d === HASH && t.charCodeAt(colon - 1) === SP)) throw GIVE_UP;
        hash = (hash * 31 + d) | 0;
      }
      if (t.charCodeAt(colon - 1) === SP) throw GIVE_UP;
      // Field names repeat thousands of times: handing out the same string each time spares building it, and lets the
      // engine find it as a property name without looking it up afresh.
      const slot = hash & (KEY_CACHE_SIZE - 1);
      const cached = this.keys[slot];
      if (cached !== undefined && cached.length === colon - start && t.startsWith(cached, start)) key = cached;
      else {
        key = t.slice(start, colon);
        // A key that reads as a number, a boolean or null is stored under its text form by rules not worth repeating.
        if (typeof resolvePlain(key) !== 'string') throw GIVE_UP;
        this.keys[slot] = key;
      }
    }
    if (colon - start > LONGEST_KEY || !isBreakOrEnd(t.charCodeAt(colon + 1))) throw GIVE_UP;
    this.pos = colon + 1;
    return key;
  }

  /**
   * The value after a key's colon or a list's dash (the current place), in a map or list at column `parent`.
   * Leaves the place at the next content line.
   */
  private value(parent: number, inMap: boolean): unknown {
    const t = this.t;
    let i = this.pos;
    while (t.charCodeAt(i) === SP) i++;
    const c = t.charCodeAt(i);
    if (c === NL || c === HASH || i >= t.length) {
      this.finishLine(i);
      if (this.indent > parent) return this.isDash() ? this.seq(this.indent) : this.map(this.indent);
      // A list may sit at its key's own indentation.
      if (inMap && this.indent === parent && this.isDash()) return this.seq(parent);
      this.place(i);
      return null;
    }
    switch (c) {
      case DQ:
      case SQ: {
        const text = this.quoted(i);
        this.place(i);
        this.finishLine(this.pos);
        return text;
      }
      case LBRACK:
      case LBRACE: {
        const data = this.flow(i);
        this.finishLine(this.pos);
        return data;
      }
      case PIPE:
      case GT:
        return this.blockText(i, parent);
    }
    if (!inMap && c === DASH && isBreakOrEnd(t.charCodeAt(i + 1))) {
      this.pos = i;
      return this.seq(i - this.lineStart);
    }
    if (!plainStart(t, i)) throw GIVE_UP;
    let j = i;
    let last = i;
    for (; ; j++) {
      const d = t.charCodeAt(j);
      if (d === NL || Number.isNaN(d) || (d === HASH && t.charCodeAt(j - 1) === SP)) break;
      if (d === COLON && isBreakOrEnd(t.charCodeAt(j + 1))) {
        // "- key: value" opens a map inside the list; in a map it would be a map on one line, which YAML refuses.
        if (inMap) throw GIVE_UP;
        this.pos = i;
        return this.map(i - this.lineStart);
      }
      if (d !== SP) last = j;
    }
    this.place(i);
    this.finishLine(j);
    return resolvePlain(t.slice(i, last + 1));
  }

  /** A one-line quoted scalar starting at `i`; leaves the place just after its closing quote. */
  private quoted(i: number): string {
    const t = this.t;
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
        this.pos = j + 1;
        return text + t.slice(from, j);
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

  /** The end of `from`…`to` without trailing spaces (only spaces: YAML trims no other white space). */
  private trimmed(from: number, to: number): number {
    while (to > from && this.t.charCodeAt(to - 1) === SP) to--;
    return to;
  }

  private skipSpaces(i: number): number {
    while (this.t.charCodeAt(i) === SP) i++;
    return i;
  }

  /** A one-line flow list or map starting at `i`; leaves the place just after its closing bracket. */
  private flow(i: number): unknown {
    this.enter();
    const t = this.t;
    const isMap = t.charCodeAt(i) === LBRACE;
    const close = isMap ? RBRACE : RBRACK;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const items: Placed[] | undefined = this.positions && !isMap ? [] : undefined;
    const pairs = this.positions && isMap ? new Map<string, { key: number; value: Placed }>() : undefined;
    let j = this.skipSpaces(i + 1);
    if (t.charCodeAt(j) !== close) {
      for (;;) {
        if (isMap) {
          const keyAt = j;
          let key: string;
          if (t.charCodeAt(j) === DQ || t.charCodeAt(j) === SQ) {
            key = this.quoted(j);
            j = this.pos;
          } else {
            j = this.flowPlainEnd(j, true);
            key = t.slice(keyAt, this.trimmed(keyAt, j));
            if (typeof resolvePlain(key) !== 'string') throw GIVE_UP;
          }
          if (t.charCodeAt(j) !== COLON || t.charCodeAt(j + 1) !== SP || Object.hasOwn(map, key) || key === '__proto__') throw GIVE_UP;
          map[key] = this.flowItem(this.skipSpaces(j + 1));
          pairs?.set(key, { key: keyAt, value: this.node! });
        } else {
          list.push(this.flowItem(j));
          items?.push(this.node!);
        }
        j = this.skipSpaces(this.pos);
        const c = t.charCodeAt(j);
        if (c === close) break;
        if (c !== COMMA) throw GIVE_UP;
        j = this.skipSpaces(j + 1);
        if (t.charCodeAt(j) === close) throw GIVE_UP;
      }
    }
    this.pos = j + 1;
    this.depth--;
    if (this.positions) this.node = isMap ? { offset: i, pairs: pairs! } : { offset: i, items: items! };
    return isMap ? map : list;
  }

  private flowItem(j: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(j);
    if (c === LBRACK || c === LBRACE) return this.flow(j);
    if (c === DQ || c === SQ) {
      const text = this.quoted(j);
      // "key": value inside a list is a one-pair map; not in the subset.
      if (t.charCodeAt(this.pos) === COLON) throw GIVE_UP;
      this.place(j);
      return text;
    }
    const end = this.flowPlainEnd(j, false);
    this.pos = end;
    this.place(j);
    return resolvePlain(t.slice(j, this.trimmed(j, end)));
  }

  /** The end of a plain scalar in a flow collection: at a comma, a bracket or, for a key, its colon. */
  private flowPlainEnd(i: number, isKey: boolean): number {
    const t = this.t;
    if (!plainStart(t, i)) throw GIVE_UP;
    for (let j = i + 1; ; j++) {
      const c = t.charCodeAt(j);
      if (c === COMMA || c === RBRACK || c === RBRACE) return j;
      if (c === COLON) {
        const d = t.charCodeAt(j + 1);
        if (d === SP || d === COMMA || d === RBRACK || d === RBRACE || d === LBRACK || d === LBRACE || d === NL || Number.isNaN(d)) {
          if (isKey) return j;
          throw GIVE_UP;
        }
      }
      if (c === NL || Number.isNaN(c) || c === LBRACK || c === LBRACE || (c === HASH && t.charCodeAt(j - 1) === SP)) throw GIVE_UP;
    }
  }

  /** Block text (| or >, with "-" or no chomping indicator) whose header is at `i`, in a map or list at column `parent`. */
  private blockText(i: number, parent: number): string {
    const t = this.t;
    const n = t.length;
    const folded = t.charCodeAt(i) === GT;
    let j = i + 1;
    const strip = t.charCodeAt(j) === DASH;
    if (strip) j++;
    // Keep chomping (+) and explicit indentation are rare: give up on anything else after the header.
    if (!isBreakOrEnd(t.charCodeAt(j))) throw GIVE_UP;
    let lineStart = this.lineEnd(j) + 1;
    if (lineStart > n) throw GIVE_UP;
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
    this.place(i);
    this.seek(lineStart);
    return strip ? text : `${text}\n`;
  }
}
