// The language a story's words are in. Stories are written in English unless they say otherwise (`language:`);
// the texts of a story written in another language, and a text a story's translation supplied, are registered here
// with their language (src/play/storyTranslations.ts), so wherever a screen shows one, it is marked as that
// language, and every other story text stays marked English: a screen reader reads each in its own language.
import { SOURCE_LANGUAGE } from './languages.ts';

const marked = new Map<string, string>();

/** Notes texts in a language: a story's own, or what a translation put into it. Any language tag, not only the interface's. */
export function markStoryTexts(texts: Iterable<string>, language: string): void {
  for (const text of texts) marked.set(text, language);
}

/** The language of a story's text, as shown: a language tag. */
export const storyLanguageOf = (text: string): string => marked.get(text) ?? SOURCE_LANGUAGE;

/** Scripts written right to left, by their ISO 15924 codes: for a story's language the interface does not speak. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/** The way a language's text runs, from its likely script ("ar" is written in Arabic script, "he" in Hebrew). */
export function storyDirectionOf(language: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(language).maximize().script;
    return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The attributes of an element holding a story's text: its language and its own direction. */
export const storyTextAttributes = (text: string): { lang: string; dir: 'ltr' | 'rtl' } => {
  const lang = storyLanguageOf(text);
  return { lang, dir: storyDirectionOf(lang) };
};
