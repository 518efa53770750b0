// Cold loads of a page (the game or the baseline): how long until the first
// story text and the first story button show, and what was transferred.
// Every load gets a fresh browser context, which has its own empty HTTP cache,
// so nothing is served from an earlier load.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { inlineContents } from '../vite/contentSecurityPolicy.ts';
import { LOAD_PROBE, untilFullyDrawn, type LoadProbe } from './pageScripts.ts';
import { median } from './stats.ts';

export const VIEWPORT = { width: 1280, height: 720 };
const LOAD_TIMEOUT_MS = 60_000;

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface LoadBytes {
  requests: number;
  total: Bytes;
  js: Bytes;
  jsBeforeFirstButton: Bytes;
  jsByFullyDrawn: Bytes;
  totalBeforeFirstButton: Bytes;
  totalByFullyDrawn: Bytes;
}

export interface LoadResult {
  firstTextMs: number;
  firstButtonMs: number;
  skipPressedMs: number | null;
  fullyDrawnMs: number;
  buttonKind: 'choice' | 'continue';
  buttonLabel: string;
  bytes: LoadBytes;
}

interface Body {
  url: string;
  js: boolean;
  raw: number;
  gzip: number;
}

const sized = (url: string, js: boolean, body: Buffer): Body => ({
  url,
  js,
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
});

/**
 * The body as the page got it, decoded. The preview server gzips some types and not others, so the
 * gzip figure is computed here for every response alike, at level 9 as size budgets usually are.
 * A page's inline scripts (the game's page has none today) count as JavaScript, the rest of the page as not.
 */
async function bodiesOf(response: Response): Promise<Body[]> {
  const url = response.url();
  if (!/^https?:/.test(url)) return []; // blob: and data: URLs are made in the page, not transferred
  const body = await response.body().catch(() => null);
  if (!body) return [];
  const type = (await response.headerValue('content-type').catch(() => null)) ?? '';
  if (/html/.test(type)) {
    const page = body.toString('utf8');
    const scripts = inlineContents(page, 'script');
    const rest = scripts.reduce((left, code) => left.replace(code, ''), page);
    if (scripts.length) return [sized(url, true, Buffer.from(scripts.join(''))), sized(url, false, Buffer.from(rest))];
  }
  const js = /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(new URL(url).pathname);
  return [sized(url, js, body)];
}

function add(bodies: readonly Body[], keep: (b: Body) => boolean): Bytes {
  return bodies
    .filter(keep)
    .reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

export async function measureLoad(browser: Browser, url: string): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: LOAD_PROBE });
    const page = await context.newPage();
    const pending: Promise<Body[]>[] = [];
    page.on('response', (response) => pending.push(bodiesOf(response)));
    // 'commit': the probe in the page keeps the time; waiting for the load event here would add nothing.
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const probe = await page.evaluate<LoadProbe>(untilFullyDrawn(LOAD_TIMEOUT_MS));
    const responses = (await Promise.all(pending)).filter((parts) => parts.length > 0);
    const bodies = responses.flat();
    if (
      probe.firstButtonAt === null ||
      probe.firstTextAt === null ||
      probe.fullyDrawnAt === null ||
      !probe.firstButtonKind
    ) {
      throw new Error(`the page at ${url} never showed a story button`);
    }
    // The document itself is not a resource entry; it has always arrived before anything shows.
    const before = new Set([url, ...(probe.resourcesAtFirstButton ?? [])]);
    const drawn = new Set([url, ...(probe.resourcesAtFullyDrawn ?? [])]);
    return {
      firstTextMs: probe.firstTextAt,
      firstButtonMs: probe.firstButtonAt,
      skipPressedMs: probe.skipPressedAt,
      fullyDrawnMs: probe.fullyDrawnAt,
      buttonKind: probe.firstButtonKind,
      buttonLabel: probe.firstButtonLabel ?? '',
      bytes: {
        requests: responses.length,
        total: add(bodies, () => true),
        js: add(bodies, (b) => b.js),
        jsBeforeFirstButton: add(bodies, (b) => b.js && before.has(b.url)),
        jsByFullyDrawn: add(bodies, (b) => b.js && drawn.has(b.url)),
        totalBeforeFirstButton: add(bodies, (b) => before.has(b.url)),
        totalByFullyDrawn: add(bodies, (b) => drawn.has(b.url)),
      },
    };
  } finally {
    await context.close();
  }
}

export interface LoadSeries {
  loads: LoadResult[];
  /** The median of each byte figure over the loads (what loads before the button can vary with timing). */
  bytes: LoadBytes;
}

function medianBytes(loads: readonly LoadResult[]): LoadBytes {
  const pick = (get: (b: LoadBytes) => Bytes): Bytes => ({
    raw: median(loads.map((l) => get(l.bytes).raw)),
    gzip: median(loads.map((l) => get(l.bytes).gzip)),
  });
  return {
    requests: median(loads.map((l) => l.bytes.requests)),
    total: pick((b) => b.total),
    js: pick((b) => b.js),
    jsBeforeFirstButton: pick((b) => b.jsBeforeFirstButton),
    jsByFullyDrawn: pick((b) => b.jsByFullyDrawn),
    totalBeforeFirstButton: pick((b) => b.totalBeforeFirstButton),
    totalByFullyDrawn: pick((b) => b.totalByFullyDrawn),
  };
}

/**
 * Loads the game and the baseline in turn, after one discarded load of each (the first load of a fresh
 * browser pays for starting its renderer and network processes, which no later load does). Taking
 * turns means a slow spell on the machine hits both pages instead of only one of them.
 */
export async function measureFirstChoice(
  browser: Browser,
  urls: { game: string; baseline: string },
  loads: number,
  progress: (message: string) => void,
): Promise<{ game: LoadSeries; baseline: LoadSeries }> {
  await measureLoad(browser, urls.game);
  await measureLoad(browser, urls.baseline);
  const game: LoadResult[] = [];
  const baseline: LoadResult[] = [];
  for (let i = 0; i < loads; i++) {
    game.push(await measureLoad(browser, urls.game));
    baseline.push(await measureLoad(browser, urls.baseline));
    progress(
      `load ${i + 1}/${loads}: game ${game[i]!.firstButtonMs.toFixed(0)} ms, baseline ${baseline[i]!.firstButtonMs.toFixed(0)} ms`,
    );
  }
  return {
    game: { loads: game, bytes: medianBytes(game) },
    baseline: { loads: baseline, bytes: medianBytes(baseline) },
  };
}
