// A fast reader for the everyday YAML that scenario files are written in: block
// maps and lists, one-line plain and quoted scalars, one-line flow collections
// and block text (| and >). The yaml package reads a 10,000-beat story in
// seconds, building tokens and a document tree nobody needs when the file is
// sound; this reads it in one pass straight to data. It gives up — and the
// yaml package reads the file, errors and all — on anything outside that
// subset or anything doubtful, so what it returns is exactly what the yaml
// package would (tests/unit/common-yaml.test.ts compares the two).
import { readFlow } from './commonYamlFlow.ts';
import {
  COLON, DASH, DOT, DQ, GIVE_UP, GT, HASH, LBRACE, LBRACK, MAX_DEPTH, NL, PIPE, SP, SQ,
  isBreakOrEnd, plainStart, readBlockText, readQuoted, resolvePlain,
} from './commonYamlScalars.ts';

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
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** The yaml package refuses implicit keys longer than 1024 characters; stay clear of the edge. */
const LONGEST_KEY = 1000;
const KEY_CACHE_SIZE = 1024;


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
      const quoted = readQuoted(t, start);
      key = quoted.text;
      colon = quoted.end;
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
        const { text, end } = readQuoted(t, i);
        this.place(i);
        this.finishLine(end);
        return text;
      }
      case LBRACK:
      case LBRACE: {
        const flow = readFlow(t, i, this.positions, MAX_DEPTH - this.depth);
        if (this.positions) this.node = flow.placed;
        this.finishLine(flow.end);
        return flow.value;
      }
      case PIPE:
      case GT: {
        const { text, next } = readBlockText(t, i, parent);
        this.place(i);
        this.seek(next);
        return text;
      }
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
}
