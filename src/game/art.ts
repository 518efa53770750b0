// Which pictures a screen needs, and loading the ones not yet in Phaser's texture cache. Every screen loads
// only what it shows, when it opens: a story its backdrop and its cast's faces, the other screens the title's
// backdrop. Nothing is loaded ahead: on a throttled phone each backdrop took 100–500 ms of main thread to
// load and decode (Lighthouse's mobile audit, README › Speed), and the service worker has every file anyway.
import type Phaser from 'phaser';
import type { ArtUrls } from '../play/content.ts';
import type { Scenario } from '../engine/runtime.ts';
import { EXPRESSIONS, VOICES } from '../engine/runtime.ts';
import { svgDataUrl } from '../ui/dom.ts';
import { textureKeys } from './services.ts';

interface ArtRequest {
  key: string;
  url: string;
  /** The size to draw it at, when it is not the size the file declares. */
  size?: { width: number; height: number };
  /** A PNG (a story's own picture), loaded as an image rather than drawn from SVG. */
  png?: boolean;
}

/**
 * The sizes the backdrop and badge files declare on their <svg> (tests/unit/art-sizes.test.ts checks every
 * file). They are loaded at that size: given a size, Phaser parses and rewrites the SVG's text first, which
 * took 50–120 ms a backdrop on a throttled phone (Lighthouse's mobile audit).
 */
export const BACKDROP_SIZE = { width: 1920, height: 1080 };
export const VOICE_SIZE = { width: 200, height: 200 };
const PORTRAIT_SIZE = { width: 675, height: 900 };

const backdrop = (art: ArtUrls, id: string): ArtRequest[] => {
  const url = art.backdrop(id);
  return url ? [{ key: textureKeys.backdrop(id), url }] : [];
};

/** The story's own picture as a request: a PNG read as it is, an SVG drawn at the size its place wants. */
const ownPicture = (key: string, data: string, size: { width: number; height: number }): ArtRequest =>
  data.startsWith('data:image/png') ? { key, url: data, png: true } : { key, url: data, size };

/** A short name for a picture's data (FNV-1a), so the texture cache keys a story's own picture by what it shows. */
function fingerprint(data: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(36)}-${data.length}`;
}

type OwnArt = Pick<Scenario, 'looks' | 'images'>;

/** The name the story's backdrop goes by in the texture cache: a shipped one's id, or its own picture's fingerprint. */
export function backdropKey(scenario: OwnArt & Pick<Scenario, 'setting'>): string {
  const id = scenario.setting.backdrop;
  const data = scenario.images?.[id];
  return data === undefined ? id : `image:${fingerprint(data)}`;
}

/**
 * The name a look's faces go by in the texture cache: a shipped look's own, or, for a look the story builds
 * (`looks:`), its parts or its pictures, so two stories that give the same name to different looks never share faces.
 */
export function lookKey(look: string, scenario: OwnArt): string {
  const own = scenario.looks && Object.hasOwn(scenario.looks, look) ? scenario.looks[look] : undefined;
  if (!own) return look;
  const { pictures } = own;
  if (!pictures) return `built:${JSON.stringify(own)}`;
  return `pictures:${fingerprint(EXPRESSIONS.map((mood) => scenario.images?.[pictures[mood]] ?? '').join(' '))}`;
}

const faces = (art: ArtUrls, look: string, scenario: Scenario): ArtRequest[] => {
  const pictures = scenario.looks?.[look]?.pictures;
  if (pictures)
    return EXPRESSIONS.flatMap((mood) => {
      const data = scenario.images?.[pictures[mood]];
      const key = textureKeys.character(lookKey(look, scenario), mood);
      return data === undefined ? [] : [ownPicture(key, data, PORTRAIT_SIZE)];
    });
  return art.manifest.expressions.flatMap((expression) => {
    const url = art.character(look, expression);
    return url ? [{ key: textureKeys.character(look, expression), url, size: PORTRAIT_SIZE }] : [];
  });
};

const voices = (art: ArtUrls): ArtRequest[] =>
  VOICES.flatMap((kind) => {
    const url = art.voice(kind);
    return url ? [{ key: textureKeys.voice(kind), url }] : [];
  });

/** The backdrop of the screens around the stories (title, track, progress, brainstorm, errors). */
export const titleArt = (art: ArtUrls): ArtRequest[] => backdrop(art, 'title');

/**
 * A story's backdrop, every face of its cast, and the badges for voices heard on the phone or in writing (two tiny
 * pictures); the story's own pictures among them, straight from its file. Looks it builds from parts come after
 * (loadBuiltLooks), as the builder's code is fetched first.
 */
export const storyArt = (art: ArtUrls, scenario: Scenario): ArtRequest[] => {
  const data = scenario.images?.[scenario.setting.backdrop];
  return [
    ...(data === undefined
      ? backdrop(art, scenario.setting.backdrop)
      : [ownPicture(textureKeys.backdrop(backdropKey(scenario)), data, BACKDROP_SIZE)]),
    ...voices(art),
    ...[...new Set(Object.values(scenario.cast).map((member) => member.look))].flatMap((look) =>
      faces(art, look, scenario),
    ),
  ];
};

/**
 * Draws and loads the faces of the looks a story builds for itself from the art's parts, if it builds any: the
 * builder's code is fetched only then. Resolves true once they are in the texture cache (the stage shows them
 * from there on).
 */
export async function loadBuiltLooks(scene: Phaser.Scene, scenario: Scenario): Promise<boolean> {
  const own = Object.entries(scenario.looks ?? {}).flatMap(([id, look]) =>
    look.head !== undefined && look.body !== undefined
      ? [{ id, spec: { ...look, head: look.head, body: look.body } }]
      : [],
  );
  if (own.length === 0) return false;
  const { builtPortraits } = await import('../../assets/src/character-builder.mjs');
  let queued = 0;
  for (const { id, spec } of own) {
    const key = (expression: string) => textureKeys.character(lookKey(id, scenario), expression);
    const missing = Object.entries(builtPortraits(spec)).filter(
      ([expression]) => !scene.textures.exists(key(expression)),
    );
    for (const [expression, svg] of missing) scene.load.svg(key(expression), svgDataUrl(svg), PORTRAIT_SIZE);
    queued += missing.length;
  }
  if (queued === 0 || !scene.sys.isActive()) return queued === 0;
  await new Promise<void>((resolve) => {
    scene.load.once('complete', () => resolve());
    scene.load.start();
  });
  return true;
}

/** Queues, in a scene's preload, the pictures not loaded yet; returns how many. */
export function queueArt(scene: Phaser.Scene, requests: readonly ArtRequest[]): number {
  const missing = requests.filter((r) => !scene.textures.exists(r.key));
  for (const r of missing) {
    if (r.png) scene.load.image(r.key, r.url);
    else scene.load.svg(r.key, r.url, r.size);
  }
  return missing.length;
}
