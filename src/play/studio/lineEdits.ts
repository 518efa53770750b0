// A beat's lines changed by the studio's beat form as the smallest edits of the story's text, as a choice's are
// (choiceEdits.ts): who says a line, a new line after the last, a line taken out or moved one place. The line's
// words and face are fields like any other (fieldEdits.ts); what else a line has (its condition, its recording)
// stays as written.
import { NARRATOR } from '../../engine/schema.ts';
import { isMap, isScalar, Scalar, type Node } from 'yaml';
import { appendItem, blockList, deleteItem, itemLines } from './listEdits.ts';
import { scalarText, type TextChange } from './textEdits.ts';

/** The keys a spoken line may have besides its speaker (schema.ts). */
const LINE_KEYS = new Set(['when', 'face', 'via', 'audio']);

const linesOf = (text: string, beat: string) => blockList(text, ['beats', beat, 'lines']);

/** A node's characters, to be replaced: a block text's range takes in the line break after it, which stays. */
function replaceNode(text: string, node: Node, insert: string): TextChange {
  const [from, to] = node.range!;
  return { from, to: text[to - 1] === '\n' ? to - 1 : to, insert };
}

/**
 * The changes that give the beat's line at `index` a new speaker (a cast member's id, `you`, or null for
 * narration), its words unchanged. Narration written as plain text gains a speaker as `id: words`; a line whose
 * only field is its speaker goes back to plain text when it becomes narration.
 */
export function setLineSpeaker(text: string, beat: string, index: number, speaker: string | null): TextChange[] | null {
  const list = linesOf(text, beat);
  const item = list?.items[index];
  if (isScalar(item)) {
    if (speaker === null) return [];
    // The words stay as written (quoted or not), with the speaker put before them; a block of text (`|`) would then
    // sit too little indented, and is written again.
    const block = item.type === Scalar.BLOCK_LITERAL || item.type === Scalar.BLOCK_FOLDED;
    if (block) return [replaceNode(text, item, `${speaker}: ${scalarText(String(item.value ?? ''))}`)];
    return [{ from: item.range![0], to: item.range![0], insert: `${speaker}: ` }];
  }
  if (!isMap(item)) return null;
  const pair = item.items.find((p) => isScalar(p.key) && !LINE_KEYS.has(String(p.key.value)));
  const key = pair?.key as Scalar | undefined;
  if (!key?.range) return null;
  // A line whose only field is its speaker becomes plain text again: its words as written, without `id: `.
  const words = pair!.value as Node | null;
  if (speaker === null && item.items.length === 1 && words?.range)
    return [{ from: key.range[0], to: words.range[0], insert: '' }];
  return [{ from: key.range[0], to: key.range[1], insert: speaker ?? NARRATOR }];
}

/** A new line after the beat's last: narration (`speaker` null) or said by a cast member or the trainee. */
export function addLine(text: string, beat: string, words: string, speaker: string | null): TextChange[] | null {
  return appendItem(text, ['beats', beat, 'lines'], speaker === null ? words : { [speaker]: words });
}

/** Takes the beat's line at `index` out; a beat keeps at least one line. */
export function deleteLine(text: string, beat: string, index: number): TextChange[] | null {
  return deleteItem(text, ['beats', beat, 'lines'], index);
}

/** Moves the beat's line at `index` one place up (-1) or down (1), with the comments above it; what lies between stays. */
export function moveLine(text: string, beat: string, index: number, by: -1 | 1): TextChange[] | null {
  const list = linesOf(text, beat);
  const other = index + by;
  if (!list || index < 0 || index >= list.items.length || other < 0 || other >= list.items.length) return null;
  const first = itemLines(text, list, Math.min(index, other));
  const second = itemLines(text, list, Math.max(index, other));
  const between = text.slice(first.to, second.from);
  let upper = text.slice(first.from, first.to);
  let lower = text.slice(second.from, second.to);
  // The file's last line may have no line break: the line moved up takes one, the one moved down gives its own up.
  if (!lower.endsWith('\n')) [lower, upper] = [`${lower}\n`, upper.replace(/\n$/, '')];
  const insert = lower + between + upper;
  return [{ from: first.from, to: second.to, insert }];
}
