// The art is SVG, and Phaser keeps a loaded SVG as an <img>. Drawing an SVG image onto a canvas re-runs its
// vector drawing every time: without a GPU, a backdrop alone took most of a frame (README › Speed), so every
// fade and every new face dropped frames. Drawing the same picture from a bitmap is several times cheaper. So
// the first time the stage uses a picture, it is drawn once into a canvas of the same size, and the texture
// is switched to that canvas (TextureSource.updateSource, so images already showing it follow).
//
// A bitmap costs memory (a 1920×1080 backdrop is 8 MB) where the SVG costs next to none, so only the
// pictures used most recently stay as bitmaps, within a budget; older ones go back to their SVG, and are
// made bitmaps again if they are used again.
import type Phaser from 'phaser';

/** Room for a story's backdrop and all its cast's faces, the title's backdrop, and some of the last story's. */
const BITMAP_BUDGET_BYTES = 64 * 1024 * 1024;

interface Kept {
  source: Phaser.Textures.TextureSource;
  svg: HTMLImageElement;
  bytes: number;
}

/**
 * Which entries to let go, oldest first, until the rest fit in `budget`; `keep` (the one just used) stays
 * even when it alone is over. `sizes` is in order of use, the least recently used first.
 */
export function leastRecentlyUsedOverBudget(
  sizes: ReadonlyMap<string, number>,
  budget: number,
  keep: string,
): string[] {
  let total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const out: string[] = [];
  for (const [key, bytes] of sizes) {
    if (total <= budget) break;
    if (key === keep) continue;
    out.push(key);
    total -= bytes;
  }
  return out;
}

class ArtBitmaps {
  /** In order of use: the least recently used first. */
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly textures: Phaser.Textures.TextureManager,
    private readonly budget: number,
  ) {}

  use(key: string): void {
    const kept = this.kept.get(key);
    if (kept) {
      this.kept.delete(key);
      this.kept.set(key, kept);
      return;
    }
    if (!this.textures.exists(key)) return;
    const source = this.textures.get(key).source[0];
    // Pictures drawn in code (the fallback backdrop, the sparks) are canvases already.
    if (!source || !(source.image instanceof HTMLImageElement)) return;
    const svg = source.image;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d');
    if (!context) return; // no memory for a canvas: the SVG still draws, only more slowly
    context.drawImage(svg, 0, 0, source.width, source.height);
    source.updateSource(canvas);
    const bytes = source.width * source.height * 4;
    this.kept.set(key, { source, svg, bytes });
    this.evict(key);
  }

  private evict(keep: string): void {
    const sizes = new Map([...this.kept].map(([key, kept]) => [key, kept.bytes]));
    for (const key of leastRecentlyUsedOverBudget(sizes, this.budget, keep)) {
      const kept = this.kept.get(key);
      if (!kept) continue;
      this.kept.delete(key);
      // A texture removed from the manager since has nothing left to restore.
      if (kept.source.texture) kept.source.updateSource(kept.svg);
    }
  }
}

const byManager = new WeakMap<Phaser.Textures.TextureManager, ArtBitmaps>();

function bitmapsOf(textures: Phaser.Textures.TextureManager): ArtBitmaps {
  let bitmaps = byManager.get(textures);
  if (!bitmaps) {
    bitmaps = new ArtBitmaps(textures, BITMAP_BUDGET_BYTES);
    byManager.set(textures, bitmaps);
  }
  return bitmaps;
}

/** Makes the picture under `key` quick to draw, before it goes on stage; returns the key. */
export function useArt(textures: Phaser.Textures.TextureManager, key: string): string {
  bitmapsOf(textures).use(key);
  return key;
}
