// Where a way on leads, when it depends on the play so far: `next:` as branches (`- when: … go: …`), tried in order,
// the last without `when` taken otherwise (schema.ts). The studio's forms change them as the smallest edits of the
// story's text: a beat named becomes two branches when the first condition is given, a branch is added before the one
// taken otherwise, and a branch taken out leaves, when only the one taken otherwise is left, the beat named again.
// What a branch asks and where it goes are fields like any other (fieldEdits.ts).
import { isMap, isPair, isScalar, isSeq, stringify, type Pair, type YAMLMap } from 'yaml';
import { documentOf, scopeOf } from './parsedText.ts';
import { lineStart } from './beatEdits.ts';
import type { FieldPath } from './fieldEdits.ts';
import { blockList, itemLines } from './listEdits.ts';
import { scalarText, type TextChange } from './textEdits.ts';

/** A condition as the form writes it: on one line, as the game's own stories write theirs (`{ chose: fetch-it }`). */
const conditionText = (when: object) => stringify(when, { collectionStyle: 'flow', lineWidth: 0 }).trim();

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;

/** The `next` pair of the way whose `next` is at `path` (a beat's, a choice's or a timeout's), in block style. */
function nextPair(text: string, path: FieldPath): { pair: Pair; holder: YAMLMap } | null {
  const doc = documentOf(text, scopeOf(path));
  if (doc.errors.length || path[path.length - 1] !== 'next') return null;
  const holder = doc.getIn(path.slice(0, -1), true);
  if (!isMap(holder) || holder.flow) return null;
  const pair = holder.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'next');
  return pair && rangeOf(pair.key) ? { pair, holder } : null;
}

/** From just after `next:` to the end of its value's last line (its line break left alone). */
function valueSpan(text: string, pair: Pair, to: number): { from: number; to: number } {
  const colon = text.indexOf(':', rangeOf(pair.key)![1]);
  return { from: colon + 1, to: text[to - 1] === '\n' ? to - 1 : to };
}

/**
 * The changes that make the way at `path` (its `next`) lead to `go` when `when` holds: a beat named becomes that
 * branch and, after it, the beat as the one taken otherwise; among branches, the new one goes before the one taken
 * otherwise (or last, when none is). Null where the text cannot take it in place: `next` missing, or written on one
 * line as a list.
 */
export function addBranch(text: string, path: FieldPath, when: object, go: string): TextChange[] | null {
  const found = nextPair(text, path);
  if (!found) return null;
  const { pair } = found;
  const branch = (indent: string) => `${indent}- when: ${conditionText(when)}\n${indent}  go: ${scalarText(go)}`;
  const value = pair.value;
  if (isScalar(value) && typeof value.value === 'string' && rangeOf(value)) {
    const key = rangeOf(pair.key)!;
    const indent = ' '.repeat(key[0] - lineStart(text, key[0]) + 2);
    const span = valueSpan(text, pair, rangeOf(value)![1]);
    const otherwise = `${indent}- go: ${text.slice(rangeOf(value)![0], rangeOf(value)![1])}`;
    return [{ ...span, insert: `\n${branch(indent)}\n${otherwise}` }];
  }
  const list = isSeq(value) ? blockList(text, path) : null;
  if (!list?.items.length) return null;
  const last = list.items.length - 1;
  const lines = itemLines(text, list, last);
  const lastItem = list.items[last];
  if (isMap(lastItem) && !lastItem.has('when'))
    return [{ from: lines.from, to: lines.from, insert: `${branch(lines.indent)}\n` }];
  const lead = text[lines.to - 1] === '\n' ? '' : '\n';
  return [{ from: lines.to, to: lines.to, insert: `${lead}${branch(lines.indent)}\n` }];
}

/**
 * The changes that take the branch at `index` out of the way at `path`. When only one branch would be left and it
 * asks nothing, the way names its beat again (`next: beat`). Null where there is no such branch, or it is the only
 * one: a way must lead somewhere.
 */
export function removeBranch(text: string, path: FieldPath, index: number): TextChange[] | null {
  const found = nextPair(text, path);
  const list = found && isSeq(found.pair.value) ? blockList(text, path) : null;
  if (!found || !list || list.items.length < 2 || index < 0 || index >= list.items.length) return null;
  const left = list.items.length === 2 ? list.items[1 - index] : undefined;
  const go = isMap(left) && !left.has('when') && left.items.length === 1 ? left.get('go', true) : undefined;
  if (isScalar(go) && rangeOf(go)) {
    const end = itemLines(text, list, list.items.length - 1).to;
    const goText = text.slice(rangeOf(go)![0], rangeOf(go)![1]);
    return [{ ...valueSpan(text, found.pair, end), insert: ` ${goText}` }];
  }
  const { from, to } = itemLines(text, list, index);
  return [{ from, to, insert: '' }];
}
