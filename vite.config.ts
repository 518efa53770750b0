/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { leanPhaser } from './tools/vite/leanPhaser.ts';
import { shippedContent } from './tools/vite/shippedContent.ts';

const iconsDir = fileURLToPath(new URL('./assets/icons/', import.meta.url));

/**
 * The built page's Content-Security-Policy. Each source is the least the game needs:
 * - script-src 'self': no inline script and no eval (Phaser, XState, zod in jitless mode and the
 *   LMS clients all run without it; tests/browser/csp.test.ts proves both are blocked).
 * - style-src 'self' for style sheets only: the UI sets its few inline styles through the CSSOM
 *   (h() in src/ui/dom.ts), which the policy does not govern, and all scenario text is inserted as
 *   text nodes, never parsed as HTML.
 * - img-src adds data: and blob: for the images Phaser makes from SVG art and canvases.
 * - connect-src allows any http(s) origin: the game sends xAPI/cmi5 statements to whatever LRS the
 *   launching LMS names in the launch URL (`endpoint`/`fetch`), which cannot be known at build time.
 * - worker-src 'self' for the service worker; manifest-src 'self' for the web manifest.
 * frame-ancestors cannot be set from a <meta> (browsers ignore it there). A host that wants it
 * should send it as an HTTP header, and must allow its LMS: LMSs run the game inside a frame,
 * so framing is deliberately not forbidden here.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built page's <head>, right after the charset and before any script or style.
 * Build only: the dev server's HMR needs inline script.
 */
function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}" />`;
  return {
    name: 'service-hero:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the Content-Security-Policy to follow');
        return html.replace(charset, (meta) => `${meta}\n    ${tag}`);
      },
    },
    // zod probes for eval with `new Function` when its first object schema is made, which the policy reports
    // as a violation. Its global config is read from globalThis when zod loads, so the chunk that holds zod
    // sets it first: schemas are made in zod's chunk or in chunks that import it, all evaluated after this line.
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => /node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id))) return null;
      return { code: `globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });\n${code}`, map: null };
    },
  };
}

/** Copies assets/icons/* to icons/* in the build, unhashed, so the web manifest can name them. */
function appIcons(): Plugin {
  return {
    name: 'service-hero:app-icons',
    apply: 'build',
    generateBundle() {
      for (const name of readdirSync(iconsDir)) {
        this.emitFile({ type: 'asset', fileName: `icons/${name}`, source: readFileSync(join(iconsDir, name)) });
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths, so the built site works from any folder or static host.
  base: './',
  server: { port: 5173, strictPort: false },
  plugins: [
    leanPhaser(),
    shippedContent(),
    contentSecurityPolicy(),
    appIcons(),
    VitePWA({
      // An update waits until the player says so (src/ui/updateNotice.ts); src/app/pwa.ts registers
      // the worker itself, and not at all inside a SCORM package.
      registerType: 'prompt',
      injectRegister: false,
      // The shipped, minified worker without Workbox's debug logging, whatever NODE_ENV is (vitest sets "test").
      mode: 'production',
      includeManifestIcons: false, // the icons are in the build output, where the globs below find them
      manifest: {
        name: 'Service Hero',
        short_name: 'Service Hero',
        description: 'A customer-service training game: play short customer stories, handle the moment the routine breaks down, and get a graded debrief.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#2a1e2f',
        background_color: '#fff8ee',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything a session needs: code, styles, fonts, art, icons and the page itself.
        globPatterns: ['**/*.{js,css,html,svg,woff,woff2,json,png,jpg,ico}'],
        // Workbox silently skips files over 2 MiB; Phaser's chunk alone is about 1.4 MB, so leave room to grow.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Any launch URL (?scenario=…, ?track=…) opens the cached page when offline.
        navigateFallback: 'index.html',
        // The first visit's page is served by the worker as soon as it is installed; updates still wait.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Small fonts would be inlined as data: URLs, which font-src 'self' refuses: keep them as files (precached anyway).
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined),
    // Phaser is large and changes rarely: its own chunk stays cached across releases of the game.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser|phaserLean\.js/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
