// Reads the project's content from disk for Node tools and tests: the
// catalogue, the art manifest and the scenario files, checked by the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArtManifest, loadLibrary, type Library } from '../src/engine/index.ts';

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const scenariosDir = join(projectRoot, 'scenarios');
export const catalogueFile = join(scenariosDir, 'principles.yaml');
export const artManifestFile = join(projectRoot, 'assets', 'manifest.json');

export function isScenarioFile(name: string): boolean {
  return /\.ya?ml$/.test(name) && basename(name) !== 'principles.yaml';
}

export function listScenarioFiles(): string[] {
  return readdirSync(scenariosDir)
    .filter(isScenarioFile)
    .sort()
    .map((name) => join(scenariosDir, name));
}

export function readArtManifest(): ArtManifest {
  return ArtManifest.parse(JSON.parse(readFileSync(artManifestFile, 'utf8')));
}

/** Paths in diagnostics are relative to the project, as an author types them. */
export const displayPath = (file: string) => relative(projectRoot, resolve(file)) || file;

export function readLibrary(files: readonly string[] = listScenarioFiles()): Library {
  return loadLibrary(
    { file: displayPath(catalogueFile), text: readFileSync(catalogueFile, 'utf8') },
    files.map((file) => ({ file: displayPath(file), text: readFileSync(file, 'utf8') })),
    readArtManifest(),
  );
}
