// Reads the project's content from disk for Node tools and tests: the
// catalogue, the art manifest and the scenario files, checked by the engine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArtManifest, loadLibrary, type Library } from '../src/engine/index.ts';
import { audioProblems } from './audioFiles.ts';

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const scenariosDir = join(projectRoot, 'scenarios');
export const catalogueFile = join(scenariosDir, 'principles.yaml');
const artManifestFile = join(projectRoot, 'assets', 'manifest.json');

function isScenarioFile(name: string): boolean {
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

const tracksDir = join(scenariosDir, 'tracks');

export function listTrackFiles(): string[] {
  return existsSync(tracksDir)
    ? readdirSync(tracksDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => join(tracksDir, name))
    : [];
}

export function readLibrary(
  files: readonly string[] = listScenarioFiles(),
  trackFiles: readonly string[] = listTrackFiles(),
): Library {
  // Read as bytes, then decoded: Node 20's own UTF-8 read took three times as long on a big story.
  const read = (file: string) => ({ file: displayPath(file), text: readFileSync(file).toString('utf8') });
  return loadLibrary(read(catalogueFile), files.map(read), readArtManifest(), trackFiles.map(read), (file) =>
    audioProblems(resolve(projectRoot, file)),
  );
}
