// Builds the production site and serves it with Vite's preview server, the way
// the browser tests do (tests/browser/support/globalSetup.ts), plus the bench's
// text-only baselines (the script-free page and the ink player) in the same folder, so all come from one server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { projectRoot } from '../projectFiles.ts';
import { writeInkBaseline } from './inkBaseline.ts';

/** Outside dist/ so the bench never overwrites a build someone is about to deploy; test-output/ is ignored by git. */
export const benchDir = join(projectRoot, 'test-output', 'bench');
export const siteDir = join(benchDir, 'site');
export const BASELINE_PAGE = 'bench-baseline.html';

export interface Served {
  /** Ends with a slash. */
  baseUrl: string;
  buildMs: number;
  close(): Promise<void>;
}

export async function buildAndServe(baselineHtml: string, inkStory: string): Promise<Served> {
  const started = performance.now();
  // Production as `npm run build` makes it (without its type check, which is not what is measured), in a mode
  // of its own only so that window.serviceHero is there for the probe to see the stage's tweens settle.
  await build({ root: projectRoot, mode: 'bench', logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
  const buildMs = performance.now() - started;
  writeFileSync(join(siteDir, BASELINE_PAGE), baselineHtml);
  writeInkBaseline(siteDir, inkStory);
  const server = await preview({
    root: projectRoot,
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir: siteDir },
    preview: { port: 4189, strictPort: false, host: '127.0.0.1', open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('the preview server did not report its address');
  }
  return { baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, buildMs, close: () => server.close() };
}
