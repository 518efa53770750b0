// The shipped stories are checked when the site is built (or served), not in the player's browser: the
// page gets them as data, already validated, so it needs neither the YAML reader nor the checks to start,
// and a story link fetches only its own story. A broken file is still listed, with the engine's errors,
// exactly as `npm run check:scenarios` reports them.
//
//   virtual:shipped-library       the whole library (title screen, profile, tracks, workshops)
//   virtual:shipped-stories       a small index: each playable story's title and a loader for it, and the tracks
//   virtual:shipped-story/<id>    one story and the principles catalogue, what playing it needs
//   virtual:shipped-openings      each story's first beat, shown by the page's first program (src/app/opening.ts)
//                                 before the engine arrives; only stories that open the same for every seed
//
// The browser tests' build ("e2e" mode) adds the fixtures: a short story, broken files and a quick track.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { scenarioById, type Library } from '../../src/engine/index.ts';
import { storyOpening, type StoryOpening } from '../../src/engine/storyOpening.ts';
import { listScenarioFiles, listTrackFiles, projectRoot, readLibrary, scenariosDir } from '../projectFiles.ts';

const LIBRARY = 'virtual:shipped-library';
const STORIES = 'virtual:shipped-stories';
const STORY = 'virtual:shipped-story/';
const OPENINGS = 'virtual:shipped-openings';
const fixtures = join(projectRoot, 'tests', 'fixtures');

/** The files the site ships in a mode: the scenarios folder, plus the test fixtures in e2e mode. */
export function shippedFiles(mode: string): { scenarios: string[]; tracks: string[] } {
  const e2e = mode === 'e2e';
  const yamlIn = (dir: string) =>
    readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => join(dir, name));
  return {
    scenarios: [...listScenarioFiles(), ...(e2e ? [join(fixtures, 'bakery-mini.yaml'), ...yamlIn(join(fixtures, 'e2e'))] : [])],
    tracks: [...listTrackFiles(), ...(e2e ? yamlIn(join(fixtures, 'e2e', 'tracks')) : [])],
  };
}

export function shippedLibrary(mode: string): Library {
  const { scenarios, tracks } = shippedFiles(mode);
  return readLibrary(scenarios, tracks);
}

/** A module whose default export is this data; JSON.parse of a string starts faster than a large object literal. */
const dataModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/**
 * How the stories index loads a story: by importing its module (the default), or, for a program that is not
 * part of the site's module graph, through code the caller provides (see tools/vite/firstProgram.ts).
 */
export interface StoryLoading {
  /** Import lines for the index module. */
  imports: string[];
  /** The expression that loads the story with this id. */
  load(storyId: string): string;
}

const importStoryModule: StoryLoading = { imports: [], load: (id) => `import(${JSON.stringify(STORY + id)})` };

export function storiesIndexModule(library: Library, loading: StoryLoading = importStoryModule): string {
  const stories = library.entries.flatMap((entry) => {
    const scenario = entry.scenario;
    if (!scenario) return [];
    const file = basename(entry.file).replace(/\.ya?ml$/, '');
    return [`  ${JSON.stringify(scenario.id)}: { title: ${JSON.stringify(scenario.title)}, file: ${JSON.stringify(file)}, load: () => ${loading.load(scenario.id)} },`];
  });
  // Marked pure, so a program that only needs the stories leaves the tracks out.
  const tracks = `export const tracks = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(library.tracks))});`;
  return [...loading.imports, `export const stories = {`, ...stories, `};`, tracks].join('\n');
}

function openingsModule(library: Library): string {
  const openings: Record<string, StoryOpening> = {};
  for (const { scenario } of library.entries) {
    const opening = scenario && library.catalogue && storyOpening(scenario, library.catalogue);
    if (scenario && opening) openings[scenario.id] = opening;
  }
  return `export const openings = JSON.parse(${JSON.stringify(JSON.stringify(openings))});`;
}

export function shippedContent(storyLoading?: StoryLoading): Plugin {
  let mode = 'production';
  let cached: Library | null = null;
  const library = () => (cached ??= shippedLibrary(mode));
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'service-hero:shipped-content',
    configResolved(config) {
      mode = config.mode;
    },
    resolveId(id) {
      if (id === LIBRARY || id === STORIES || id === OPENINGS || id.startsWith(STORY)) return resolved(id);
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:shipped-')) return undefined;
      const { scenarios, tracks } = shippedFiles(mode);
      for (const file of [join(scenariosDir, 'principles.yaml'), ...scenarios, ...tracks]) this.addWatchFile(file);
      const lib = library();
      if (id === resolved(LIBRARY)) return dataModule(lib);
      if (id === resolved(STORIES)) return storiesIndexModule(lib, storyLoading);
      if (id === resolved(OPENINGS)) return openingsModule(lib);
      const storyId = id.slice(resolved(STORY).length);
      const scenario = scenarioById(lib, storyId);
      if (!scenario) this.error(`there is no playable shipped story "${storyId}"`);
      return dataModule({ scenario, catalogue: lib.catalogue });
    },
    watchChange(id) {
      if (/\.ya?ml$/.test(id)) cached = null;
    },
    configureServer(server) {
      // A story added, edited or removed while the dev server runs: check the library again and reload the page.
      server.watcher.add([scenariosDir, fixtures]);
      server.watcher.on('all', (_event, file) => {
        if (!/\.ya?ml$/.test(file)) return;
        cached = null;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith('\0virtual:shipped-')) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
