// Which pictures a screen needs, and loading the ones not yet in Phaser's texture cache. A page opened on a
// story link loads only that story's pictures while its player reads (rasterising every SVG at once stalls the
// page for a second or more); any other screen loads what it needs when it opens: a story its cast's faces,
// the rest nothing once the Preloader has loaded the backdrops (every other way in).
import type Phaser from 'phaser';
import type { ArtUrls } from '../play/content.ts';
import type { Scenario } from '../engine/runtime.ts';
import { VOICES } from '../engine/runtime.ts';
import { textureKeys } from './services.ts';

interface ArtRequest {
  key: string;
  url: string;
  width: number;
  height: number;
}

const backdrop = (art: ArtUrls, id: string): ArtRequest[] => {
  const url = art.backdrop(id);
  return url ? [{ key: textureKeys.backdrop(id), url, width: 1920, height: 1080 }] : [];
};

const faces = (art: ArtUrls, look: string): ArtRequest[] =>
  art.manifest.expressions.flatMap((expression) => {
    const url = art.character(look, expression);
    return url ? [{ key: textureKeys.character(look, expression), url, width: 675, height: 900 }] : [];
  });

const voices = (art: ArtUrls): ArtRequest[] =>
  VOICES.flatMap((kind) => {
    const url = art.voice(kind);
    return url ? [{ key: textureKeys.voice(kind), url, width: 200, height: 200 }] : [];
  });

/** The backdrop of the screens around the stories (title, track, progress, brainstorm, errors). */
export const titleArt = (art: ArtUrls): ArtRequest[] => backdrop(art, 'title');

/** A story's backdrop, every face of its cast, and the badges for voices heard on the phone or in writing (two tiny pictures). */
export const storyArt = (art: ArtUrls, scenario: Scenario): ArtRequest[] => [
  ...backdrop(art, scenario.setting.backdrop),
  ...voices(art),
  ...[...new Set(Object.values(scenario.cast).map((member) => member.look))].flatMap((look) => faces(art, look)),
];

/**
 * What the Preloader loads up front: every backdrop and the voice badges. Faces are loaded by the story that
 * shows them (Story's preload, a handful of pictures): with a face of its own for every person in every story
 * there are over a hundred, most of which a session never shows.
 */
export const allArt = (art: ArtUrls): ArtRequest[] => [...voices(art), ...Object.keys(art.manifest.backdrops).flatMap((id) => backdrop(art, id))];

/** Queues, in a scene's preload, the pictures not loaded yet; returns how many. */
export function queueArt(scene: Phaser.Scene, requests: readonly ArtRequest[]): number {
  const missing = requests.filter((r) => !scene.textures.exists(r.key));
  for (const r of missing) scene.load.svg(r.key, r.url, { width: r.width, height: r.height });
  return missing.length;
}
