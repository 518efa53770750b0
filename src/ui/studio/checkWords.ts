// The check's messages as the studio shows them: the command line's own words (English, marked so, so a screen
// reader on a Spanish page reads them as English), but for a "FILL IN:" note, said in the page's language with the
// request the skeleton wrote: a story begun in the studio has dozens, and is written in the page's language.
import type { Diagnostic } from '../../engine/authoring.ts';
import { t } from '../../i18n/intl.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import { h } from '../dom.ts';

/** The message's words, in the page's language where the studio has them. */
export function checkWords(d: Diagnostic): string {
  return d.asked !== undefined ? t('studio.check.fillIn', { what: d.asked }) : d.message;
}

/** The message in an element marked with its language, after `before` (a field's name, say). */
export function checkMessage(d: Diagnostic, before = ''): HTMLElement {
  return h('span', d.asked !== undefined ? {} : { lang: SOURCE_LANGUAGE }, before + checkWords(d));
}
