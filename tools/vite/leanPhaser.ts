// Production builds take Phaser from its CommonJS sources through src/game/phaserLean.js, with its
// build-time switches set the way its own custom builds set them: the Canvas renderer only (the game
// asks for Phaser.CANVAS; see src/game/createGame.ts) and no sound (cues are made with Web Audio).
// That drops the WebGL renderer, its shaders, physics, tilemaps and the rest: about 357 → 164 kB gzip.
// The dev server keeps the full ESM bundle, which it serves without pre-bundling CommonJS; the browser
// tests run against the production build, so a part missing from the lean build fails them.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const phaserSources = fileURLToPath(new URL('../../node_modules/phaser/src/', import.meta.url));
const leanEntry = fileURLToPath(new URL('../../src/game/phaserLean.js', import.meta.url));

export function leanPhaser(): Plugin {
  return {
    name: 'service-hero:lean-phaser',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: leanEntry },
          { find: /^phaser-source\//, replacement: phaserSources },
        ],
      },
      define: {
        'typeof CANVAS_RENDERER': 'true',
        'typeof WEBGL_RENDERER': 'false',
        'typeof WEBGL_DEBUG': 'false',
        'typeof FEATURE_SOUND': 'false',
        'typeof EXPERIMENTAL': 'false',
        'typeof PLUGIN_CAMERA3D': 'false',
        'typeof PLUGIN_FBINSTANT': 'false',
        // Phaser's sources end with `global.Phaser = Phaser`, which webpack would have shimmed.
        global: 'globalThis',
      },
    }),
  };
}
