// A message whose arguments include elements: a story's title marked as English inside a Spanish sentence, or
// a button in the middle of one. The sentence stays one message, so a translator can put the element where
// the language wants it; t() fills in marks for the elements, and the text is cut at them.
import type { MessageId } from '../i18n/catalog.ts';
import { formatList, t, type MessageValues } from '../i18n/intl.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { h } from './dom.ts';

// Private-use characters: no catalogue and no story text holds them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/** The message as text and nodes, each node where its argument stands in this language's wording. */
export function messageParts(id: MessageId, values: MessageValues, nodes: Record<string, Node>): (string | Node)[] {
  const names = Object.keys(nodes);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
  const pieces = t(id, { ...values, ...marks }).split(MARK);
  // split() with a group alternates text, mark number, text, …
  return pieces.flatMap<string | Node>((piece, i) => {
    if (i % 2 === 0) return piece ? [piece] : [];
    const node = nodes[names[Number(piece)]!];
    return node ? [node] : [];
  });
}

/** A list of items made of elements, without "and" ("A, B, C"), with this language's separators between them. */
export function listParts(items: readonly (readonly (string | Node)[])[]): DocumentFragment {
  const marks = items.map((_, i) => `${OPEN}${i}${CLOSE}`);
  const fragment = document.createDocumentFragment();
  formatList(marks, { type: 'unit', style: 'short' })
    .split(MARK)
    .forEach((piece, i) => {
      if (i % 2 === 0) fragment.append(piece);
      else fragment.append(...(items[Number(piece)] ?? []));
    });
  return fragment;
}

/** Text from a story or the principles catalogue, which is English until stories are translated. */
export const sourceText = (text: string, tag: 'span' | 'strong' | 'code' = 'span'): HTMLElement =>
  h(tag, { lang: SOURCE_LANGUAGE }, text);
