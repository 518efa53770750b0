// Interface sentences that carry story text or markup inside them ("You chose: {choice}"): the sentence is one
// catalogue message, so a translator can move the story's words anywhere in it, and each story part stays an
// element of its own, marked as the story's language, so a screen reader on a Spanish or Arabic page reads it
// as English (and the pseudo-locale check skips it).
import type { MessageId } from '../i18n/catalog.ts';
import { t, type MessageValues } from '../i18n/intl.ts';
import { directionOf, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { h } from './dom.ts';

/**
 * Text from a story, a track or the principles catalogue, in an element saying which language it is in, and
 * which way it runs: an inline element with `dir` is isolated, so on an Arabic page an English sentence keeps
 * its full stop at its end, while the block around it stays aligned as the page's language is.
 */
export const source = (text: string): HTMLSpanElement =>
  h('span', { lang: SOURCE_LANGUAGE, dir: directionOf(SOURCE_LANGUAGE) }, text);

// Private-use characters: never in a catalogue message or a story, and left alone by ICU and the pseudo-locale.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACE = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'u');

/** A message whose arguments may be elements: the text around them as text nodes, each element in its place. */
export function tNodes(id: MessageId, values: Record<string, MessageValues[string] | Node>): Node[] {
  const nodes: Node[] = [];
  const plain: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (value instanceof Object && 'nodeType' in value) {
      plain[name] = `${OPEN}${nodes.length}${CLOSE}`;
      nodes.push(value);
    } else plain[name] = value;
  }
  // split() with a capturing group gives text, index, text, index, …, text.
  return t(id, plain)
    .split(PLACE)
    .flatMap((part, i) => (i % 2 === 1 ? [nodes[Number(part)]!] : part ? [document.createTextNode(part)] : []));
}
