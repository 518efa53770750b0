// Every language speaks every message of the interface: the same namespaces and keys as English, each a
// valid ICU message with the same arguments, and a plural for every category its language has (Arabic
// has six). The pseudo-locale is made from English and must keep each message's arguments too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { describe, expect, it } from 'vitest';
import { ENGLISH_FIRST } from '../../src/i18n/catalog.ts';
import { ENGLISH_REST } from '../../src/i18n/englishRest.ts';
import { LANGUAGE_CODES } from '../../src/i18n/languages.ts';
import { pseudoMessage } from '../../src/i18n/pseudo.ts';
import { projectRoot } from '../../tools/projectFiles.ts';

const messagesDir = join(projectRoot, 'src', 'i18n', 'messages');
const catalogues = (language: string): Record<string, Record<string, string>> =>
  Object.fromEntries(
    readdirSync(join(messagesDir, language))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(messagesDir, language, f), 'utf8'))]),
  );

/** The arguments a message takes, and each plural's categories, read from its ICU structure. */
function shape(elements: MessageFormatElement[], args = new Set<string>(), plurals: string[][] = []) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    args.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.plural) plurals.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) shape(option.value, args, plurals);
    }
    if (element.type === TYPE.tag) shape(element.children, args, plurals);
  }
  return { args, plurals };
}

describe('the interface catalogues', () => {
  const english = catalogues('en');

  it('lists every English file once in the typed catalogue (catalog.ts and englishRest.ts)', () => {
    expect(Object.keys({ ...ENGLISH_FIRST, ...ENGLISH_REST }).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(ENGLISH_FIRST).filter((namespace) => Object.hasOwn(ENGLISH_REST, namespace))).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))(
    'has every English message in %s, with the same arguments',
    (language) => {
      const translated = catalogues(language);
      const problems: string[] = [];
      for (const [namespace, messages] of Object.entries(english)) {
        for (const [key, message] of Object.entries(messages)) {
          const where = `${language}/${namespace}.json "${key}"`;
          const text = translated[namespace]?.[key];
          if (text === undefined) {
            problems.push(`${where}: missing`);
            continue;
          }
          let ours;
          try {
            ours = shape(parse(text));
          } catch (error) {
            problems.push(`${where}: not a valid ICU message (${String(error)})`);
            continue;
          }
          const theirs = shape(parse(message));
          if ([...ours.args].sort().join() !== [...theirs.args].sort().join())
            problems.push(
              `${where}: arguments ${[...ours.args].join(', ')} where English has ${[...theirs.args].join(', ')}`,
            );
          const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          for (const categories of ours.plurals) {
            const missing = needed.filter((c) => !categories.includes(c));
            if (missing.length) problems.push(`${where}: a plural without ${missing.join(', ')}`);
          }
        }
        for (const key of Object.keys(translated[namespace] ?? {}))
          if (!(key in messages)) problems.push(`${language}/${namespace}.json "${key}": not in English (left over?)`);
      }
      for (const namespace of Object.keys(translated))
        if (!(namespace in english)) problems.push(`${language}/${namespace}.json: no such English file`);
      expect(problems).toEqual([]);
    },
  );

  it('makes every English message a pseudo-locale message with the same arguments, accented and longer', () => {
    for (const [namespace, messages] of Object.entries(english)) {
      for (const [key, message] of Object.entries(messages)) {
        const pseudo = pseudoMessage(parse(message));
        expect([...shape(pseudo).args].sort(), `${namespace}.${key}`).toEqual([...shape(parse(message)).args].sort());
        expect(printAST(pseudo).length, `${namespace}.${key}`).toBeGreaterThan(message.length);
        if (/[a-z]/i.test(message.replace(/\{[^}]*\}/g, '')))
          expect(printAST(pseudo), `${namespace}.${key}`).toMatch(/[à-ž]/);
      }
    }
  });
});
