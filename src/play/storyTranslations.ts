// The stories in the page's language. A language's translations (one module, asked for only when the page speaks
// it: pageBasics.ts waits for it with the interface's words) put each translated text in place of the text as
// written (English, or the language the story says it is written in), line by line; the rest of a half-translated
// story stays as written, marked so (src/i18n/storyLanguage.ts). Only the words change, so the grade is the same in
// every language.
import type { Catalogue } from '../engine/catalogue.ts';
import type { Library } from '../engine/scenarioLibrary.ts';
import type { Scenario } from '../engine/schema.ts';
import type { Track } from '../engine/track.ts';
import { storyTexts } from '../engine/translation/storyTexts.ts';
import { translateCatalogue, translateScenario, translateTrack } from '../engine/translation/translate.ts';
import { locale } from '../i18n/intl.ts';
import { SOURCE_LANGUAGE, type Locale } from '../i18n/languages.ts';
import { markStoryTexts } from '../i18n/storyLanguage.ts';
import { loadedTranslations } from './storyTranslationsLoaded.ts';
import { titleLibraryOf, type TitleLibrary } from './storyCards.ts';

const scenarios = new WeakMap<object, Map<Locale, object>>();
/** Each translated story or catalogue → the one it was translated from. */
const translatedFrom = new WeakMap<object, object>();
const catalogues = new WeakMap<object, Map<Locale, object>>();

function memo<T extends object>(
  cache: WeakMap<object, Map<Locale, object>>,
  source: T,
  language: Locale,
  make: () => T,
): T {
  let byLanguage = cache.get(source);
  if (!byLanguage) cache.set(source, (byLanguage = new Map()));
  const made = byLanguage.get(language);
  if (made) return made as T;
  const fresh = make();
  byLanguage.set(language, fresh);
  return fresh;
}

/** Stories whose words are marked with the language they are written in. */
const markedStories = new WeakSet<Scenario>();

/**
 * Marks a story's words with the language it is written in (`language:`, English when left out), once: a story a
 * Spanish trainer wrote in Spanish is read as Spanish on any page, and said so to an LMS.
 */
export function markWrittenLanguage(scenario: Scenario): void {
  if (!scenario.language || scenario.language === SOURCE_LANGUAGE || markedStories.has(scenario)) return;
  markedStories.add(scenario);
  markStoryTexts(
    storyTexts(scenario).map((unit) => unit.text),
    scenario.language,
  );
}

/** The story in the page's language, where its translation has the words; the same object while that holds. */
export function scenarioInPageLanguage(scenario: Scenario): Scenario {
  markWrittenLanguage(scenario);
  const language = locale();
  const texts = loadedTranslations(language)?.stories[scenario.id];
  if (!texts) return scenario;
  return memo(scenarios, scenario, language, () => {
    const translated = translateScenario(scenario, texts);
    markStoryTexts(translated.placed, language);
    translatedFrom.set(translated.scenario, scenario);
    return translated.scenario;
  });
}

/** The principles catalogue in the page's language, where its translation has the words. */
export function catalogueInPageLanguage(catalogue: Catalogue): Catalogue {
  const language = locale();
  const texts = loadedTranslations(language)?.catalogue;
  if (!texts || Object.keys(texts).length === 0) return catalogue;
  return memo(catalogues, catalogue, language, () => {
    const translated = translateCatalogue(catalogue, texts);
    markStoryTexts(translated.placed, language);
    translatedFrom.set(translated.catalogue, catalogue);
    return translated.catalogue;
  });
}

/** The stories and catalogue as written, when the library on show is a translation of them. */
export interface AsWritten {
  scenario(translated: Scenario): Scenario;
  catalogue: Catalogue;
}

/** The title's cards of a library in the page's language, searched in its words and as written. */
export const titleLibraryInPageLanguage = (library: Library & { catalogue: Catalogue }): TitleLibrary => {
  const shown = libraryInPageLanguage(library);
  return titleLibraryOf(shown, asWritten(shown.catalogue));
};

/**
 * The stories and catalogue as written, for a library on show in a translation (the title's search looks in
 * both); a story or catalogue shown as written is its own.
 */
export function asWritten(catalogue: Catalogue): AsWritten {
  return {
    scenario: (scenario) => (translatedFrom.get(scenario) as Scenario | undefined) ?? scenario,
    catalogue: (translatedFrom.get(catalogue) as Catalogue | undefined) ?? catalogue,
  };
}

const tracks = new WeakMap<object, Map<Locale, object>>();

/** A track's name and summary in the page's language, where its translation has the words. */
export function trackInPageLanguage(track: Track): Track {
  const language = locale();
  const texts = loadedTranslations(language)?.tracks[track.id];
  if (!texts) return track;
  return memo(tracks, track, language, () => {
    const translated = translateTrack(track, texts);
    markStoryTexts(translated.placed, language);
    return translated.track;
  });
}

const libraries = new WeakMap<object, Map<Locale, object>>();

/** The whole library in the page's language: every screen drawn from it shows the stories as they will play. */
export function libraryInPageLanguage<L extends Library>(library: L): L {
  for (const entry of library.entries) if (entry.scenario) markWrittenLanguage(entry.scenario);
  const language = locale();
  if (!loadedTranslations(language)) return library;
  return memo(libraries, library, language, () => ({
    ...library,
    catalogue: library.catalogue && catalogueInPageLanguage(library.catalogue),
    entries: library.entries.map((entry) =>
      entry.scenario ? { ...entry, scenario: scenarioInPageLanguage(entry.scenario) } : entry,
    ),
    tracks: library.tracks.map((entry) =>
      entry.track ? { ...entry, track: trackInPageLanguage(entry.track) } : entry,
    ),
  }));
}
