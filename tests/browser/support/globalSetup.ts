// Builds the real site once (in "e2e" mode, with the test fixtures added to the story
// list) and serves it with Vite's preview server for every browser test; starts the one
// Chromium every browser test file drives (support/chromium.ts).
import { delimiter, join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../../tools/projectFiles.ts';
import { EXTRA_STORIES } from '../../../tools/vite/shippedContent.ts';
import { E2E_STORIES } from '../../support/e2eStories.ts';
import { findTestChromium, launchChromiumServer } from '../../../tools/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the shared Chromium takes connections. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findTestChromium(); // fail early, with install instructions, before spending time on a build
  const outDir = join(projectRoot, 'test-output', 'site');
  process.env[EXTRA_STORIES] = E2E_STORIES.join(delimiter);
  await build({ root: projectRoot, mode: 'e2e', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: projectRoot,
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4179, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  const browser = await launchChromiumServer();
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
