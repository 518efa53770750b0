// The notes over a beat's lines: the customer's patience ran out, a breakdown, an ending. Built anew for each
// beat and again when the page's language changes; the story's words in them stay in the story's language.
import type { BeatView } from '../engine/runtime.ts';
import { h } from './dom.ts';
import { withStoryText } from './storyText.ts';

export function beatBanners(view: BeatView, timedOut: boolean, customerName: string): HTMLParagraphElement[] {
  const banner = (kind: string, ...parts: (string | Node)[]) => h('p', { class: `breakdown-banner${kind}` }, ...parts);
  const banners = [
    timedOut && banner(' timeout-note', ...withStoryText('story.timedOut', { name: customerName }, ['name'])),
    view.breakdown && banner('', ...withStoryText('story.breakdown', { breakdown: view.breakdown }, ['breakdown'])),
    view.ending && banner(' ending-banner', ...withStoryText('story.ending', { title: view.ending.title }, ['title'])),
  ];
  return banners.filter((b): b is HTMLParagraphElement => !!b);
}
