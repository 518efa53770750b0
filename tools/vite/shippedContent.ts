// The shipped stories are checked when the site is built (or served), not in the player's browser: the
// page gets them as data, already validated, so it needs neither the YAML reader nor the checks to start,
// and a story link fetches only its own story. A broken file is still listed, with the engine's errors,
// exactly as `npm run check:scenarios` reports them.
//
//   virtual:shipped-library       the whole library (title screen, profile, tracks, workshops)
//   virtual:shipped-stories       a small index: each playable story's title and a loader for it, and the tracks
//   virtual:shipped-story/<id>    one story and the principles catalogue, what playing it needs
//   virtual:shipped-titles        the title screen's story cards and tracks, in English, drawn by the page's entry on
//                                 a first visit (src/app/entryScreen.ts); null when the principles do not load
//   virtual:shipped-openings      each story's first beat, shown by the page's first program (src/app/opening.ts)
//                                 before the engine arrives; only stories that open the same for every seed
//
// SERVICE_HERO_EXTRA_STORIES adds story files, or folders laid out like scenarios/ (stories, and tracks in
// tracks/), separated as PATH is: the browser tests' build adds their fixtures this way (a short story,
// broken files and a quick track), so the build itself names no test file.
import { readdirSync, statSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { scenarioById, type Library, type Scenario } from '../../src/engine/index.ts';
import { storyOpening, type StoryOpening } from '../../src/engine/storyOpening.ts';
import { titleLibraryOf } from '../../src/play/storyCards.ts';
import { listScenarioFiles, listTrackFiles, projectRoot, readLibrary, scenariosDir } from '../projectFiles.ts';
import {
  readStored,
  storedLanguages,
  TRACK_PREFIX,
  translatableInto,
  translationSources,
  usable,
} from '../translations/store.ts';
import { readXliff } from '../translations/xliff.ts';
import { accessKey, dataWithAudio, scenarioAudio, viewAudio, type AudioSpot } from './shippedAudio.ts';
import { LANGUAGE_CODES } from '../../src/i18n/languages.ts';

const LIBRARY = 'virtual:shipped-library';
const STORIES = 'virtual:shipped-stories';
const STORY = 'virtual:shipped-story/';
const OPENINGS = 'virtual:shipped-openings';
const TITLES = 'virtual:shipped-titles';
const TRANSLATIONS = 'virtual:shipped-translations/';
export const EXTRA_STORIES = 'SERVICE_HERO_EXTRA_STORIES';

/** The files and folders SERVICE_HERO_EXTRA_STORIES names, from the project's root; none when it is unset. */
export function extraStories(env: Record<string, string | undefined> = process.env): string[] {
  return (env[EXTRA_STORIES] ?? '')
    .split(delimiter)
    .filter((path) => path.trim() !== '')
    .map((path) => resolve(projectRoot, path));
}

/** The files the site ships: the scenarios folder, plus any extra stories and folders. */
export function shippedFiles(extra: readonly string[] = extraStories()): { scenarios: string[]; tracks: string[] } {
  const yamlIn = (dir: string) => {
    try {
      return readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => join(dir, name));
    } catch {
      return []; // a folder without tracks/
    }
  };
  const folders = extra.filter((path) => {
    const found = statSync(path, { throwIfNoEntry: false });
    if (!found) throw new Error(`${EXTRA_STORIES} names ${path}, which does not exist`);
    return found.isDirectory();
  });
  const files = extra.filter((path) => !folders.includes(path));
  return {
    scenarios: [...listScenarioFiles(), ...files, ...folders.flatMap(yamlIn)],
    tracks: [...listTrackFiles(), ...folders.flatMap((folder) => yamlIn(join(folder, 'tracks')))],
  };
}

export function shippedLibrary(extra?: readonly string[]): Library {
  const { scenarios, tracks } = shippedFiles(extra);
  return readLibrary(scenarios, tracks);
}

/** A module whose default export is this data; JSON.parse of a string starts faster than a large object literal. */
const dataModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/** The whole library, each recording its lines name as a URL of the build. */
function libraryModule(library: Library): string {
  const spots = library.entries.flatMap((entry, i) =>
    entry.scenario ? scenarioAudio(`.entries${accessKey(i)}.scenario`, entry.scenario, entry.file) : [],
  );
  return dataWithAudio(library, spots, 'export default data;');
}

/** One story and the catalogue, each recording its lines name as a URL of the build. */
function storyModule(library: Library, scenario: Scenario): string {
  const file = library.entries.find((entry) => entry.scenario === scenario)?.file ?? '';
  return dataWithAudio(
    { scenario, catalogue: library.catalogue },
    scenarioAudio('.scenario', scenario, file),
    'export default data;',
  );
}

export function storiesIndexModule(library: Library): string {
  const stories = library.entries.flatMap((entry) => {
    const scenario = entry.scenario;
    if (!scenario) return [];
    const file = basename(entry.file).replace(/\.ya?ml$/, '');
    return [
      `  ${JSON.stringify(scenario.id)}: { title: ${JSON.stringify(scenario.title)}, file: ${JSON.stringify(file)}, load: () => import(${JSON.stringify(STORY + scenario.id)}) },`,
    ];
  });
  // Marked pure, so a program that only needs the stories leaves the tracks out.
  const tracks = `export const tracks = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(library.tracks))});`;
  const translations = translatedLanguages().map(
    (language) => `  ${JSON.stringify(language)}: () => import(${JSON.stringify(TRANSLATIONS + language)}),`,
  );
  return [
    `export const stories = {`,
    ...stories,
    `};`,
    tracks,
    `export const storyTranslations = {`,
    ...translations,
    `};`,
  ].join('\n');
}

/** The game's languages with a folder of story translations. */
const translatedLanguages = () =>
  storedLanguages().filter((language) => (LANGUAGE_CODES as readonly string[]).includes(language));

/**
 * What a language's translations have finished, by story (or track) and text id: only texts translated from the
 * source's text of now (a stale or unfinished one shows the text as written). A translation file that cannot be read is left
 * out with a warning; check:scenarios says what is wrong with it.
 */
export function translationsOf(
  library: Library,
  language: string,
  warn: (message: string) => void = () => undefined,
): {
  stories: Record<string, Record<string, string>>;
  tracks: Record<string, Record<string, string>>;
  catalogue: Record<string, string>;
} {
  const stories: Record<string, Record<string, string>> = {};
  const tracks: Record<string, Record<string, string>> = {};
  let catalogue: Record<string, string> = {};
  for (const source of translationSources(library).filter((s) => translatableInto(s, language))) {
    const { file, problems } = readStored(language, source.name, readXliff);
    if (problems.length > 0) warn(`${problems[0]!.file} is left out: ${problems[0]!.message}`);
    if (!file) continue;
    const written = new Map(source.units.map((unit) => [unit.id, unit.text]));
    const texts = Object.fromEntries(
      file.units.flatMap((unit) => (usable(unit, written.get(unit.id) ?? '') ? [[unit.id, unit.target!]] : [])),
    );
    if (source.id === 'principles') catalogue = texts;
    else if (source.id.startsWith(TRACK_PREFIX)) tracks[source.id.slice(TRACK_PREFIX.length)] = texts;
    else stories[source.id] = texts;
  }
  return { stories, tracks, catalogue };
}

function openingsModule(library: Library): string {
  const openings: Record<string, StoryOpening> = {};
  const spots: AudioSpot[] = [];
  for (const { scenario, file } of library.entries) {
    const opening = scenario && library.catalogue && storyOpening(scenario, library.catalogue);
    if (!scenario || !opening) continue;
    openings[scenario.id] = opening;
    spots.push(...viewAudio(`${accessKey(scenario.id)}.view`, opening.view.lines, file));
  }
  return dataWithAudio(openings, spots, 'export const openings = data;');
}

export function shippedContent(): Plugin {
  let cached: Library | null = null;
  const library = () => (cached ??= shippedLibrary());
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'service-hero:shipped-content',
    resolveId(id) {
      if ([LIBRARY, STORIES, OPENINGS, TITLES].includes(id) || id.startsWith(STORY) || id.startsWith(TRANSLATIONS))
        return resolved(id);
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:shipped-')) return undefined;
      const { scenarios, tracks } = shippedFiles();
      for (const file of [join(scenariosDir, 'principles.yaml'), ...scenarios, ...tracks]) this.addWatchFile(file);
      const lib = library();
      if (id === resolved(LIBRARY)) return libraryModule(lib);
      if (id === resolved(STORIES)) return storiesIndexModule(lib);
      if (id === resolved(OPENINGS)) return openingsModule(lib);
      if (id === resolved(TITLES))
        return dataModule(lib.catalogue && titleLibraryOf({ ...lib, catalogue: lib.catalogue }));
      if (id.startsWith(resolved(TRANSLATIONS)))
        return dataModule(
          translationsOf(lib, id.slice(resolved(TRANSLATIONS).length), (message) => this.warn(message)),
        );
      const storyId = id.slice(resolved(STORY).length);
      const scenario = scenarioById(lib, storyId);
      if (!scenario) this.error(`there is no playable shipped story "${storyId}"`);
      return storyModule(lib, scenario);
    },
    watchChange(id) {
      if (/\.(ya?ml|xlf)$/.test(id)) cached = null;
    },
    configureServer(server) {
      // A story added, edited or removed while the dev server runs: check the library again and reload the page.
      server.watcher.add([scenariosDir, ...extraStories()]);
      server.watcher.on('all', (_event, file) => {
        if (!/\.(ya?ml|xlf)$/.test(file)) return;
        cached = null;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith('\0virtual:shipped-')) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
