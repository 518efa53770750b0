// A list in the story's text (a beat's lines, a variation's outcomes) as the studio's forms change it: an item added
// after the last, or one taken out, each the smallest edit of the text, every other byte as written.
import { isSeq, stringify, type Node, type YAMLSeq } from 'yaml';
import { documentOf, scopeOf } from './parsedText.ts';
import { lineStart, ownLines } from './beatEdits.ts';
import type { FieldPath } from './fieldEdits.ts';
import type { TextChange } from './textEdits.ts';

/** The list at `path`, written in block style with every item placed in the text; null for anything else. */
export function blockList(text: string, path: FieldPath): YAMLSeq<unknown> | null {
  const doc = documentOf(text, scopeOf(path));
  if (doc.errors.length) return null;
  const list = doc.getIn(path, true);
  if (!isSeq(list) || list.flow || !list.items.every((item) => (item as Node | null)?.range)) return null;
  return list;
}

/** The lines of the list's item `i`: from its dash (and the comments just above it) to the end of its last line. */
export function itemLines(
  text: string,
  list: YAMLSeq<unknown>,
  i: number,
): { from: number; to: number; indent: string } {
  const range = (list.items[i] as Node).range!;
  const indent = /^ */.exec(text.slice(lineStart(text, range[0])))![0];
  return { ...ownLines(text, range[0], range[1]), indent };
}

/** A new item after the list's last, written by the yaml package at the list's indentation. */
export function appendItem(text: string, path: FieldPath, item: unknown): TextChange[] | null {
  const list = blockList(text, path);
  if (!list?.items.length) return null;
  const { to, indent } = itemLines(text, list, list.items.length - 1);
  const lines = stringify([item], { indent: 2, lineWidth: 0 }).trimEnd().split('\n');
  const lead = to > 0 && text[to - 1] !== '\n' ? '\n' : '';
  return [{ from: to, to, insert: `${lead}${lines.map((l) => indent + l).join('\n')}\n` }];
}

/** Takes the list's item at `index` out, as long as `keep` items stay. */
export function deleteItem(text: string, path: FieldPath, index: number, keep = 1): TextChange[] | null {
  const list = blockList(text, path);
  if (!list || list.items.length <= keep || index < 0 || index >= list.items.length) return null;
  const { from, to } = itemLines(text, list, index);
  return [{ from, to, insert: '' }];
}
