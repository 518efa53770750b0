// The shipped content: the art's URLs and manifest, and the library of stories, which the build has
// already checked (tools/vite/shippedContent.ts), so the page never parses the YAML it ships.
import manifestJson from '../../assets/manifest.json';
import { ArtManifest } from '../engine/catalogue.ts';
import type { Library } from '../engine/authoring.ts';

const artUrls = import.meta.glob<string>('/assets/{backdrops,characters,voices}/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

export interface ArtUrls {
  manifest: ArtManifest;
  backdrop(id: string): string | undefined;
  character(look: string, expression: string): string | undefined;
  /** The badge for a voice that is heard, not seen: `phone` or `message`. */
  voice(kind: string): string | undefined;
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
    voice: (kind) => artUrls[`/assets/voices/${kind}.svg`],
  };
}

/** The whole library, checked when the site was built (tools/vite/shippedContent.ts): for every screen but a story's. */
export async function loadShippedLibrary(): Promise<Library> {
  return (await import('virtual:shipped-library')).default;
}
