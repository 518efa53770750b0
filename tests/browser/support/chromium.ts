// Finds a Chromium the tests can drive. Nothing here downloads a browser:
// playwright's own download does not work on our machines, so we use the system's.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string {
  const fromEnv = [process.env['CHROMIUM_PATH'], process.env['CHROME_PATH']].filter((p): p is string => !!p);
  for (const path of fromEnv) {
    if (!existsSync(path)) throw new Error(`CHROMIUM_PATH/CHROME_PATH points at ${path}, which does not exist.`);
    return path;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found for the browser tests. Install one with `sudo apt-get update && sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu; `bash .ci/run` does this for you), or set CHROMIUM_PATH to a Chrome/Chromium binary. ' +
      '`npx playwright install` cannot download browsers here.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

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
export function useChromium(): { withPage<T>(options: PageOptions & { acceptDownloads?: boolean }, run: (page: Page) => Promise<T>): Promise<T> } {
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
