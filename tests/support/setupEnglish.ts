// The tests draw and word every screen, as the game does once start.ts has awaited languageReady: the
// English beyond the entry's (src/i18n/englishRest.ts) is loaded first.
import { useLocale } from '../../src/i18n/intl.ts';

await useLocale('en');
