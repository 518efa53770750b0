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
  if (view.breakdown) parts.push(withStoryText('story.spoken.breakdown', { breakdown: view.breakdown }, ['breakdown']));
  for (const line of view.lines)
    parts.push(
      line.name
        ? withStoryText('story.spoken.line', { name: line.name, text: line.text }, ['name', 'text'])
        : [storyText('span', line.text)],
    );
  if (view.ending) parts.push(withStoryText('story.spoken.ending', { title: view.ending.title }, ['title']));
  return parts.flatMap((part, i) => (i === 0 ? part : [' ', ...part]));
}
