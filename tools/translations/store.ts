// Where translations live and how they follow the text as written. Each story (and the principles catalogue) has
// one XLIFF file per language, scenarios/translations/<language>/<story file's name>.xlf (a track's in tracks/
// there, as in scenarios/), listing every text of the story as written (in English, or the language the story
// says it is written in) beside its translation. A translation is used only while that text is the story's own
// and its segment is past "initial"; an edited text makes it stale, and the next export marks it for review
// (state "initial", with a note of the text it was made from) rather than dropping it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../src/engine/diagnostics.ts';
import type { Library } from '../../src/engine/authoring.ts';
import { primaryLanguage } from '../../src/engine/schema.ts';
import { catalogueTexts, storyTexts, trackTexts, type TextUnit } from '../../src/engine/translation/storyTexts.ts';
import { catalogueFile, projectRoot, scenariosDir } from '../projectFiles.ts';
import type { XliffFile, XliffUnit } from './xliff.ts';

/** SERVICE_HERO_TRANSLATIONS names another folder (the tests' own, so they never write into scenarios/). */
export const translationsDir = (): string =>
  process.env['SERVICE_HERO_TRANSLATIONS']
    ? resolve(projectRoot, process.env['SERVICE_HERO_TRANSLATIONS'])
    : join(scenariosDir, 'translations');
export const SOURCE_LANGUAGE = 'en';
/** A note saying what English a translation was made from, once that English has changed. */
const STALE = 'stale';

/** A track's id among the sources: `track:` and its id, apart from the stories' (an id has no colon). */
export const TRACK_PREFIX = 'track:';

/** A story, a track or the catalogue, as its translations see it. */
export interface TranslationSource {
  /** The story's id, `track:` and a track's id, or "principles". */
  id: string;
  /** The file's name without folder or extension: the translation files' name. */
  name: string;
  /** The source file from the project's root, as XLIFF's `original` gives it. */
  original: string;
  /** The language its texts are written in: a story's `language:`, English when left out (and for the rest). */
  language: string;
  units: TextUnit[];
}

/** Whether a source can be translated into `language`: not into the language it is written in. */
export const translatableInto = (source: TranslationSource, language: string): boolean =>
  primaryLanguage(source.language) !== primaryLanguage(language);

const fromRoot = (file: string) => relative(projectRoot, file).split('\\').join('/');

/**
 * Every story and track that loads, and the catalogue: what can be translated, each from the language it is written
 * in (into the others: translatableInto).
 */
export function translationSources(library: Library): TranslationSource[] {
  const sources: TranslationSource[] = [];
  if (library.catalogue)
    sources.push({
      id: 'principles',
      name: 'principles',
      original: fromRoot(catalogueFile),
      language: SOURCE_LANGUAGE,
      units: catalogueTexts(library.catalogue),
    });
  for (const entry of library.entries) {
    if (!entry.scenario) continue;
    sources.push({
      id: entry.scenario.id,
      name: basename(entry.file).replace(/\.ya?ml$/, ''),
      original: fromRoot(join(projectRoot, entry.file)),
      language: entry.scenario.language ?? SOURCE_LANGUAGE,
      units: storyTexts(entry.scenario),
    });
  }
  for (const entry of library.tracks) {
    if (!entry.track) continue;
    sources.push({
      id: `${TRACK_PREFIX}${entry.track.id}`,
      name: `tracks/${basename(entry.file).replace(/\.ya?ml$/, '')}`,
      original: fromRoot(join(projectRoot, entry.file)),
      language: SOURCE_LANGUAGE,
      units: trackTexts(entry.track),
    });
  }
  return sources;
}

export const storedPath = (language: string, name: string) => join(translationsDir(), language, `${name}.xlf`);

/** The languages that have a folder of translations. */
export function storedLanguages(): string[] {
  const dir = translationsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Whether a translation can be shown for this text as written. */
export const usable = (unit: XliffUnit | undefined, written: string): boolean =>
  unit?.target !== undefined && unit.state !== 'initial' && unit.source === written;

function notesOf(text: TextUnit): XliffUnit['notes'] {
  return [
    ...(text.speaker ? [{ category: 'speaker', text: text.speaker }] : []),
    { category: 'context', text: text.context },
  ];
}

/**
 * The stored unit for a text: its own, if made from this text; else one made from this text under another id
 * (a line that moved within its beat); else its own, made from other English (stale) or not translated.
 */
function matchStored(stored: readonly XliffUnit[], text: TextUnit): XliffUnit | undefined {
  const own = stored.find((unit) => unit.id === text.id);
  if (own?.target !== undefined && own.source === text.text) return own;
  return stored.find((unit) => unit.target !== undefined && unit.source === text.text) ?? own;
}

/**
 * The translation file brought up to the story: every text in the story's order as written now; a translation
 * whose text changed kept, marked for review with the text it was made from.
 */
export function refreshed(source: TranslationSource, stored: XliffFile | undefined): XliffFile {
  const units = source.units.map((text): XliffUnit => {
    const old = matchStored(stored?.units ?? [], text);
    const notes = notesOf(text);
    if (old?.target === undefined) return { id: text.id, source: text.text, state: 'initial', notes };
    if (old.source === text.text) {
      const staleNote = old.state === 'initial' ? old.notes.filter((note) => note.category === STALE) : [];
      return { id: text.id, source: text.text, target: old.target, state: old.state, notes: [...notes, ...staleNote] };
    }
    return {
      id: text.id,
      source: text.text,
      target: old.target,
      state: 'initial',
      notes: [
        ...notes,
        { category: STALE, text: `Translated from an earlier ${earlier(source.language)}: ${old.source}` },
      ],
    };
  });
  return { id: source.id, original: source.original, units };
}

/** What the note on a stale translation calls the text it was made from. */
const earlier = (language: string) =>
  primaryLanguage(language) === SOURCE_LANGUAGE
    ? 'English text'
    : `text (${new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language})`;

export interface Coverage {
  total: number;
  translated: number;
  /** Translated from a text that has since changed, or marked for review. */
  stale: string[];
  missing: string[];
}

/** How much of a story a language's file covers. */
export function coverage(source: TranslationSource, stored: XliffFile | undefined): Coverage {
  const byId = new Map((stored?.units ?? []).map((unit) => [unit.id, unit]));
  const result: Coverage = { total: source.units.length, translated: 0, stale: [], missing: [] };
  for (const text of source.units) {
    const unit = byId.get(text.id);
    if (usable(unit, text.text)) result.translated++;
    else if (unit?.target !== undefined) result.stale.push(text.id);
    else result.missing.push(text.id);
  }
  return result;
}

/** A stored file read, or undefined when the story has none in this language. */
export function readStored(
  language: string,
  name: string,
  read: (file: string, text: string) => { doc: { files: XliffFile[] } | null; problems: Diagnostic[] },
): { file: XliffFile | undefined; problems: Diagnostic[] } {
  const path = storedPath(language, name);
  if (!existsSync(path)) return { file: undefined, problems: [] };
  const { doc, problems } = read(fromRoot(path), readFileSync(path, 'utf8'));
  return { file: doc?.files[0], problems };
}
