// The pseudo-locale (en-XA): each English message with its letters accented, its vowels doubled (about 40%
// longer, as German or Spanish often are) and brackets round it, its ICU structure (arguments, plurals,
// selects) untouched. A word on screen without accents never went through the catalogue. It works on the
// parsed message (the page gets its catalogues parsed at build time, tools/vite/icuMessages.ts).
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** One run of literal text: accented, with each vowel said twice. */
export function pseudoText(text: string): string {
  return [...text].map((c) => (/[aeiouAEIOU]/.test(c) ? ACCENTED[c]!.repeat(2) : (ACCENTED[c] ?? c))).join('');
}

function pseudoElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    return element;
  });
}

const bracket = (text: string): MessageFormatElement => ({ type: TYPE.literal, value: text });

/** A parsed English message in the pseudo-locale, bracketed so a cut-off end shows. */
export function pseudoMessage(message: readonly MessageFormatElement[]): MessageFormatElement[] {
  return [bracket('['), ...pseudoElements(message), bracket(']')];
}
