// The languages the interface speaks, and which one a page uses. Pure: the page's address, the player's
// setting and the browser's languages come in as values, so the rule is tested without a browser.

export const LANGUAGE_CODES = ['en', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

/** Each language as its speakers name it (the picker shows it so), and which way its text runs. */
export const LANGUAGES: readonly { code: Language; name: string; dir: 'ltr' | 'rtl' }[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

/**
 * The pseudo-locale: English with every letter accented and each text about 40% longer, in brackets. Not a
 * language a player picks (it is only reached by `?lang=en-XA`); it shows at a glance, in tests and to a
 * translator, which words on a screen never went through a catalogue and which boxes cannot take a longer text.
 */
export const PSEUDO = 'en-XA';
export type Locale = Language | typeof PSEUDO;

export const SOURCE_LANGUAGE: Language = 'en';

const isLanguage = (code: string): code is Language => (LANGUAGE_CODES as readonly string[]).includes(code);

/** A language tag ("es-MX", "AR", "en_GB") as one the interface speaks, or null. */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(base) ? base : null;
}

export interface LanguageSources {
  /** `?lang=` in the page's address. */
  query: string | null;
  /** The player's setting: a language, or 'auto' for the browser's. */
  setting: Language | 'auto';
  /** navigator.languages, most preferred first. */
  browser: readonly string[];
}

/** The address wins (a trainer's link), then the player's own choice, then the first browser language spoken here. */
export function chooseLocale({ query, setting, browser }: LanguageSources): Locale {
  if (query?.trim().toLowerCase() === PSEUDO.toLowerCase()) return PSEUDO;
  const linked = supportedLanguage(query);
  if (linked) return linked;
  if (setting !== 'auto') return setting;
  for (const tag of browser) {
    const spoken = supportedLanguage(tag);
    if (spoken) return spoken;
  }
  return SOURCE_LANGUAGE;
}

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => LANGUAGES.find((l) => l.code === locale)?.dir ?? 'ltr';
