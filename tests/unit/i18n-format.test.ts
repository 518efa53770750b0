// t() compiles each message once, without asking the browser which locales it supports (a first call costs a
// page 30–55 ms), and the messages of one locale share their number and plural formatters.
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../src/i18n/intl.ts';

describe('t()', () => {
  it('compiles messages without asking which locales the browser supports, and shares their formatters', () => {
    const asked = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    const PluralRules = Intl.PluralRules;
    let pluralRulesMade = 0;
    const setPluralRules = (value: unknown) =>
      Object.defineProperty(Intl, 'PluralRules', { value, configurable: true, writable: true });
    setPluralRules(
      class extends PluralRules {
        constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
          super(...args);
          pluralRulesMade++;
        }
      },
    );
    try {
      expect(t('title.count', { count: 3 })).toBe('3 stories');
      expect(t('title.showing', { shown: 1, count: 1 })).toBe('Showing 1 of 1 story');
      expect(t('title.filter.upTo', { minutes: 5 })).toBe('Up to 5 minutes');
      expect(asked).not.toHaveBeenCalled();
      // Three messages, each with a plural: one set of rules for English.
      expect(pluralRulesMade).toBe(1);
    } finally {
      asked.mockRestore();
      setPluralRules(PluralRules);
    }
  });
});
