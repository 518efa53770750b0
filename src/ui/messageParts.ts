// Translated sentences that carry a story's own words: the sentence is the interface's (in the player's
// language), the title or role inside it is the story's (a translation's words, or the English it was written
// in), so it is marked with its own language (src/i18n/storyLanguage.ts) and isolated (<bdi>) for a screen
// reader and for right-to-left text around it.
import type { MessageId } from '../i18n/catalog.ts';
import { formatDate, formatList, t, type MessageValues } from '../i18n/intl.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';
import { h } from './dom.ts';

/** Words from a story or the principles catalogue, inside interface text. */
export const storyWords = (text: string): HTMLElement => h('bdi', { lang: storyLanguageOf(text) }, text);

// Private-use characters round an element's index, so the message can be cut where each element goes.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/** BCP 47's tag for text in no human language (a file's path): a screen reader reads it as it is. */
const NO_LANGUAGE = 'zxx';

/** A file's name or path inside a sentence, isolated so that right-to-left text around it keeps its order. */
export const fileName = (path: string): HTMLElement => h('bdi', { dir: 'ltr', lang: NO_LANGUAGE }, path);

/** Elements in a row with the language's own separators between them ("a, b, c"; Arabic "a، وb، وc"). */
export function listParts(items: readonly Node[], options: Intl.ListFormatOptions = {}): (string | Node)[] {
  return cut(
    formatList(
      items.map((_, index) => `${OPEN}${index}${CLOSE}`),
      options,
    ),
    items,
  );
}

/** A message whose arguments may be elements: its text with each element in its place, as children for h(). */
export function tParts(id: MessageId, values: Record<string, MessageValues[string] | Node>): (string | Node)[] {
  const nodes: Node[] = [];
  const plain: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'object' && !(value instanceof Date)) {
      plain[name] = `${OPEN}${nodes.length}${CLOSE}`;
      nodes.push(value);
    } else plain[name] = value;
  }
  return cut(t(id, plain), nodes);
}

/** A text with marked places, as its pieces with each marked place's element put in. */
function cut(text: string, nodes: readonly Node[]): (string | Node)[] {
  return text.split(MARK).flatMap((part, index): (string | Node)[] => {
    if (index % 2 === 0) return part ? [part] : [];
    const node = nodes[Number(part)];
    return node ? [node] : [];
  });
}

/** When a play was saved (an ISO time), as Date.toLocaleString() shows it, in the interface's language. */
export const whenSaved = (iso: string): string =>
  formatDate(new Date(iso), {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/** tParts with the plain values and the elements given apart. */
export const messageParts = (id: MessageId, values: MessageValues, nodes: Record<string, Node>): (string | Node)[] =>
  tParts(id, { ...values, ...nodes });

/** A list of items made of elements, without "and" ("A, B, C"), with this language's separators between them. */
export function listFragment(items: readonly (readonly (string | Node)[])[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of cut(
    formatList(
      items.map((_, i) => `${OPEN}${i}${CLOSE}`),
      { type: 'unit', style: 'short' },
    ),
    items.map((item) => {
      const inner = document.createDocumentFragment();
      inner.append(...item);
      return inner;
    }),
  ))
    fragment.append(part);
  return fragment;
}

/** Text from a story or the principles catalogue, marked with its own language (src/i18n/storyLanguage.ts). */
export const sourceText = (text: string, tag: 'span' | 'strong' | 'code' = 'span'): HTMLElement =>
  h(tag, { lang: storyLanguageOf(text) }, text);
