// The studio's choice operations (a new choice on a beat, a choice taken out) as changes to the story's text, as the
// beat operations are (beatEdits.ts): the choice's own lines change, every other byte stays as written.
import { isMap, isSeq, stringify, type Node, type YAMLSeq } from 'yaml';
import { documentOf } from './parsedText.ts';
import { FILL_IN } from '../skeleton.ts';
import { choiceIdsIn, freeBeatId, type BeatEdit } from './beatEdits.ts';
import { itemLines } from './listEdits.ts';

/** Why a choice operation was not made, for the studio to word. */
export type ChoiceEditProblem = 'unreadable' | 'no-beat' | 'no-choices' | 'full' | 'last-choice';

export type ChoiceEdit = Exclude<BeatEdit, { problem: unknown }> | { problem: ChoiceEditProblem };

/** The principle a routine choice upholds (principles.yaml): doing the core service as it should be done. */
const CORE_PRINCIPLE = 'core-service-first';
/** The most choices a beat may offer (schema.ts). */
const MOST = 6;

/** The beat's list of choices as written in block style, with every choice id in the story. */
function choicesOf(text: string, beat: string): { list: YAMLSeq<unknown>; ids: Set<string> } | ChoiceEditProblem {
  const doc = documentOf(text);
  if (doc.errors.length) return 'unreadable';
  const beats = doc.get('beats', true);
  if (!isMap(beats) || !isMap(beats.get(beat, true))) return 'no-beat';
  const ids = choiceIdsIn(beats.items.map((pair) => pair.value));
  const list = doc.getIn(['beats', beat, 'choices'], true);
  // A list written in brackets on one line has no lines of its own to add to: the author edits it in the text.
  if (!isSeq(list) || list.flow || !list.items.every((item) => (item as Node | null)?.range)) return 'no-choices';
  return { list, ids };
}

/**
 * A new choice after the beat's last, for the author to fill in: routine, leading where the last choice leads
 * (or its first branch), with "FILL IN:" notes for what the trainee does, why it weighs the principle it names
 * (the core service, which a routine choice delivers, until the author picks others) and what the debrief says.
 */
export function addChoice(
  text: string,
  beat: string,
  words: { does: string; why: string; feedback: string },
): ChoiceEdit {
  const found = choicesOf(text, beat);
  if (typeof found === 'string') return { problem: found };
  const { list, ids } = found;
  if (list.items.length >= MOST) return { problem: 'full' };
  const last = list.items.at(-1);
  const next = isMap(last) ? last.toJSON()['next'] : undefined;
  const goes = typeof next === 'string' ? next : Array.isArray(next) ? String(next[0]?.go ?? beat) : beat;
  const id = freeBeatId(`${beat}-choice`, (c) => ids.has(c));
  const choice = {
    id,
    text: `${FILL_IN} ${words.does}`,
    level: 'routine',
    upholds: { [CORE_PRINCIPLE]: `${FILL_IN} ${words.why}` },
    feedback: `${FILL_IN} ${words.feedback}`,
    next: goes,
  };
  const { to, indent } = itemLines(text, list, list.items.length - 1);
  const lines = stringify([choice], { indent: 2 }).trimEnd().split('\n');
  const lead = to > 0 && text[to - 1] !== '\n' ? '\n' : '';
  return { changes: [{ from: to, to, insert: `${lead}${lines.map((l) => indent + l).join('\n')}\n` }], select: beat };
}

/** Takes the beat's choice at `index` out; a beat keeps at least one. */
export function deleteChoice(text: string, beat: string, index: number): ChoiceEdit {
  const found = choicesOf(text, beat);
  if (typeof found === 'string') return { problem: found };
  if (found.list.items.length <= 1) return { problem: 'last-choice' };
  if (index < 0 || index >= found.list.items.length) return { problem: 'no-choices' };
  const { from, to } = itemLines(text, found.list, index);
  return { changes: [{ from, to, insert: '' }], select: beat };
}
