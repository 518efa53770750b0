// The interface's words: one ICU MessageFormat catalogue per screen (a namespace), English beside the code
// and every other language in messages/<language>/, loaded when a page needs it. A message is named
// "<namespace>.<key>", and the names are typed from the English files, so a misspelt or removed name fails
// the type check. tests/unit/i18n-catalogues.test.ts holds every language to the English keys and arguments.
import app from './messages/en/app.json';
import brainstorm from './messages/en/brainstorm.json';
import certificate from './messages/en/certificate.json';
import common from './messages/en/common.json';
import debrief from './messages/en/debrief.json';
import errors from './messages/en/errors.json';
import lms from './messages/en/lms.json';
import notices from './messages/en/notices.json';
import page from './messages/en/page.json';
import profile from './messages/en/profile.json';
import settings from './messages/en/settings.json';
import story from './messages/en/story.json';
import title from './messages/en/title.json';
import track from './messages/en/track.json';
import workshop from './messages/en/workshop.json';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Language } from './languages.ts';

/** Every English namespace. A new screen's catalogue is added here, and in each language's folder. */
export const ENGLISH = {
  app,
  brainstorm,
  certificate,
  common,
  debrief,
  errors,
  lms,
  notices,
  page,
  profile,
  settings,
  story,
  title,
  track,
  workshop,
} as const;

type English = typeof ENGLISH;
export type Namespace = keyof English;
export type MessageId = { [N in Namespace]: `${N}.${Extract<keyof English[N], string>}` }[Namespace];
/**
 * A message as the page gets it: parsed at build time (tools/vite/icuMessages.ts), though TypeScript reads
 * the JSON files as text, which is also what a tool outside the build would get.
 */
export type Message = string | MessageFormatElement[];
export type Messages = ReadonlyMap<string, Message>;
type Catalogues = Readonly<Record<string, Readonly<Record<string, Message>>>>;

/** Namespaced catalogues as one map of "<namespace>.<key>" to message. */
export function flatten(catalogues: Catalogues): Map<string, Message> {
  const flat = new Map<string, Message>();
  for (const [namespace, messages] of Object.entries(catalogues))
    for (const [key, message] of Object.entries(messages)) flat.set(`${namespace}.${key}`, message);
  return flat;
}

export const englishMessages: Messages = flatten(ENGLISH);

// English is imported above: globbing it as well would split each English file into a chunk of its own.
const translations = import.meta.glob<Record<string, Message>>(['./messages/*/*.json', '!./messages/en/*.json'], {
  import: 'default',
});

/** A language's catalogues, fetched (each namespace its own small file, all at once). */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return englishMessages;
  const prefix = `./messages/${language}/`;
  const files = Object.entries(translations).filter(([path]) => path.startsWith(prefix));
  const loaded = await Promise.all(
    files.map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const),
  );
  return flatten(Object.fromEntries(loaded));
}
