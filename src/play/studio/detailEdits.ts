// The story's details (its title, summary, role, setting, customer and the like) as the studio's details form reads
// and changes them: each change is the smallest edit of the story's text, as a map form's is (textEdits.ts). A value
// written is replaced in place; a field the text lacks is added on a line of its own, beside the fields that come
// before it in the format's order; an optional field cleared loses its line. Every other byte stays as written.
import { isMap, isPair, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { lineStart, ownLines } from './beatEdits.ts';
import { scalarText, type TextChange } from './textEdits.ts';

/** The details the form edits, by their path in the story; in the format's order within each map. */
export const DETAIL_PATHS = [
  ['title'],
  ['summary'],
  ['role'],
  ['industry'],
  ['difficulty'],
  ['minutes'],
  ['setting', 'place'],
  ['setting', 'backdrop'],
  ['setting', 'time'],
  ['customer'],
  ['mood'],
  ['currency'],
] as const;

export type DetailPath = (typeof DETAIL_PATHS)[number];

/** The top-level fields in the format's order (schema.ts), so an added field goes where an author would put it. */
const TOP_ORDER = [
  'format',
  'id',
  'title',
  'summary',
  'sources',
  'role',
  'industry',
  'difficulty',
  'minutes',
  'setting',
  'cast',
  'customer',
  'mood',
  'currency',
  'variations',
  'start',
  'beats',
];
const SETTING_ORDER = ['place', 'backdrop', 'time'];

/** What the text says of the details now, as written (not with the format's defaults), and its cast. */
export interface StoryDetails {
  values: Partial<Record<string, string | number>>;
  cast: { id: string; name: string }[];
}

const keyOf = (path: readonly string[]) => path.join('.');

/** The details as the text writes them; null when the text is not YAML the form can follow. */
export function readDetails(text: string): StoryDetails | null {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return null;
  const values: StoryDetails['values'] = {};
  for (const path of DETAIL_PATHS) {
    const node = doc.getIn(path, true);
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
      values[keyOf(path)] = node.value;
  }
  const cast = doc.get('cast', true);
  return {
    values,
    cast: isMap(cast)
      ? cast.items.flatMap((pair) => {
          if (!isScalar(pair.key)) return [];
          const id = String(pair.key.value);
          const name = isMap(pair.value) ? pair.value.get('name') : undefined;
          return [{ id, name: typeof name === 'string' ? name : id }];
        })
      : [],
  };
}

/**
 * The changes that set the detail at `path` to `value` (a text, or a number written as one), or take an optional
 * one out (`null`). Null when the text cannot take the change in place: it is not YAML, or the map the field
 * belongs in is written on one line (`{…}`) or is not there at all, which the author then edits in the text.
 */
export function setDetail(text: string, path: DetailPath, value: string | number | null): TextChange[] | null {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return null;
  const written = typeof value === 'number' ? String(value) : value === null ? null : scalarText(value);
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent) || parent.flow) return null;
  const name = path[path.length - 1]!;
  const pair = pairOf(parent, name);
  if (pair) {
    if (written === null) return [removal(text, pair)];
    const node = pair.value;
    if (isScalar(node) && node.range) return [{ from: node.range[0], to: node.range[1], insert: written }];
    return null;
  }
  if (written === null) return [];
  return addition(text, parent, name, written, path.length === 1 ? TOP_ORDER : SETTING_ORDER);
}

function pairOf(map: YAMLMap, name: string): Pair | undefined {
  return map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === name);
}

/** The pair's lines, from its key (and the comments just above it) to the end of its value. */
function removal(text: string, pair: Pair): TextChange {
  const key = pair.key as { range?: [number, number, number] };
  const value = pair.value as { range?: [number, number, number] } | null;
  const start = key.range![0];
  const end = value?.range?.[1] ?? key.range![1];
  const { from, to } = ownLines(text, start, end);
  return { from, to, insert: '' };
}

/** A line `name: value` after the last field written before it in `order` (or first in the map), indented as its fields are. */
function addition(
  text: string,
  map: YAMLMap,
  name: string,
  written: string,
  order: readonly string[],
): TextChange[] | null {
  const before = order.slice(0, order.indexOf(name));
  const pairs = map.items.filter(
    (item): item is Pair => isPair(item) && isScalar(item.key) && (item.key as { range?: unknown }).range !== undefined,
  );
  const first = pairs[0];
  if (!first) return null;
  const firstKey = first.key as { range: [number, number, number] };
  const indent = text.slice(lineStart(text, firstKey.range[0]), firstKey.range[0]);
  if (!/^ *$/.test(indent)) return null;
  const after = [...pairs].reverse().find((p) => before.includes(String((p.key as { value: unknown }).value)));
  const line = `${indent}${name}: ${written}\n`;
  if (!after) {
    const at = lineStart(text, firstKey.range[0]);
    return [{ from: at, to: at, insert: line }];
  }
  const key = after.key as { range: [number, number, number] };
  const value = after.value as { range?: [number, number, number] } | null;
  const { to } = ownLines(text, key.range[0], value?.range?.[1] ?? key.range[1]);
  const lead = to > 0 && text[to - 1] !== '\n' ? '\n' : '';
  return [{ from: to, to, insert: `${lead}${line}` }];
}
