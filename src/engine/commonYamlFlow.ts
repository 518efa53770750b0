// One-line flow collections for the common YAML reader (commonYaml.ts):
// `[a, b]` and `{ mood: 5, minutes: 2 }`, nested or not, with plain or quoted
// scalars. Anything else (a collection over several lines, a trailing comma, a
// key without a value, a comment inside) throws GIVE_UP.
import type { Placed } from './commonYaml.ts';
import { COLON, COMMA, DQ, GIVE_UP, HASH, LBRACE, LBRACK, NL, RBRACE, RBRACK, SP, SQ, plainStart, readQuoted, resolvePlain } from './commonYamlScalars.ts';

export interface Flow {
  value: unknown;
  /** With positions only. */
  placed: Placed | undefined;
  /** Just after the closing bracket. */
  end: number;
}

/** The flow list or map starting at `i`, nested at most `depth` levels. */
export function readFlow(t: string, i: number, positions: boolean, depth: number): Flow {
  if (depth <= 0) throw GIVE_UP;
  const isMap = t.charCodeAt(i) === LBRACE;
  const close = isMap ? RBRACE : RBRACK;
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  const items: Placed[] | undefined = positions && !isMap ? [] : undefined;
  const pairs = positions && isMap ? new Map<string, { key: number; value: Placed }>() : undefined;
  let j = skipSpaces(t, i + 1);
  if (t.charCodeAt(j) !== close) {
    for (;;) {
      let item: Flow;
      if (isMap) {
        const keyAt = j;
        let key: string;
        if (t.charCodeAt(j) === DQ || t.charCodeAt(j) === SQ) {
          const quoted = readQuoted(t, j);
          key = quoted.text;
          j = quoted.end;
        } else {
          j = plainEnd(t, j, true);
          key = t.slice(keyAt, trimmed(t, keyAt, j));
          if (typeof resolvePlain(key) !== 'string') throw GIVE_UP;
        }
        if (t.charCodeAt(j) !== COLON || t.charCodeAt(j + 1) !== SP || Object.hasOwn(map, key) || key === '__proto__') throw GIVE_UP;
        item = readItem(t, skipSpaces(t, j + 1), positions, depth);
        map[key] = item.value;
        pairs?.set(key, { key: keyAt, value: item.placed! });
      } else {
        item = readItem(t, j, positions, depth);
        list.push(item.value);
        items?.push(item.placed!);
      }
      j = skipSpaces(t, item.end);
      const c = t.charCodeAt(j);
      if (c === close) break;
      if (c !== COMMA) throw GIVE_UP;
      j = skipSpaces(t, j + 1);
      if (t.charCodeAt(j) === close) throw GIVE_UP;
    }
  }
  const placed = positions ? (isMap ? { offset: i, pairs: pairs! } : { offset: i, items: items! }) : undefined;
  return { value: isMap ? map : list, placed, end: j + 1 };
}

function readItem(t: string, j: number, positions: boolean, depth: number): Flow {
  const c = t.charCodeAt(j);
  if (c === LBRACK || c === LBRACE) return readFlow(t, j, positions, depth - 1);
  const placed = positions ? { offset: j } : undefined;
  if (c === DQ || c === SQ) {
    const { text, end } = readQuoted(t, j);
    // "key": value inside a list is a one-pair map; not in the subset.
    if (t.charCodeAt(end) === COLON) throw GIVE_UP;
    return { value: text, placed, end };
  }
  const end = plainEnd(t, j, false);
  return { value: resolvePlain(t.slice(j, trimmed(t, j, end))), placed, end };
}

/** The end of a plain scalar in a flow collection: at a comma, a bracket or, for a key, its colon. */
function plainEnd(t: string, i: number, isKey: boolean): number {
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

/** The end of `from`…`to` without trailing spaces (only spaces: YAML trims no other white space). */
function trimmed(t: string, from: number, to: number): number {
  while (to > from && t.charCodeAt(to - 1) === SP) to--;
  return to;
}

function skipSpaces(t: string, i: number): number {
  while (t.charCodeAt(i) === SP) i++;
  return i;
}
