// npm start: builds the game once and serves that build, the way a player gets it from a host. The dev
// server (npm run dev) prepares its dependencies on the first page load, which on a fresh clone kept the
// page blank for about 19 s; a build takes a few seconds, says so while it runs, and the page it serves
// opens at once. The port is not the dev server's: the build registers a service worker, which would
// otherwise go on answering for the dev server's pages at the same address.
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { projectRoot } from './projectFiles.ts';

const PLAY_PORT = 4173;

async function main(): Promise<void> {
  // --host serves on the network too, to play on a phone on the same Wi-Fi.
  const { values } = parseArgs({ options: { host: { type: 'boolean', default: false } } });
  const started = performance.now();
  console.log('Service Hero: building the game first; the address to open follows when it is ready…');
  // Vite's note on slow build plugins is for developers, not for someone starting the game.
  await build({
    root: projectRoot,
    logLevel: 'warn',
    build: { rolldownOptions: { checks: { pluginTimings: false } } },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const server = await preview({
    root: projectRoot,
    logLevel: 'warn',
    preview: { port: PLAY_PORT, strictPort: false, host: values.host, open: false },
  });
  const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
  if (urls.length === 0) throw new Error('the server started but did not say its address');
  console.log(`Service Hero is ready (built in ${seconds} s). Open ${urls.join(' or ')} in a browser.`);
  console.log(
    'Press Ctrl+C to stop. After changing a story, run npm start again (or npm run dev, which reloads as you save).',
  );
}

main().catch((error: unknown) => {
  console.error(`Service Hero could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
