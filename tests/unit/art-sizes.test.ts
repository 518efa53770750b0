// The backdrops and the voice badges are loaded at the size their files declare (src/game/art.ts), which
// spares Phaser parsing and rewriting each SVG's text first; so every such file must declare that size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKDROP_SIZE, VOICE_SIZE } from '../../src/game/art.ts';
import { withoutWebGlProbe } from '../../tools/vite/leanPhaser.ts';
import { projectRoot } from './support.ts';

const svgFiles = (folder: string) =>
  readdirSync(join(projectRoot, 'assets', folder))
    .filter((name) => name.endsWith('.svg'))
    .map((name) => join(projectRoot, 'assets', folder, name));

/** The width and height the root <svg> declares, as an <img> of it would be sized. */
function declaredSize(file: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(root)?.[1] ?? NaN);
  const size = { width: attribute('width'), height: attribute('height') };
  return Number.isFinite(size.width) && Number.isFinite(size.height) ? size : null;
}

describe('art loaded at its own size', () => {
  it.each([
    ['backdrops', BACKDROP_SIZE],
    ['voices', VOICE_SIZE],
  ])('every file in assets/%s declares the size the stage draws it at', (folder, size) => {
    const files = svgFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(
      files
        .map((file) => ({ file, size: declaredSize(file) }))
        .filter((f) => f.size?.width !== size.width || f.size.height !== size.height),
    ).toEqual([]);
  });
});

describe('lean Phaser', () => {
  it("skips the WebGL probe of Phaser's feature detection, which this build never reads", () => {
    const features = readFileSync(join(projectRoot, 'node_modules', 'phaser', 'src', 'device', 'Features.js'), 'utf8');
    const lean = withoutWebGlProbe(features);
    expect(lean).not.toContain('testWebGL()');
    expect(lean).toContain('Features.webGL = false;');
  });

  it('says so when a new Phaser no longer probes the way it is patched', () => {
    expect(() => withoutWebGlProbe('Features.webGL = probe();')).toThrow(/no longer says/);
  });
});
