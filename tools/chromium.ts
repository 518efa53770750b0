// Finds and launches a Chromium the browser tests and the bench can drive. Nothing here downloads a
// browser: playwright's own download does not work on our machines, so we use the system's.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Chromium's old headless shell (Debian's chromium-headless-shell, the build Playwright itself runs headless tests in):
 * no browser window's machinery behind each page, so the browser tests took a third less of CI's two cores
 * (play and grading: 133 s → 85 s of test time). The bench and Lighthouse measure the full browser a person runs.
 */
const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/headless_shell'];

/** The headless shell when it is installed (and CHROMIUM_PATH does not name a browser), else findChromium's. */
export function findTestChromium(): string {
  if (process.env['CHROMIUM_PATH'] || process.env['CHROME_PATH']) return findChromium();
  return HEADLESS_SHELLS.find((p) => existsSync(p)) ?? findChromium();
}

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

/** How every headless Chromium here is started (the tests, the bench, the Lighthouse audit). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_FLAGS],
  });
}

/** A Chromium that several processes drive at once (the browser test files, each connecting to it). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: findTestChromium(),
    args: [...CHROMIUM_FLAGS],
  });
}
