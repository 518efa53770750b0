// A count with its noun, chosen by the language's plural rules rather than by `n === 1`: "1 staff minute",
// "2 staff minutes". Each call site gives its forms keyed by CLDR plural category, the shape a translation
// catalogue uses, so a later issue can swap the English forms (and the locale) without touching the logic.

/** The language the game's words are written in; one place to change when translations arrive. */
export const LOCALE = 'en';

const rules = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** Forms by plural category; `other` is required because every language has it. `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(count: number, forms: PluralForms): string {
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', numbers.format(count));
}
