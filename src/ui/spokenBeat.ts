import type { BeatView } from '../engine/runtime.ts';
import { storyText, withStoryText } from './storyText.ts';

/**
 * A beat as one announcement for the aria-live region: what sighted players see revealed, in order. The story's
 * words are marked as the story's language inside the interface's sentences, so a screen reader on a Spanish or
 * Arabic page reads each part in its own language.
 */
export function spokenBeat(view: BeatView, note: string | null): (string | Node)[] {
  const parts: (string | Node)[][] = [];
  if (note) parts.push([note]);
  if (view.breakdown)
    parts.push(
      endOnce(withStoryText('story.spoken.breakdown', { breakdown: view.breakdown }, ['breakdown']), view.breakdown),
    );
  for (const line of view.lines)
    parts.push(
      line.name
        ? withStoryText('story.spoken.line', { name: line.name, text: line.text }, ['name', 'text'])
        : [storyText('span', line.text)],
    );
  if (view.ending)
    parts.push(
      endOnce(withStoryText('story.spoken.ending', { title: view.ending.title }, ['title']), view.ending.title),
    );
  return parts.flatMap((part, i) => (i === 0 ? part : [' ', ...part]));
}

/** A sentence's own end (".", "!", "?", "…", perhaps inside quotes or brackets). */
const ENDED = /[.!?…。！？]["'”’»)\]]*\s*$/u;

/**
 * The sentence the interface puts the story's words in ends with a full stop, unless the words end their own: a
 * breakdown written as a sentence was heard with two ("…cow's milk.. You open…").
 */
function endOnce(part: (string | Node)[], words: string): (string | Node)[] {
  const last = part.at(-1);
  if (!ENDED.test(words) || typeof last !== 'string' || !last.endsWith('.')) return part;
  return [...part.slice(0, -1), last.slice(0, -1)];
}
