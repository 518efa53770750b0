// One Chromium for every browser test file, started by globalSetup.ts; each file connects to it. Started anew for each
// file, Chromium took CI's loaded cores a few seconds a file, forty files over. Finding and starting it is
// tools/chromium.ts, which the bench shares.
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export interface PageOptions {
  viewport: { width: number; height: number };
  hasTouch?: boolean;
  isMobile?: boolean;
  /** The browser's time zone, for a learner somewhere else (an IANA name, like America/New_York). */
  timezoneId?: string;
}

/**
 * The shared Chromium, connected to before the file's tests and let go after. `withPage` gives each test a fresh
 * context (no shared storage, nothing seen by another file's) and closes it even when the test fails.
 */
export function useChromium(): {
  withPage<T>(options: PageOptions & { acceptDownloads?: boolean }, run: (page: Page) => Promise<T>): Promise<T>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async withPage(options, run) {
      if (!browser)
        throw new Error('Chromium is not connected (useChromium must be called at the top of the test file)');
      const context = await browser.newContext(options);
      try {
        return await run(await context.newPage());
      } finally {
        await context.close();
      }
    },
  };
}

/** A download's bytes: the shared Chromium keeps its files on its own side, so they come over the connection. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const downloadedText = async (download: Download): Promise<string> =>
  (await downloadedBytes(download)).toString('utf8');
