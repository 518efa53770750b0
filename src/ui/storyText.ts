// Story text on an interface screen. A story's words (its lines, choices, titles, cast names) are not the
// interface's: they are shown as written, in the story's language, and their element says so (`lang`), so a
// screen reader on a Spanish or Arabic page reads them as English and a check for untranslated words skips them.
// Their direction is theirs too, isolated from the page's: on an Arabic page an English line keeps its full stop
// at its end.
import type { MessageId } from '../i18n/catalog.ts';
import type { MessageValues } from '../i18n/intl.ts';
import { storyTextAttributes } from '../i18n/storyLanguage.ts';
import { h } from './dom.ts';
import { tParts } from './messageParts.ts';

/** A story's words in an element of their own, marked as the story's language. */
export function storyText<K extends 'span' | 'strong' | 'p' | 'div'>(
  tag: K,
  text: string,
  props: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  return h(tag, { ...props, ...storyTextAttributes(text) }, text);
}

/**
 * An interface message with a story's words among its arguments ("Ending: {title}"): the message in the page's
 * language, each story argument in a span marked as the story's, wherever the translation put it.
 */
export function withStoryText(id: MessageId, values: MessageValues, story: readonly string[]): (string | Node)[] {
  const parts: Record<string, MessageValues[string] | Node> = { ...values };
  for (const name of story) parts[name] = storyText('span', String(values[name] ?? ''));
  return tParts(id, parts);
}
