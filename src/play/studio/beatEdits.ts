// The studio's beat operations (a new beat on a way on, rename, duplicate, delete) as changes to the story's text,
// as a form's edit is (textEdits.ts): only the lines of the beats concerned and the names that point at them change,
// and every other byte (comments, key order, blank lines) stays as the author wrote it. Each returns the changes in
// the text as it was, applied together as one step of undo, and the beat to select afterwards.
import { isMap, isNode, isScalar, isSeq, stringify, type Node, type Scalar } from 'yaml';
import { beatIdsOf, documentOf } from './parsedText.ts';
import { Id } from '../../engine/schema.ts';
import { FILL_IN } from '../skeleton.ts';
import { scalarText, type TextChange } from './textEdits.ts';

/** Why an operation was not made, for the studio to word. */
export type BeatEditProblem = 'unreadable' | 'no-beat' | 'not-an-id' | 'taken' | 'start' | 'no-way';

export type BeatEdit = { changes: TextChange[]; select: string } | { problem: BeatEditProblem };

/** The longest id the format allows (schema.ts `Id`), which free ids stay within. */
const MAX_ID = 80;

/** A beat as written: its id and its fields, both placed in the text. */
interface BeatPair {
  key: Scalar;
  value: Node;
}

interface Story {
  start: Scalar | null;
  pairs: Map<string, BeatPair>;
}

function read(text: string): Story | null {
  const doc = documentOf(text);
  if (doc.errors.length) return null;
  const beats = doc.get('beats', true);
  if (!isMap(beats)) return null;
  const pairs = new Map<string, BeatPair>();
  for (const { key, value } of beats.items)
    if (isScalar(key) && key.range && isNode(value) && value.range) pairs.set(String(key.value), { key, value });
  const start = doc.get('start', true);
  return { start: isScalar(start) && start.range ? start : null, pairs };
}

/** The first of `base`, `base-2`, `base-3`… that no beat has. */
export function freeBeatId(base: string, taken: (id: string) => boolean): string {
  const stem = base.slice(0, MAX_ID - 4).replace(/-+$/, '') || 'beat';
  if (!taken(stem)) return stem;
  for (let n = 2; ; n++) if (!taken(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The scalars in a `next` (one beat, or branches' `go`). */
function nextScalars(next: unknown): Scalar[] {
  if (isScalar(next)) return [next];
  if (!isSeq(next)) return [];
  return next.items.flatMap((branch) => {
    const go = isMap(branch) ? branch.get('go', true) : null;
    return isScalar(go) ? [go] : [];
  });
}

/** Every `next` in the story, each with where it is: a choice's (beat and index), a timeout's, or a Continue's. */
function allNexts(story: Story): { beat: string; choice: number | null; patience: boolean; node: unknown }[] {
  const found: { beat: string; choice: number | null; patience: boolean; node: unknown }[] = [];
  for (const [beat, pair] of story.pairs) {
    const value = pair.value;
    if (!isMap(value)) continue;
    found.push({ beat, choice: null, patience: false, node: value.get('next', true) });
    const patience = value.get('patience', true);
    if (isMap(patience)) found.push({ beat, choice: null, patience: true, node: patience.get('next', true) });
    const choices = value.get('choices', true);
    if (isSeq(choices))
      choices.items.forEach((choice, i) => {
        if (isMap(choice)) found.push({ beat, choice: i, patience: false, node: choice.get('next', true) });
      });
  }
  return found;
}

/** The places that name this beat: the story's start and every way on to it. */
function referencesTo(story: Story, id: string): Scalar[] {
  const refs = allNexts(story).flatMap(({ node }) => nextScalars(node).filter((s) => s.value === id && s.range));
  if (story.start?.value === id) refs.push(story.start);
  return refs;
}

/** The ids of the beats written in the text, in order (none where the text does not read). */
export function beatIdsIn(text: string): string[] {
  return beatIdsOf(text) ?? [...(read(text)?.pairs.keys() ?? [])];
}

/** How many ways on lead to this beat (the start counted as one), for the studio to say before a delete. */
export function waysInto(text: string, id: string): number {
  const story = read(text);
  return story ? referencesTo(story, id).length : 0;
}

const replace = (node: Scalar, insert: string): TextChange => ({ from: node.range![0], to: node.range![1], insert });

export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The lines of a node written from `start` to `end` (a beat, a choice): from the comments written just above its
 * first line to the end of its last line.
 */
export function ownLines(text: string, start: number, end: number): { from: number; to: number } {
  let from = lineStart(text, start);
  for (;;) {
    const above = lineStart(text, from - 1);
    if (from === 0 || !/^\s*#/.test(text.slice(above, from))) break;
    from = above;
  }
  const newline = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end);
  return { from, to: newline < 0 ? text.length : newline + 1 };
}

const beatLines = (text: string, pair: BeatPair) => ownLines(text, pair.key.range![0], pair.value.range![1]);

/** Every choice id written in these beats (the values of the beats map). */
export function choiceIdsIn(beats: Iterable<unknown>): Set<string> {
  const ids = new Set<string>();
  for (const beat of beats) {
    const choices = isMap(beat) ? beat.get('choices', true) : null;
    if (!isSeq(choices)) continue;
    for (const choice of choices.items) {
      const id = isMap(choice) ? choice.get('id', true) : null;
      if (isScalar(id)) ids.add(String(id.value));
    }
  }
  return ids;
}

/** The indentation of the beats' ids and how far a beat's fields are indented past it. */
function indents(text: string, pair: BeatPair): { beat: string; step: string } {
  const key = pair.key.range![0];
  const beat = text.slice(lineStart(text, key), key);
  const field = pair.value.range![0];
  const inner = field - lineStart(text, field) - beat.length;
  return { beat, step: ' '.repeat(inner > 0 ? inner : 2) };
}

const checkId = (story: Story, id: string): BeatEditProblem | null =>
  !Id.safeParse(id).success ? 'not-an-id' : story.pairs.has(id) ? 'taken' : null;

/** Gives the beat a new id, and every way on to it and the story's start the same. */
export function renameBeat(text: string, from: string, to: string): BeatEdit {
  const story = read(text);
  if (!story) return { problem: 'unreadable' };
  const pair = story.pairs.get(from);
  if (!pair) return { problem: 'no-beat' };
  if (to === from) return { changes: [], select: from };
  const problem = checkId(story, to);
  if (problem) return { problem };
  const changes = [replace(pair.key, to), ...referencesTo(story, from).map((ref) => replace(ref, to))];
  return { changes: changes.sort((a, b) => a.from - b.from), select: to };
}

/** Takes the beat out; the ways that led to it are then named by the check, to be pointed elsewhere. */
export function deleteBeat(text: string, id: string): BeatEdit {
  const story = read(text);
  if (!story) return { problem: 'unreadable' };
  const pair = story.pairs.get(id);
  if (!pair) return { problem: 'no-beat' };
  if (story.start?.value === id) return { problem: 'start' };
  const { from, to } = beatLines(text, pair);
  // A beat set apart by blank lines leaves one blank line between its neighbours, not two.
  const blankBefore = from > 0 && lineStart(text, from - 1) === from - 1;
  const blankAfter = to >= text.length || text[to] === '\n';
  return { changes: [{ from: blankBefore && blankAfter ? from - 1 : from, to, insert: '' }], select: '' };
}

/**
 * A copy of the beat just after it, under a free id (`<id>-2`…), its choices' ids made free too: the ways on stay
 * the original's, and nothing leads to the copy until the author points a way at it.
 */
export function duplicateBeat(text: string, id: string): BeatEdit {
  const story = read(text);
  if (!story) return { problem: 'unreadable' };
  const pair = story.pairs.get(id);
  if (!pair) return { problem: 'no-beat' };
  const { to } = beatLines(text, pair);
  const keyFrom = lineStart(text, pair.key.range![0]);
  const copyId = freeBeatId(id, (beat) => story.pairs.has(beat));
  const choiceIds = choiceIdsIn([...story.pairs.values()].map((p) => p.value));
  const renames: TextChange[] = [replace(pair.key, copyId)];
  const choices = isMap(pair.value) ? pair.value.get('choices', true) : null;
  if (isSeq(choices))
    for (const choice of choices.items) {
      const own = isMap(choice) ? choice.get('id', true) : null;
      if (!isScalar(own) || !own.range) continue;
      const fresh = freeBeatId(String(own.value), (c) => choiceIds.has(c));
      choiceIds.add(fresh);
      renames.push(replace(own, fresh));
    }
  // The copy is the beat's own lines (not the comments above it), with its ids replaced, last first.
  let copy = text.slice(keyFrom, to);
  for (const change of renames.sort((a, b) => b.from - a.from))
    copy = copy.slice(0, change.from - keyFrom) + change.insert + copy.slice(change.to - keyFrom);
  return { changes: [{ from: to, to, insert: placedAfter(text, to, copy) }], select: copyId };
}

/** A beat's lines to insert at `to`, the end of another beat's: set apart by a blank line as that one is. */
function placedAfter(text: string, to: number, lines: string): string {
  const lead = to > 0 && text[to - 1] !== '\n' ? '\n' : '';
  const gap = text[to] === '\n' ? '\n' : '';
  return `${lead}${gap}${lines.endsWith('\n') ? lines : `${lines}\n`}`;
}

/** Which way on: the beat's choice at an index, its timeout, or its Continue. */
export type WayOn = { beat: string; choice: number } | { beat: string; patience: true } | { beat: string };

/**
 * A new beat on a way on, between the beat it leaves and the one it led to: the way leads to the new beat, which
 * goes on (Continue) to where the way went before, so the story plays as it did with one beat more. Its line is a
 * "FILL IN:" note for the author, in the language given. Offered only for a way that names one beat.
 */
export function insertBeat(text: string, way: WayOn, line: string): BeatEdit {
  const story = read(text);
  if (!story) return { problem: 'unreadable' };
  const pair = story.pairs.get(way.beat);
  if (!pair) return { problem: 'no-beat' };
  const next = allNexts(story).find(
    (n) =>
      n.beat === way.beat &&
      n.choice === ('choice' in way ? way.choice : null) &&
      n.patience === 'patience' in way &&
      isScalar(n.node),
  )?.node as Scalar | undefined;
  if (!next?.range) return { problem: 'no-way' };
  const id = freeBeatId(`${way.beat}-then`, (beat) => story.pairs.has(beat));
  const { beat, step } = indents(text, pair);
  const body = stringify({ lines: [`${FILL_IN} ${line}`], next: String(next.value) }, { indent: step.length });
  const block = [
    `${beat}${id}:`,
    ...body
      .trimEnd()
      .split('\n')
      .map((l) => `${beat}${step}${l}`),
  ].join('\n');
  const { to } = beatLines(text, pair);
  const changes = [replace(next, scalarText(id)), { from: to, to, insert: placedAfter(text, to, block) }];
  return { changes, select: id };
}
