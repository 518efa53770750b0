// t() compiles each message once, without asking the browser which locales it supports (a first call costs a
// page 30–55 ms), and the messages of one locale share their number and plural formatters.
import { describe, expect, it, vi } from 'vitest';
import { formatList, formatNumber, PLAIN_COUNTS, t, useLocale } from '../../src/i18n/intl.ts';

/** Puts a subclass of Intl's constructor in its place that counts what is made; `restore` puts the real one back. */
function countMade<K extends 'NumberFormat' | 'PluralRules' | 'ListFormat'>(
  name: K,
): { made(): number; restore(): void } {
  const Real = Intl[name] as new (...args: unknown[]) => object;
  let made = 0;
  const set = (value: unknown) => Object.defineProperty(Intl, name, { value, configurable: true, writable: true });
  set(
    class extends Real {
      constructor(...args: unknown[]) {
        super(...args);
        made++;
      }
    },
  );
  return { made: () => made, restore: () => set(Real) };
}

describe('t()', () => {
  it('compiles messages without asking which locales the browser supports, and shares their formatters', () => {
    const asked = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    const pluralRules = countMade('PluralRules');
    try {
      expect(t('title.count', { count: 3 })).toBe('3 stories');
      expect(t('title.showing', { shown: 1, count: 1 })).toBe('Showing 1 of 1 story');
      expect(t('title.filter.upTo', { minutes: 5 })).toBe('Up to 5 minutes');
      expect(asked).not.toHaveBeenCalled();
      // Three messages, each with a plural: one set of rules for English.
      expect(pluralRules.made()).toBe(1);
    } finally {
      asked.mockRestore();
      pluralRules.restore();
    }
  });

  it('writes a small count without making a number formatter, and a large one with it', () => {
    const numberFormats = countMade('NumberFormat');
    try {
      expect(t('title.count', { count: 7 })).toBe('7 stories');
      expect(t('title.count', { count: 999 })).toBe('999 stories');
      expect(numberFormats.made()).toBe(0);
      expect(t('title.count', { count: 12345 })).toBe('12,345 stories');
      expect(numberFormats.made()).toBe(1);
    } finally {
      numberFormats.restore();
    }
  });

  it('writes counts as Intl does in every language it writes them for', () => {
    expect([...PLAIN_COUNTS].length).toBeGreaterThan(0);
    for (const language of PLAIN_COUNTS) {
      const intl = new Intl.NumberFormat(language);
      for (let n = 0; n < 1000; n++) expect(intl.format(n), `${n} in ${language}`).toBe(String(n));
    }
  });
});

describe('formatNumber() and formatList()', () => {
  it('make a formatter once for each locale and options, and anew in another language', async () => {
    const numberFormats = countMade('NumberFormat');
    const listFormats = countMade('ListFormat');
    try {
      const percent = { style: 'percent' } as const;
      for (let i = 0; i < 50; i++) {
        expect(formatNumber(1234 + i)).toBe(`1,${234 + i}`);
        expect(formatNumber(i / 100, { ...percent })).toBe(`${i}%`);
        expect(formatList(['a', 'b', String(i)])).toBe(`a, b, and ${i}`);
      }
      expect(numberFormats.made()).toBe(2);
      expect(listFormats.made()).toBe(1);
      await useLocale('es');
      expect(formatNumber(0.5, percent)).toBe('50\u00a0%');
      expect(formatList(['a', 'b'])).toBe('a y b');
      expect(numberFormats.made()).toBe(3);
      expect(listFormats.made()).toBe(2);
    } finally {
      numberFormats.restore();
      listFormats.restore();
      await useLocale('en');
    }
  });
});
