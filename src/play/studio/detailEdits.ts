// The story's details (its title, summary, role, setting, customer and the like) as the studio's details form reads
// and changes them: each change is the smallest edit of the story's text (fieldEdits.ts).
import { EXPRESSIONS, type Expression } from '../../engine/schema.ts';
import { isMap, isScalar, isSeq } from 'yaml';
import { documentOf } from './parsedText.ts';
import { setField } from './fieldEdits.ts';
import type { TextChange } from './textEdits.ts';

/** The details the form edits, by their path in the story; in the format's order within each map. */
export const DETAIL_PATHS = [
  ['id'],
  ['language'],
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

/** A member of the cast as written: every field but the id may be missing (the check then says so). */
export interface CastFields {
  id: string;
  /** The name, or the id where none is written. */
  name: string;
  look: string | null;
  pronoun: string | null;
  via: string | null;
  about: string | null;
}

/** A look the story builds, as written: its id, and each part where written (the check says what is wrong). */
export interface LookFields {
  id: string;
  title: string | null;
  head: string | null;
  body: string | null;
  skin: string | null;
  hair: string | null;
  build: string | null;
  glasses: boolean;
  headset: boolean;
  /** The image each mood is drawn from, for a look of the author's own pictures; null for a look built from parts. */
  pictures: Record<Expression, string | null> | null;
}

/** A variation as written: its id and its outcomes, each with its weight and a line about it where written. */
export interface VariationFields {
  id: string;
  outcomes: { id: string; weight: string | null; about: string | null }[];
}

/** What the text says of the details now, as written (not with the format's defaults), its cast and variations. */
export interface StoryDetails {
  values: Partial<Record<string, string | number>>;
  cast: CastFields[];
  /** The story's own looks (`looks:`). */
  looks: LookFields[];
  /** The story's own pictures (`images:`), by id, each a data: URL as written. */
  images: Record<string, string>;
  /** Null where the variations are written in a way the form cannot follow (on one line, say). */
  variations: VariationFields[] | null;
  /** The articles the story cites, by file name, as written; null where the list holds something else than names. */
  sources: string[] | null;
}

function sourcesOf(node: unknown): string[] | null {
  if (node === undefined || node === null) return [];
  if (!isSeq(node)) return null;
  const files = node.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : null));
  return files.every((file) => file !== null) ? files : null;
}

function variationsOf(node: unknown): VariationFields[] | null {
  if (node === undefined) return [];
  if (!isMap(node) || node.flow) return null;
  const variations: VariationFields[] = [];
  for (const pair of node.items) {
    if (!isScalar(pair.key) || !isSeq(pair.value) || pair.value.flow) return null;
    const outcomes = pair.value.items.map((item) => ({
      id: textIn(item, 'id') ?? '',
      weight: isMap(item) && item.get('weight') !== undefined ? String(item.get('weight')) : null,
      about: textIn(item, 'about'),
    }));
    variations.push({ id: String(pair.key.value), outcomes });
  }
  return variations;
}

const textIn = (map: unknown, key: string): string | null => {
  const value: unknown = isMap(map) ? map.get(key) : undefined;
  return typeof value === 'string' ? value : null;
};

const keyOf = (path: readonly string[]) => path.join('.');

function looksOf(node: unknown): LookFields[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    if (!isScalar(pair.key)) return [];
    const look = pair.value;
    const yes = (key: string) => isMap(look) && look.get(key) === true;
    return [
      {
        id: String(pair.key.value),
        title: textIn(look, 'title'),
        head: textIn(look, 'head'),
        body: textIn(look, 'body'),
        skin: textIn(look, 'skin'),
        hair: textIn(look, 'hair'),
        build: textIn(look, 'build'),
        glasses: yes('glasses'),
        headset: yes('headset'),
        pictures: picturesOf(isMap(look) ? look.get('pictures', true) : undefined),
      },
    ];
  });
}

function picturesOf(node: unknown): LookFields['pictures'] {
  if (!isMap(node)) return null;
  return Object.fromEntries(EXPRESSIONS.map((mood) => [mood, textIn(node, mood)])) as Record<Expression, string | null>;
}

function imagesOf(node: unknown): Record<string, string> {
  if (!isMap(node)) return {};
  return Object.fromEntries(
    node.items.flatMap((pair) =>
      isScalar(pair.key) && isScalar(pair.value) && typeof pair.value.value === 'string'
        ? [[String(pair.key.value), pair.value.value]]
        : [],
    ),
  );
}

/** The details as the text writes them; null when the text is not YAML the form can follow. */
export function readDetails(text: string): StoryDetails | null {
  const doc = documentOf(text, 'details');
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
    looks: looksOf(doc.get('looks', true)),
    images: imagesOf(doc.get('images', true)),
    variations: variationsOf(doc.get('variations', true)),
    sources: sourcesOf(doc.get('sources', true)),
    cast: isMap(cast)
      ? cast.items.flatMap((pair) => {
          if (!isScalar(pair.key)) return [];
          const id = String(pair.key.value);
          const member = pair.value;
          return [
            {
              id,
              name: textIn(member, 'name') ?? id,
              look: textIn(member, 'look'),
              pronoun: textIn(member, 'pronoun'),
              via: textIn(member, 'via'),
              about: textIn(member, 'about'),
            },
          ];
        })
      : [],
  };
}

/**
 * The changes that set the detail at `path` to `value` (a text, or a number written as one), or take an optional
 * one out (`null`); null when the text cannot take the change in place (fieldEdits.ts).
 */
export function setDetail(text: string, path: DetailPath, value: string | number | null): TextChange[] | null {
  return setField(text, path, value);
}

/**
 * The changes that make the story cite an article (file name) or stop citing it, in the text as it is now: the list
 * on the `sources:` line in the order written, one cited added at its end. `last` when it is the only one cited, as
 * a story cites at least one; null when the text cannot take the change in place.
 */
export function citeSource(text: string, file: string, cited: boolean): TextChange[] | 'last' | null {
  const doc = documentOf(text, 'details');
  const written = doc.errors.length || !isMap(doc.contents) ? null : sourcesOf(doc.get('sources', true));
  if (!written) return null;
  const files = cited ? (written.includes(file) ? written : [...written, file]) : written.filter((f) => f !== file);
  return files.length ? setField(text, ['sources'], files) : 'last';
}
