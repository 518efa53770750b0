// The installable, offline game: after one visit the service worker has precached
// everything, so with the network off the game starts and plays a story to its
// debrief. A new version announces itself, waits for the player, and updates
// without losing the story in progress.
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** Waits until the service worker is installed, active, and serving this page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every request that failed, and every console error: with the network off, there must be none. */
function watchFailures(page: Page): string[] {
  const failures = watchErrors(page);
  page.on('requestfailed', (request) =>
    failures.push(`requestfailed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return failures;
}

describe('offline', () => {
  it('after one visit, starts and plays a story to its debrief with the network off', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const failures = watchFailures(page);
      await page.goto(baseUrl);
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await controlledByServiceWorker(page);
      const manifest = await page.evaluate(
        () => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '',
      );
      expect(manifest).toMatch(/manifest\.webmanifest$/);

      await page.context().setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await page.reload();
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      // The web manifest and its icons come from the cache too (installing the game needs them).
      const installable = await page.evaluate(async (url) => {
        const manifest = (await fetch(url).then((r) => r.json())) as {
          name: string;
          display: string;
          icons: { src: string }[];
        };
        const icons = await Promise.all(
          manifest.icons.map((icon) => fetch(new URL(icon.src, url)).then((r) => `${icon.src} ${r.status}`)),
        );
        return { name: manifest.name, display: manifest.display, icons };
      }, manifest);
      expect(installable).toEqual({
        name: 'Service Hero',
        display: 'standalone',
        icons: [
          'icons/icon.svg 200',
          'icons/icon-192.png 200',
          'icons/icon-512.png 200',
          'icons/icon-maskable-512.png 200',
        ],
      });
      await page.getByRole('button', { name: /The last sourdough/ }).click();
      await playStepsByMouse(page, [
        { kind: 'continue' },
        { kind: 'choose', id: 'shrug', text: 'Say there is none left.' },
      ]);
      expect((await readDebrief(page)).grade).toBe('C');
      // The art came from the cache as well: the stage has the bakery's backdrop and its two people (keys as in src/game/services.ts).
      const textures = await page.evaluate(() => {
        const game = (window as unknown as { serviceHero: { game: { textures: { exists(key: string): boolean } } } })
          .serviceHero.game;
        return [
          'backdrop:pub',
          'character:woman-auburn-cardigan:content',
          'character:chef-man-moustache:content',
        ].filter((key) => game.textures.exists(key));
      });
      expect(textures).toHaveLength(3);
      await screenshot(page, 'offline-debrief');

      // A launch link opened for the first time offline still finds the game (the page is the fallback for any URL).
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=offline-1`);
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await showAllText(page);
      expect(failures).toEqual([]);
    });
  });
});

describe('inside a SCORM package', () => {
  it('does not install itself', async () => {
    await withPage({ viewport: { width: 800, height: 600 } }, async (page) => {
      await page.goto(`${baseUrl}?scorm=1.2&scenario=bakery-mini`);
      await page.waitForFunction(() => document.readyState === 'complete');
      // The game registers its worker once the page has loaded; give it the moment it would take.
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
    });
  });
});

/**
 * A site of our own on another port (so another origin, with its own service worker), serving the e2e
 * build as version 1, then "deploying" version 2: the same files, with a changed page and the service
 * worker's precache list saying so, exactly what a real release changes.
 */
class Deployments {
  private server: Server | undefined;
  /** The files being served, read once from the shared site so that a rebuild of it cannot change them mid-test. */
  private files = new Map<string, Buffer>();
  origin = '';

  async start(): Promise<void> {
    // Exactly what a deploy consists of: the service worker, its Workbox runtime, and every file it precaches.
    const get = async (path: string) => {
      const response = await fetch(new URL(path, baseUrl));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} from the preview server`);
      this.files.set(path, Buffer.from(await response.arrayBuffer()));
    };
    await get('sw.js');
    const worker = this.files.get('sw.js')!.toString('utf8');
    const paths = [
      ...worker.matchAll(/\burl"?:\s*"([^"]+)"/g),
      ...worker.matchAll(/["']\.\/(workbox-[\w-]+)["']/g),
    ].map((m) => (m[0].includes('url') ? m[1]! : `${m[1]}.js`));
    expect(paths).toContain('index.html');
    await Promise.all(paths.map(get));
    this.server = createServer((request, response) => {
      const path =
        decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
      // Like any static host of a single-page app: a path without an extension gets the page.
      const body = this.files.get(path) ?? (extname(path) ? undefined : this.files.get('index.html'));
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      const type = TYPES[extname(path)] ?? (extname(path) ? 'application/octet-stream' : 'text/html');
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('the test server has no port');
    this.origin = `http://127.0.0.1:${address.port}`;
  }

  /** Version 2: a changed index.html, and a service worker whose precache list has its new revision. */
  deployVersion2(): void {
    const page = this.files
      .get('index.html')!
      .toString('utf8')
      .replace('<title>', '<meta name="service-hero-build" content="v2" />\n    <title>');
    const worker = this.files.get('sw.js')!.toString('utf8');
    const entry = /("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+"/;
    if (!entry.test(worker)) throw new Error('sw.js does not precache index.html the way this test expects');
    this.files.set('index.html', Buffer.from(page));
    this.files.set('sw.js', Buffer.from(worker.replace(entry, '$1version-2"')));
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('a new version', () => {
  const deployments = new Deployments();
  beforeAll(() => deployments.start());
  afterAll(() => deployments.close());

  const storyState = (page: Page) =>
    page.evaluate(() => ({
      lines: document.querySelector('.lines')?.textContent ?? '',
      mood: document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'),
    }));
  const build = (page: Page) =>
    page.evaluate(() => document.querySelector('meta[name="service-hero-build"]')?.getAttribute('content') ?? 'v1');
  /**
   * Chromium runs an update check as a background task. While the stage redraws sixty times a second on this
   * software-rendered machine, it can wait up to a minute for the browser to fall idle; letting the stage rest
   * for that moment (the game's loop sleeps, the page is untouched) brings it down to a few seconds.
   */
  const checkForUpdate = (page: Page) =>
    page.evaluate(async () => {
      const loop = (window as unknown as { serviceHero: { game: { loop: { sleep(): void; wake(): void } } } })
        .serviceHero.game.loop;
      loop.sleep();
      try {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      } finally {
        loop.wake();
      }
    });

  it('announces itself, waits for the player, and updates without losing the story in progress', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      const storyUrl = `${deployments.origin}/?scenario=pub-caesar-dressing&seed=update-1`;
      await page.goto(storyUrl);
      await controlledByServiceWorker(page);
      await showAllText(page);
      await page.locator('.choices:not([hidden]) .choice').first().click();
      await showAllText(page);
      const before = await storyState(page);

      // Version 2 is deployed; the game's hourly check (registration.update()) finds it.
      deployments.deployVersion2();
      await checkForUpdate(page);
      const notice = page.getByRole('region', { name: 'Update available' });
      await notice.waitFor();
      await expect
        .poll(() => notice.getByRole('status').innerText())
        .toContain('A new version of Service Hero is ready');
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
      // A notice, not a dialog: nothing is made modal or inert, and the story goes on behind it.
      expect(await page.locator('dialog, [role="dialog"], [aria-modal="true"], [inert]').count()).toBe(0);
      await expect(page.locator('.choices:not([hidden]) button').first().isEnabled()).resolves.toBe(true);
      for (const [width, height] of [
        [1280, 800],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        // Phaser looks at its parent's size twice a second; wait until the stage has taken the room left to it.
        await page.waitForFunction(() => {
          const game = document.getElementById('game')!;
          const canvas = game.querySelector('canvas')?.getBoundingClientRect();
          return (
            !!canvas &&
            Math.abs(canvas.height - game.clientHeight) < 2 &&
            Math.abs(canvas.top - game.getBoundingClientRect().top) < 2
          );
        });
        await expectFitted(page, width, height);
        await screenshot(page, `update-notice-${width}x${height}`);
      }
      await page.setViewportSize({ width: 1280, height: 800 });

      // The game opened in another tab finds the new version already waiting, and says so there too;
      // "Later" puts the notice away, and that tab plays on in the version it has.
      const other = await page.context().newPage();
      await other.goto(`${deployments.origin}/`);
      const otherNotice = other.getByRole('region', { name: 'Update available' });
      await otherNotice.waitFor();
      await other.getByRole('button', { name: 'Later' }).click();
      await expect(otherNotice.count()).resolves.toBe(0);
      expect(await other.evaluate(() => document.getElementById('game')!.getBoundingClientRect().top)).toBe(0);
      expect(await build(other)).toBe('v1');
      await other.close();

      // "Update now" activates the new worker, which reloads the page onto version 2 at the same moment of the story.
      expect(await build(page)).toBe('v1');
      await Promise.all([
        page.waitForEvent('framenavigated'),
        page.getByRole('button', { name: 'Update now' }).click(),
      ]);
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await showAllText(page);
      expect(await build(page)).toBe('v2');
      expect(await storyState(page)).toEqual(before);
      await expect(notice.count()).resolves.toBe(0);
      expect(
        await page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && r?.active?.state === 'activated'),
        ),
      ).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});

/** The notice lies inside the window, above the game, and its text and buttons do not overlap one another. */
async function expectFitted(page: Page, width: number, height: number): Promise<void> {
  const boxes = await page.evaluate(() => {
    const notice = document.getElementById('update-notice')!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const parts = [notice.querySelector('[role="status"]')!, ...notice.querySelectorAll('button')].map(box);
    return {
      notice: box(notice),
      parts,
      scrolls: notice.scrollHeight > notice.clientHeight + 1,
      game: box(document.getElementById('game')!),
    };
  });
  // The game makes room: it starts below the notice, so nothing of it is covered.
  expect(boxes.game.top).toBeGreaterThanOrEqual(boxes.notice.bottom);
  expect(boxes.game.bottom).toBeLessThanOrEqual(height + 0.5);
  expect(boxes.notice.left).toBeGreaterThanOrEqual(0);
  expect(boxes.notice.top).toBeGreaterThanOrEqual(0);
  expect(boxes.notice.right).toBeLessThanOrEqual(width);
  expect(boxes.notice.bottom).toBeLessThanOrEqual(height);
  expect(boxes.scrolls).toBe(false);
  for (const [i, a] of boxes.parts.entries()) {
    expect(a.left).toBeGreaterThanOrEqual(boxes.notice.left);
    expect(a.right).toBeLessThanOrEqual(boxes.notice.right);
    for (const b of boxes.parts.slice(i + 1)) {
      const apart =
        a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      expect(apart, `notice parts ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
    }
  }
}
