// The interface's current language, and the one way a screen gets its words, numbers and dates: t() for a
// catalogue message (ICU MessageFormat through FormatJS's intl-messageformat, so plurals and selects follow
// each language's own rules), and Intl for numbers, dates and lists. English is built in; another language
// is loaded by useLocale() before the first screen is drawn in it.
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import {
  englishComplete,
  englishMessages,
  loadMessages,
  type Message,
  type MessageId,
  type Messages,
} from './catalog.ts';
import { directionOf, PSEUDO, SOURCE_LANGUAGE, type Locale } from './languages.ts';

export type MessageValues = Record<string, string | number | Date>;

let current: Locale = SOURCE_LANGUAGE;
let messages: Messages = englishMessages;
const compiled = new Map<string, IntlMessageFormat>();
const listeners = new Set<(locale: Locale) => void>();
const reported = new Set<string>();

// intl-messageformat asks the browser, for every message it compiles, which of the locales given it supports
// (Intl's supportedLocalesOf), only to report the answer back (resolvedOptions, which the game never calls) or to
// parse text messages (the catalogues arrive parsed). The first such question costs a page 30–55 ms while the
// browser lists its locales, and made the title's first control wait for it: the locales here are the game's own
// (languages.ts), so the answer is taken as given. Each message also made its own number, date and plural
// formatters; they depend on the locale and options only, so one set is shared.
IntlMessageFormat.resolveLocale = (locales) =>
  new Intl.Locale(typeof locales === 'string' ? locales : String(locales[0]));
/**
 * The languages whose counts from 0 to 999 are written as the digits 0–9 with nothing else (no grouping below a
 * thousand): there a count in a message (a plural's #) needs no number formatter. The page's first
 * Intl.NumberFormat costs Chromium 30–60 ms (it loads its number data), and every number on a first visit's
 * title is such a count; tests/unit/intl.test.ts checks these languages against Intl.
 */
export const PLAIN_COUNTS: ReadonlySet<string> = new Set(['en', 'es']);
const languageOf = (locales: unknown) => String(Array.isArray(locales) ? locales[0] : locales).split('-')[0]!;
/** Writes a small count as its digits; anything else goes to the real formatter, made when first needed. */
const plainCounts = (real: () => Intl.NumberFormat): Intl.NumberFormat => ({
  format: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000
      ? String(value)
      : real().format(value),
  // Overloaded in lib.d.ts; one signature passes every call on.
  formatToParts: ((value: number) => real().formatToParts(value)) as Intl.NumberFormat['formatToParts'],
  formatRange: (start, end) => real().formatRange(start, end),
  formatRangeToParts: (start, end) => real().formatRangeToParts(start, end),
  resolvedOptions: () => real().resolvedOptions(),
});
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat;
/**
 * Every formatter made, once for each locale and options: the messages' (intl-messageformat's) and the screens'
 * (formatNumber and the rest: one made for every number cost Insights' views about a tenth of each drawing).
 * Emptied when the language changes.
 */
let madeFormatters = new Map<string, Formatter>();
function once<T extends Formatter>(kind: string, args: unknown[], make: () => T): T {
  const key = `${kind} ${JSON.stringify(args)}`;
  let formatter = madeFormatters.get(key);
  if (!formatter) madeFormatters.set(key, (formatter = make()));
  return formatter as T;
}
const formatters: Formatters = {
  getNumberFormat: (...args) => {
    const real = () => once('number', args, () => new Intl.NumberFormat(...args));
    return args[1] === undefined && PLAIN_COUNTS.has(languageOf(args[0])) ? plainCounts(real) : real();
  },
  getDateTimeFormat: (...args) => once('date', args, () => new Intl.DateTimeFormat(...args)),
  getPluralRules: (...args) => once('plural', args, () => new Intl.PluralRules(...args)),
};

/** The locale whose rules format numbers, dates and plurals: the pseudo-locale counts as English. */
const formattingLocale = () => (current === PSEUDO ? SOURCE_LANGUAGE : current);

async function messagesFor(locale: Locale): Promise<Messages> {
  if (locale !== PSEUDO) return loadMessages(locale);
  const [{ pseudoMessage }, english] = await Promise.all([import('./pseudo.ts'), loadMessages(SOURCE_LANGUAGE)]);
  const parsed = (message: Message) =>
    typeof message === 'string' ? new IntlMessageFormat(message).getAst() : message;
  return new Map([...english].map(([id, message]) => [id, pseudoMessage(parsed(message))]));
}

/** Switches the interface to a locale, once its catalogues are in; screens drawn after that speak it. */
export async function useLocale(locale: Locale, alongside?: Promise<unknown>): Promise<void> {
  // What else a screen drawn in the language needs (the stories' translations) is in before any is redrawn.
  const [loaded] = await Promise.all([messagesFor(locale), alongside]);
  current = locale;
  messages = loaded;
  compiled.clear();
  madeFormatters = new Map();
  for (const listener of listeners) listener(locale);
}

export const locale = (): Locale => current;
export const direction = (): 'ltr' | 'rtl' => directionOf(current);

/** Calls back after every change of language; returns the way to stop. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function format(id: string): IntlMessageFormat {
  const cached = compiled.get(id);
  if (cached) return cached;
  let message = messages.get(id);
  if (message === undefined && !englishComplete()) {
    // Drawn before the rest of the game's words were loaded (languageReady): a screen the entry must not draw.
    console.error(`[i18n] "${id}" was asked for before its screen's words were loaded`);
    return new IntlMessageFormat([{ type: 0, value: id }]);
  }
  if (message === undefined) {
    // The catalogue test keeps every language complete; a gap that slipped through shows the English.
    if (!reported.has(id)) console.warn(`[i18n] "${id}" has no ${current} text; showing the English`);
    reported.add(id);
    message = englishMessages.get(id) ?? id;
  }
  const made = new IntlMessageFormat(message, formattingLocale(), undefined, { formatters });
  compiled.set(id, made);
  return made;
}

/** A message of the interface in the current language, its arguments filled in. */
export function t(id: MessageId, values?: MessageValues): string {
  const result = format(id).format<string>(values);
  return Array.isArray(result) ? result.join('') : String(result);
}

export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  once('number', [formattingLocale(), options], () => new Intl.NumberFormat(formattingLocale(), options)).format(value);

export const formatDate = (value: Date | number, options?: Intl.DateTimeFormatOptions): string =>
  once('date', [formattingLocale(), options], () => new Intl.DateTimeFormat(formattingLocale(), options)).format(value);

export const formatList = (items: readonly string[], options?: Intl.ListFormatOptions): string =>
  once('list', [formattingLocale(), options], () => new Intl.ListFormat(formattingLocale(), options)).format(items);
