import { parse } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { describe, expect, it } from 'vitest';
import { chooseLocale, directionOf, supportedLanguage } from '../../src/i18n/languages.ts';
import { pseudoMessage, pseudoText } from '../../src/i18n/pseudo.ts';
import { formatNumber, locale, t, useLocale } from '../../src/i18n/intl.ts';

describe('which language a page speaks', () => {
  it('takes the link first, then the player’s setting, then the first browser language it speaks', () => {
    expect(chooseLocale({ query: 'es', setting: 'ar', browser: ['en-GB'] })).toBe('es');
    expect(chooseLocale({ query: 'klingon', setting: 'ar', browser: ['es'] })).toBe('ar');
    expect(chooseLocale({ query: null, setting: 'auto', browser: ['fr-FR', 'es-MX', 'en'] })).toBe('es');
    expect(chooseLocale({ query: null, setting: 'auto', browser: ['fr-FR'] })).toBe('en');
    expect(chooseLocale({ query: 'EN-xa', setting: 'auto', browser: [] })).toBe('en-XA');
  });

  it('reads language tags loosely, and knows which way each language runs', () => {
    expect(supportedLanguage('AR_eg')).toBe('ar');
    expect(supportedLanguage('')).toBeNull();
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en-XA')).toBe('ltr');
  });
});

describe('the pseudo-locale', () => {
  it('accents letters, doubles vowels, and leaves ICU arguments and plurals working', () => {
    expect(pseudoText('Done')).toBe('Đööñéé');
    expect(printAST(pseudoMessage(parse('{count, plural, one {# story} other {# stories}} by {name}')))).toBe(
      '[{count,plural,one{# šţööŕý} other{# šţööŕîîééš}} ƀý {name}]',
    );
  });
});

describe('t()', () => {
  it('formats in the current language, falling back to English for a missing message', async () => {
    await useLocale('es');
    expect(locale()).toBe('es');
    expect(t('settings.done')).toBe('Listo');
    expect(formatNumber(1234.5)).toBe('1234,5');
    await useLocale('ar');
    expect(t('settings.title')).toBe('الإعدادات');
    await useLocale('en-XA');
    expect(t('settings.done')).toBe('[Đööñéé]');
    await useLocale('en');
    expect(t('settings.done')).toBe('Done');
  });
});
