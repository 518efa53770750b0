// One Chromium per browser test file; finding and launching it is tools/chromium.ts, which the bench shares.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../tools/chromium.ts';

export { findChromium } from '../../../tools/chromium.ts';

export interface PageOptions {
  viewport: { width: number; height: number };
  hasTouch?: boolean;
  isMobile?: boolean;
  /** The browser's time zone, for a learner somewhere else (an IANA name, like America/New_York). */
  timezoneId?: string;
}

/**
 * One Chromium per test file, launched before its tests and closed after. `withPage` gives each test
 * a fresh context (no shared storage) and closes it even when the test fails.
 */
export function useChromium(): {
  withPage<T>(options: PageOptions & { acceptDownloads?: boolean }, run: (page: Page) => Promise<T>): Promise<T>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async withPage(options, run) {
      if (!browser) throw new Error('Chromium is not running (useChromium must be called at the top of the test file)');
      const context = await browser.newContext(options);
      try {
        return await run(await context.newPage());
      } finally {
        await context.close();
      }
    },
  };
}
