// Which pictures a screen needs, and loading the ones not yet in Phaser's texture cache. Every screen loads
// only what it shows, when it opens: a story its backdrop and its cast's faces, the other screens the title's
// backdrop. Nothing is loaded ahead: on a throttled phone each backdrop took 100–500 ms of main thread to
// load and decode (Lighthouse's mobile audit, README › Speed), and the service worker has every file anyway.
import type Phaser from 'phaser';
import type { ArtUrls } from '../play/content.ts';
import type { Scenario } from '../engine/runtime.ts';
import { VOICES } from '../engine/runtime.ts';
import { textureKeys } from './services.ts';

interface ArtRequest {
  key: string;
  url: string;
  /** The size to draw it at, when it is not the size the file declares. */
  size?: { width: number; height: number };
}

/**
 * The sizes the backdrop and badge files declare on their <svg> (tests/unit/art-sizes.test.ts checks every
 * file). They are loaded at that size: given a size, Phaser parses and rewrites the SVG's text first, which
 * took 50–120 ms a backdrop on a throttled phone (Lighthouse's mobile audit).
 */
export const BACKDROP_SIZE = { width: 1920, height: 1080 };
export const VOICE_SIZE = { width: 200, height: 200 };

const backdrop = (art: ArtUrls, id: string): ArtRequest[] => {
  const url = art.backdrop(id);
  return url ? [{ key: textureKeys.backdrop(id), url }] : [];
};

const faces = (art: ArtUrls, look: string): ArtRequest[] =>
  art.manifest.expressions.flatMap((expression) => {
    const url = art.character(look, expression);
    return url ? [{ key: textureKeys.character(look, expression), url, size: { width: 675, height: 900 } }] : [];
  });

const voices = (art: ArtUrls): ArtRequest[] =>
  VOICES.flatMap((kind) => {
    const url = art.voice(kind);
    return url ? [{ key: textureKeys.voice(kind), url }] : [];
  });

/** The backdrop of the screens around the stories (title, track, progress, brainstorm, errors). */
export const titleArt = (art: ArtUrls): ArtRequest[] => backdrop(art, 'title');

/** A story's backdrop, every face of its cast, and the badges for voices heard on the phone or in writing (two tiny pictures). */
export const storyArt = (art: ArtUrls, scenario: Scenario): ArtRequest[] => [
  ...backdrop(art, scenario.setting.backdrop),
  ...voices(art),
  ...[...new Set(Object.values(scenario.cast).map((member) => member.look))].flatMap((look) => faces(art, look)),
];

/** Queues, in a scene's preload, the pictures not loaded yet; returns how many. */
export function queueArt(scene: Phaser.Scene, requests: readonly ArtRequest[]): number {
  const missing = requests.filter((r) => !scene.textures.exists(r.key));
  for (const r of missing) scene.load.svg(r.key, r.url, r.size);
  return missing.length;
}
