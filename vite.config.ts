import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './tools/vite/contentSecurityPolicy.ts';
import { deployment, readDeployment } from './tools/vite/deployment.ts';
import { fontStacks } from './tools/vite/fontStacks.ts';
import { icuMessages, withoutIcuParser } from './tools/vite/icuMessages.ts';
import { leanPhaser } from './tools/vite/leanPhaser.ts';
import { shippedContent } from './tools/vite/shippedContent.ts';

const iconsDir = fileURLToPath(new URL('./assets/icons/', import.meta.url));

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

/** Read once per build from SERVICE_HERO_LRS and SERVICE_HERO_LMS_ORIGINS (README › Hosting). */
const deploymentFor = (mode: string) => readDeployment(mode, process.env);

export default defineConfig({
  // Relative asset paths, so the built site works from any folder or static host.
  base: './',
  server: { port: 5173, strictPort: false },
  resolve: { alias: withoutIcuParser() },
  plugins: [
    icuMessages(),
    fontStacks(),
    leanPhaser(),
    shippedContent(),
    deployment(deploymentFor),
    contentSecurityPolicy(deploymentFor),
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
        description:
          'A customer-service training game: play short customer stories, handle the moment the routine breaks down, and get a graded debrief.',
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
        globPatterns: ['**/*.{js,css,html,svg,woff,woff2,json,png,jpg,ico,mp3,ogg,oga,opus,m4a,wav,webm}'],
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
    // The stage's small badges too: Phaser reads an SVG data: URL as base64, which Vite's inlined SVGs are not.
    // And the lines' recordings: media-src (default-src 'self') refuses data: too.
    assetsInlineLimit: (file) =>
      /\.(woff2?|ttf|otf|mp3|ogg|oga|opus|m4a|wav|webm)$/i.test(file) || /[\\/]assets[\\/]voices[\\/]/.test(file)
        ? false
        : undefined,
    // Phaser is large and changes rarely: its own chunk stays cached across releases of the game.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser|phaserLean\.js/ }],
        },
      },
    },
  },
});
