// The language a story's words are in. Stories are written in English; a text a story's translation supplied is
// registered here with its language (src/play/storyTranslations.ts), so wherever a screen shows it, it is marked
// as that language, and every other story text (a story not translated, a line that fell back to English) stays
// marked English: a screen reader reads each in its own language.
import { directionOf, SOURCE_LANGUAGE, type Locale } from './languages.ts';

const translated = new Map<string, Locale>();

/** Notes texts a translation put into a story, in its language. */
export function markStoryTexts(texts: Iterable<string>, language: Locale): void {
  for (const text of texts) translated.set(text, language);
}

/** The language of a story's text, as shown. */
export const storyLanguageOf = (text: string): Locale => translated.get(text) ?? SOURCE_LANGUAGE;

/** The attributes of an element holding a story's text: its language and its own direction. */
export const storyTextAttributes = (text: string): { lang: Locale; dir: 'ltr' | 'rtl' } => {
  const lang = storyLanguageOf(text);
  return { lang, dir: directionOf(lang) };
};
