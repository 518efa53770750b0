// Production builds take Phaser from its CommonJS sources through src/game/phaserLean.js, with its
// build-time switches set the way its own custom builds set them: the Canvas renderer only (the game
// asks for Phaser.CANVAS; see src/game/createGame.ts) and no sound (cues are made with Web Audio).
// That drops the WebGL renderer, its shaders, physics, tilemaps and the rest: about 357 → 164 kB gzip.
// The dev server keeps the full ESM bundle, which it serves without pre-bundling CommonJS; the browser
// tests run against the production build, so a part missing from the lean build fails them.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Phaser's feature detection makes a WebGL context at load to see whether WebGL works, even in a build without
 * the WebGL renderer. Without a GPU (Lighthouse's audit, the CI machine) that took 130–550 ms of a throttled
 * phone's main thread, for an answer this build never reads. `isUint8` is the probe's other finding: ImageData
 * is a Uint8ClampedArray in every browser the build targets (es2022).
 */
const WEBGL_PROBE = 'Features.webGL = testWebGL();';
const NO_WEBGL_PROBE = 'Features.webGL = false; isUint8 = true;';

export function withoutWebGlProbe(code: string): string {
  if (!code.includes(WEBGL_PROBE))
    throw new Error(
      `lean Phaser: phaser/src/device/Features.js no longer says "${WEBGL_PROBE}"; look again at what it probes at load`,
    );
  return code.replace(WEBGL_PROBE, NO_WEBGL_PROBE);
}

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
    transform: {
      filter: { id: /phaser[\\/]src[\\/]device[\\/]Features\.js$/ },
      handler: (code) => ({ code: withoutWebGlProbe(code), map: null }),
    },
  };
}
