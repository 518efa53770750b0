// Gathers the shipped content at build time: every scenario file, the
// principles catalogue and the art, then checks it with the engine in the page.
import manifestJson from '../../assets/manifest.json';
import { ArtManifest, loadLibrary, type Library } from '../engine/index.ts';

const shippedTexts = import.meta.glob<string>('/scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true });
// The browser tests' build ("e2e" mode) also lists a fixture with a short patience and a broken file.
// Vite replaces MODE at build time, so a production build contains none of this.
const testTexts =
  import.meta.env.MODE === 'e2e'
    ? import.meta.glob<string>(['/tests/fixtures/bakery-mini.yaml', '/tests/fixtures/e2e/*.yaml'], { query: '?raw', import: 'default', eager: true })
    : {};
const scenarioTexts: Record<string, string> = { ...shippedTexts, ...testTexts };
const trackTexts: Record<string, string> = {
  ...import.meta.glob<string>('/scenarios/tracks/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }),
  ...(import.meta.env.MODE === 'e2e' ? import.meta.glob<string>('/tests/fixtures/e2e/tracks/*.yaml', { query: '?raw', import: 'default', eager: true }) : {}),
};
const artUrls = import.meta.glob<string>('/assets/{backdrops,characters}/*.svg', { query: '?url', import: 'default', eager: true });

export interface ArtUrls {
  manifest: ArtManifest;
  backdrop(id: string): string | undefined;
  character(look: string, expression: string): string | undefined;
}

export function loadArt(): ArtUrls {
  const manifest = ArtManifest.parse(manifestJson);
  return {
    manifest,
    backdrop: (id) => {
      const path = manifest.backdrops[id];
      return path ? artUrls[`/assets/${path}`] : undefined;
    },
    character: (look, expression) => artUrls[`/assets/characters/${look}-${expression}.svg`],
  };
}

export function loadShippedLibrary(art: ArtManifest): Library {
  const catalogue = scenarioTexts['/scenarios/principles.yaml'] ?? '';
  const files = Object.entries(scenarioTexts)
    .filter(([path]) => !path.endsWith('/principles.yaml'))
    .map(([path, text]) => ({ file: path.slice(1), text }));
  const tracks = Object.entries(trackTexts).map(([path, text]) => ({ file: path.slice(1), text }));
  return loadLibrary({ file: 'scenarios/principles.yaml', text: catalogue }, files, art, tracks);
}
