// The interface's catalogues (src/i18n/messages/**.json) reach the page already parsed: each ICU message is
// turned into FormatJS's message AST when the site is built, so the page never parses a message and ships
// without the parser (about 8 kB gzip of the first screen's code). FormatJS recommends this for production.
// A message that is not valid ICU stops the build, naming the file and the key.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Alias, Plugin } from 'vite';

const CATALOGUE = /[\\/]src[\\/]i18n[\\/]messages[\\/][^\\/]+[\\/][^\\/]+\.json$/;

export function icuMessages(): Plugin {
  return {
    name: 'service-hero:icu-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id)) return undefined;
      const messages = JSON.parse(code) as Record<string, string>;
      const parsed: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(messages)) {
        try {
          parsed[key] = parse(message);
        } catch (error) {
          this.error(`${id}: "${key}" is not a valid ICU message: ${String(error)}`);
        }
      }
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}

/**
 * intl-messageformat imports the parser for messages given as text; with every message parsed at build time,
 * the page takes FormatJS's own parser-less build instead. Not under Vitest, whose tests parse messages.
 */
export function withoutIcuParser(): Alias[] {
  if (process.env['VITEST']) return [];
  const parser = dirname(createRequire(import.meta.url).resolve('@formatjs/icu-messageformat-parser'));
  return [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: join(parser, 'no-parser.js') }];
}
