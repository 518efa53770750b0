// A language's story translations, fetched when the page speaks it (pageBasics.ts waits for them with the
// interface's words). Kept apart from putting them in place (storyTranslations.ts), so the page's entry, which
// asks for them, carries no more than this.
import { storyTranslations, type ShippedTranslations } from 'virtual:shipped-stories';
import type { Locale } from '../i18n/languages.ts';

const loaded = new Map<Locale, ShippedTranslations>();

/** A language's translations, once fetched. */
export const loadedTranslations = (language: Locale): ShippedTranslations | undefined => loaded.get(language);

/**
 * Fetches a language's story translations, if it has any (English only where a story is written in another language;
 * the pseudo-locale none); never fails.
 */
export async function loadStoryTranslations(language: Locale): Promise<void> {
  const load = Object.hasOwn(storyTranslations, language) ? storyTranslations[language] : undefined;
  if (!load || loaded.has(language)) return;
  try {
    loaded.set(language, (await load()).default);
  } catch (error) {
    // Offline before the file was ever cached: the interface still speaks the language; the stories stay as written.
    console.warn(`[i18n] the stories' ${language} translations could not be loaded; they are shown as written`, error);
  }
}
