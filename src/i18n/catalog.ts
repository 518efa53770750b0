// The interface's words: one ICU MessageFormat catalogue per screen (a namespace), English beside the code
// and every other language in messages/<language>/, loaded when a page needs it. A message is named
// "<namespace>.<key>", and the names are typed from the English files, so a misspelt or removed name fails
// the type check. tests/unit/i18n-catalogues.test.ts holds every language to the English keys and arguments.
import app from './messages/en/app.json';
import common from './messages/en/common.json';
import page from './messages/en/page.json';
import settings from './messages/en/settings.json';
import story from './messages/en/story.json';
import title from './messages/en/title.json';
import track from './messages/en/track.json';
import workshop from './messages/en/workshop.json';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { EnglishRest } from './englishRest.ts';
import type { Language } from './languages.ts';

/**
 * The English the page's entry draws with: a story's opening (its screen, the workshop's vote, the settings dialog),
 * a first visit's title or track (src/app/entryScreen.ts) and the page itself. Every other screen's English (ENGLISH_REST in englishRest.ts, about 80 kB, most of what the
 * entry weighed) comes with the rest of the game: loadMessages('en'), which every first screen after the opening
 * waits for (languageReady in src/app/pageBasics.ts). tests/unit/builtPage.test.ts keeps it out of the entry.
 */
export const ENGLISH_FIRST = { app, common, page, settings, story, title, track, workshop } as const;

type English = typeof ENGLISH_FIRST & EnglishRest;
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

/** The English loaded so far: the entry's namespaces, then every one once loadMessages('en') has settled. */
const english = flatten(ENGLISH_FIRST);
export const englishMessages: Messages = english;
let englishRest: Promise<Messages> | undefined;
let complete = false;

/** Whether every screen's English is in: before, only the entry's namespaces are. */
export const englishComplete = (): boolean => complete;

function loadEnglish(): Promise<Messages> {
  englishRest ??= onceMore(() => import('./englishRest.ts')).then(({ ENGLISH_REST }) => {
    for (const [id, message] of flatten(ENGLISH_REST)) english.set(id, message);
    complete = true;
    return english;
  });
  return englishRest;
}

// English is imported above: globbing it as well would split each English file into a chunk of its own.
const translations = import.meta.glob<Record<string, Message>>(['./messages/*/*.json', '!./messages/en/*.json'], {
  import: 'default',
});

/** How long a file that could not be fetched waits before it is asked for once more. */
const RETRY_MS = 500;

/**
 * Runs `load`, and once more after a pause if it fails: a file fetched over a busy or flaky connection (a phone
 * on the move, a network changing, the service worker installing) often arrives on the second try, where a
 * language switched to would otherwise stay in the old language.
 */
export async function onceMore<T>(load: () => Promise<T>, pause = RETRY_MS): Promise<T> {
  try {
    return await load();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, pause));
    return load();
  }
}

/** A language's catalogues, fetched (each namespace its own small file, all at once). */
export async function loadMessages(language: Language): Promise<Messages> {
  // Every language needs the whole of English: a message a translation lacks is shown in English.
  await loadEnglish();
  if (language === 'en') return englishMessages;
  const prefix = `./messages/${language}/`;
  const files = Object.entries(translations).filter(([path]) => path.startsWith(prefix));
  const loaded = await Promise.all(
    files.map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await onceMore(load)] as const),
  );
  return flatten(Object.fromEntries(loaded));
}
