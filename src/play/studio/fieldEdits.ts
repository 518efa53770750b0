// One field of the story set, added or taken out as the smallest edit of its text, for the studio's forms: a value
// written is replaced in place; a field the text lacks is added on a line of its own beside the fields the format
// writes before it (and the maps it belongs in with it, when they are missing too); an optional field cleared loses
// its line, and a map it leaves empty loses its own. Every other byte (comments, key order, quoting, blank lines)
// stays as the author wrote it. The `yaml` package's Document gives each field's place in the text.
import { isMap, isPair, isScalar, isSeq, stringify, type Document, type Pair, type YAMLMap } from 'yaml';
import { Scenario } from '../../engine/schema.ts';
import { documentOf, scopeOf } from './parsedText.ts';
import { lineStart, ownLines } from './beatEdits.ts';
import { scalarText, type TextChange } from './textEdits.ts';

export type FieldPath = readonly (string | number)[];
/** A text, a number, a yes or no, or a list of ids (a choice's flags), each written as YAML writes it; null takes the field out. */
export type FieldValue = string | number | boolean | readonly string[] | null;

/**
 * The order the format writes a map's fields in (schema.ts), so an added field goes where an author would put it. The
 * top level's is read from the schema itself, so a field the format gains goes in its place without a second list.
 */
const TOP = Object.keys(Scenario.shape);
const SETTING = ['place', 'backdrop', 'time'];
const CAST_MEMBER = ['name', 'look', 'pronoun', 'via', 'about'];
const LOOK = ['title', 'head', 'body', 'skin', 'hair', 'build', 'glasses', 'headset', 'pictures'];
const PICTURES = ['content', 'worried', 'annoyed', 'delighted'];
const BEAT = ['title', 'breakdown', 'lines', 'choices', 'patience', 'next', 'ending'];
const CHOICE = ['id', 'text', 'when', 'level', 'harm', 'upholds', 'breaks', 'effects', 'set', 'feedback', 'next'];
const ENDING = ['title', 'core', 'experience', 'summary'];
const PATIENCE = ['seconds', 'text', 'level', 'harm', 'upholds', 'breaks', 'effects', 'set', 'feedback', 'next'];
const BRANCH = ['when', 'go'];

/** The format's order for the map a path's last field belongs in; fields of other maps (a line's, reasons) go last. */
function orderFor(path: FieldPath): readonly string[] {
  const inMap = path.slice(0, -1);
  if (inMap.length === 0) return TOP;
  if (inMap.length === 1 && inMap[0] === 'setting') return SETTING;
  if (inMap.length === 2 && inMap[0] === 'cast') return CAST_MEMBER;
  if (inMap.length === 2 && inMap[0] === 'looks') return LOOK;
  if (inMap.length === 3 && inMap[0] === 'looks') return PICTURES;
  if (inMap[0] !== 'beats') return [];
  if (inMap.length === 2) return BEAT;
  // A branch: an item of a way's `next` list.
  if (inMap[inMap.length - 2] === 'next' && typeof inMap[inMap.length - 1] === 'number') return BRANCH;
  if (inMap.length === 3 && inMap[2] === 'ending') return ENDING;
  if (inMap.length === 3 && inMap[2] === 'patience') return PATIENCE;
  if (inMap.length === 4 && inMap[2] === 'choices') return CHOICE;
  return [];
}

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;

function pairOf(map: YAMLMap, name: string | number): Pair | undefined {
  return map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === name);
}

/**
 * The changes that set the field at `path` to `value` (a text, or a number written as one) or take an optional one
 * out (`null`). Null when the text cannot take the change in place: it is not YAML, a value on the way is a list
 * index that is not there or not a map, or a map on the way is written on one line (`{…}`), which the author then
 * edits in the text.
 */
export function setField(text: string, path: FieldPath, value: FieldValue): TextChange[] | null {
  const doc = documentOf(text, scopeOf(path));
  if (doc.errors.length || !isMap(doc.contents) || path.length === 0) return null;
  const written = writtenAs(value);
  // A text that is an item of a list (narration, as a beat's plain line): replaced where it stands.
  if (typeof path[path.length - 1] === 'number') {
    const item = doc.getIn(path, true);
    const range = rangeOf(item);
    if (!isScalar(item) || !range || written === null || Array.isArray(value)) return null;
    return [{ from: range[0], to: text[range[1] - 1] === '\n' ? range[1] - 1 : range[1], insert: written }];
  }
  const found = deepestMap(doc, path);
  if (!found) return null;
  const { map, depth } = found;
  const name = path[depth]!;
  if (depth < path.length - 1) {
    if (written === null) return [];
    if (map.flow) return null;
    // A map missing on the way is written with the field inside it: `upholds:` then `  listen-first: …`.
    const missing = path.slice(depth + 1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
    return addition(text, map, String(name), missing, orderFor(path.slice(0, depth + 1)));
  }
  const pair = pairOf(map, name);
  if (pair) {
    if (written === null) return [removal(text, doc, path, pair, map)];
    const range = rangeOf(pair.value);
    if (isScalar(pair.value) && range) return [{ from: range[0], to: range[1], insert: written }];
    const key = rangeOf(pair.key);
    const colon = key ? text.indexOf(':', key[1]) : -1;
    // `field:` with nothing after it: the value goes after the colon.
    if (pair.value === null && key && text[key[1]] === ':')
      return [{ from: key[1] + 1, to: key[1] + 1, insert: ` ${written}` }];
    // A list given for a list (a choice's flags), however it was written: the new one on the key's line.
    if (Array.isArray(value) && isSeq(pair.value) && range && colon >= 0) {
      const end = text[range[1] - 1] === '\n' ? range[1] - 1 : range[1];
      return [{ from: colon + 1, to: end, insert: ` ${written}` }];
    }
    return null;
  }
  if (written === null) return [];
  if (map.flow) return flowAddition(text, map, String(name), written);
  return addition(text, map, String(name), written, orderFor(path));
}

/**
 * The deepest map on the way to `path` that is written, and how deep it is: the field, and any map it belongs in that
 * is not written yet, go into it. Null where something else than a map, or a list index not there, is on the way.
 */
function deepestMap(doc: Document.Parsed, path: FieldPath): { map: YAMLMap; depth: number } | null {
  let depth = path.length - 1;
  let map: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  while (!isMap(map) && depth > 0 && typeof path[depth - 1] === 'string') {
    if (map !== undefined && map !== null) return null;
    depth--;
    map = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  }
  return isMap(map) ? { map, depth } : null;
}

/**
 * A field the text does not have yet, whose value is any data (a variation's list of outcomes), written by the yaml
 * package below its key where the format puts it, with any map it belongs in that is missing. Null where the field
 * is written already, or the text cannot take it in place.
 */
export function addField(text: string, path: FieldPath, data: object): TextChange[] | null {
  const doc = documentOf(text, scopeOf(path));
  if (doc.errors.length || !isMap(doc.contents) || path.length === 0) return null;
  const found = deepestMap(doc, path);
  if (!found || found.map.flow) return null;
  const { map, depth } = found;
  const name = path[depth]!;
  if (depth === path.length - 1 && pairOf(map, name)) return null;
  const value = path.slice(depth + 1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), data);
  return addition(text, map, String(name), value, orderFor(path.slice(0, depth + 1)));
}

/**
 * A plain id or file name as it is, anything else in quotes: what a list of flags or articles is written with. Read
 * back, a plain item must still be that text: a number (`1e5`, `0x1F`) or `true`, `false`, `null` would not be.
 */
const listItem = (item: string) =>
  /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i.test(item) && !/^(?:true|false|null)$/i.test(item) && Number.isNaN(Number(item))
    ? item
    : JSON.stringify(item);

function writtenAs(value: FieldValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return scalarText(value);
  return `[${value.map(listItem).join(', ')}]`;
}

/** `name: value` added at the end of a map written on one line (`{ mood: 5 }` → `{ mood: 5, cost: 3 }`). */
function flowAddition(text: string, map: YAMLMap, name: string, written: string): TextChange[] | null {
  const range = rangeOf(map);
  if (!range) return null;
  const close = text.lastIndexOf('}', range[1] - 1);
  if (close < range[0]) return null;
  let at = close;
  while (at > range[0] + 1 && text[at - 1] === ' ') at--;
  const entry = `${name}: ${written}`;
  return [{ from: at, to: at, insert: map.items.length ? `, ${entry}` : ` ${entry} ` }];
}

/**
 * The pair's lines, from its key (and the comments just above it) to the end of its value; or, when it is the
 * map's only field, the lines of the pair that holds the map, as an empty map is not one the format takes.
 */
function removal(text: string, doc: Document.Parsed, path: FieldPath, pair: Pair, map: YAMLMap): TextChange {
  if (map.items.length === 1 && path.length > 1 && typeof path[path.length - 2] === 'string') {
    const holder = path.length === 2 ? doc.contents : doc.getIn(path.slice(0, -2), true);
    const outer = isMap(holder) ? pairOf(holder, path[path.length - 2]!) : undefined;
    if (isMap(holder) && outer) return removal(text, doc, path.slice(0, -1), outer, holder);
  }
  const start = rangeOf(pair.key)![0];
  const end = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)![1];
  if (map.flow) return flowRemoval(text, start, end);
  const { from, to } = ownLines(text, start, end);
  return { from, to, insert: '' };
}

/** A pair taken out of a map written on one line, with the comma that parts it from the next (or the one before). */
function flowRemoval(text: string, start: number, end: number): TextChange {
  const after = /^\s*,\s*/.exec(text.slice(end));
  if (after) return { from: start, to: end + after[0].length, insert: '' };
  const before = /,\s*$/.exec(text.slice(0, start));
  return { from: before ? start - before[0].length : start, to: end, insert: '' };
}

/**
 * `name: value` on lines of its own, after the last field written before it in `order` (or after the map's last
 * field when none is), indented as the map's fields are. A value that is a map is written below its key.
 */
function addition(
  text: string,
  map: YAMLMap,
  name: string,
  value: unknown,
  order: readonly string[],
): TextChange[] | null {
  const pairs = map.items.filter((item): item is Pair => isPair(item) && isScalar(item.key) && !!rangeOf(item.key));
  const first = pairs[0];
  if (!first) return null;
  const firstKey = rangeOf(first.key)!;
  // The map's first field may follow a list's dash (`- id: …`): its fields line up with that field's column.
  const lead = text.slice(lineStart(text, firstKey[0]), firstKey[0]);
  if (!/^[ -]*$/.test(lead)) return null;
  const indent = ' '.repeat(lead.length);
  const before = order.includes(name) ? order.slice(0, order.indexOf(name)) : null;
  const after = before
    ? [...pairs].reverse().find((p) => before.includes(String((p.key as { value: unknown }).value)))
    : pairs.at(-1);
  const body =
    typeof value === 'string'
      ? `${name}: ${value}`
      : stringify({ [name]: value }, { indent: 2, lineWidth: 0 }).trimEnd();
  const lines = `${body
    .split('\n')
    .map((l) => indent + l)
    .join('\n')}\n`;
  if (!after) {
    // A map that is a list's item (`- go: …`): the new field takes the dash, and the first one moves to a line below.
    if (lead.includes('-'))
      return [{ from: firstKey[0], to: firstKey[0], insert: `${body.split('\n').join(`\n${indent}`)}\n${indent}` }];
    const at = lineStart(text, firstKey[0]);
    return [{ from: at, to: at, insert: lines }];
  }
  const key = rangeOf(after.key)!;
  const { to } = ownLines(text, key[0], rangeOf(after.value)?.[1] ?? key[1]);
  const newline = to > 0 && text[to - 1] !== '\n' ? '\n' : '';
  return [{ from: to, to, insert: `${newline}${lines}` }];
}
