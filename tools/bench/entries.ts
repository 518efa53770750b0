// The five ways a player arrives, each timed to its first enabled control on a cold cache, side by side
// with the text-only baseline (baseline.ts): a load of an entry, then a load of the baseline, and so on
// round the entries, so a slow spell on the machine hits both sides of each ratio.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { projectRoot } from '../projectFiles.ts';
import { VIEWPORT } from './firstChoice.ts';
import {
  beatState,
  buttonSpot,
  firstControlProbe,
  untilFirstControl,
  type BeatState,
  type ControlProbe,
} from './pageScripts.ts';
import { summarize, type Summary } from './stats.ts';

const LOAD_TIMEOUT_MS = 60_000;
/** The story's first choice, or the first Continue: what a player of a story can press first. */
const STORY_CONTROL = '.story-screen .choices:not([hidden]) button';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface Entry {
  name: string;
  /** The address after the site's base URL. */
  path: string;
  /** The control that counts: the first of these shown and enabled. */
  control: string;
  /** What the browser holds before the load (a saved play), or an LMS around the page. */
  storage?: StorageState;
  initScript?: string;
}

/**
 * An LMS's SCORM 1.2 runtime (scorm-again, as tests/browser/scorm.test.ts uses) in the page's own window,
 * where the SCO looks for it first, as a frame's parent would have it.
 */
function scormRuntime(): string {
  const runtime = readFileSync(join(projectRoot, 'node_modules/scorm-again/dist/scorm12.min.js'), 'utf8');
  return `${runtime}\n;window.API = new Scorm12API({ logLevel: 5 });`;
}

/**
 * A saved play to resume: the bench's story opened and its first choice taken, in a context of its own,
 * whose storage each resume load then starts from.
 */
async function savedPlay(browser: Browser, baseUrl: string, story: string): Promise<StorageState> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${story}`);
    let state = await page.evaluate<BeatState>(beatState({ ready: false, after: 0, timeoutMs: LOAD_TIMEOUT_MS }));
    if (state.kind === 'revealing') {
      await page.mouse.click(state.skip.x, state.skip.y);
      state = await page.evaluate<BeatState>(beatState({ ready: true, after: 0, timeoutMs: LOAD_TIMEOUT_MS }));
    }
    if (state.kind !== 'ready') throw new Error('the story showed no choice to save a play with');
    const spot = await page.evaluate<{ x: number; y: number }>(buttonSpot(0));
    await page.mouse.click(spot.x, spot.y);
    await page.evaluate<BeatState>(beatState({ ready: false, after: state.token, timeoutMs: LOAD_TIMEOUT_MS }));
    // The play is saved as each step is taken; wait until the step is in storage.
    // (a string, not a function: the page's Content-Security-Policy forbids the eval waitForFunction would use).
    const saved = `(JSON.parse(localStorage.getItem('service-hero.progress') || 'null') || {}).current?.steps?.length === 1`;
    for (const started = Date.now(); !(await page.evaluate<boolean>(saved)); await page.waitForTimeout(100)) {
      if (Date.now() - started > LOAD_TIMEOUT_MS) throw new Error('the first step of the play was never saved');
    }
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export async function benchEntries(
  browser: Browser,
  baseUrl: string,
  scenario: string,
  seed: string,
): Promise<Entry[]> {
  const story = `?scenario=${scenario}&seed=${seed}`;
  return [
    { name: 'title (bare address)', path: '', control: '.title-screen button' },
    { name: 'story link', path: story, control: STORY_CONTROL },
    {
      name: 'resume a saved play',
      path: '',
      control: STORY_CONTROL,
      storage: await savedPlay(browser, baseUrl, story),
    },
    { name: 'track link', path: '?track=new-hire-essentials', control: '.track-screen button' },
    {
      name: 'SCORM 1.2 launch',
      path: `?scorm=1.2&${story.slice(1)}`,
      control: STORY_CONTROL,
      initScript: scormRuntime(),
    },
  ];
}

export interface ControlLoad {
  firstControlMs: number;
  label: string;
}

export async function loadToFirstControl(
  browser: Browser,
  url: string,
  entry: Pick<Entry, 'control' | 'storage' | 'initScript'>,
): Promise<ControlLoad> {
  // A fresh context each load: an empty HTTP cache, and only the storage the entry names.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    ...(entry.storage ? { storageState: entry.storage } : {}),
  });
  try {
    if (entry.initScript) await context.addInitScript({ content: entry.initScript });
    await context.addInitScript({ content: firstControlProbe(entry.control) });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const probe = await page.evaluate<ControlProbe>(untilFirstControl(LOAD_TIMEOUT_MS));
    return { firstControlMs: probe.at, label: probe.label };
  } finally {
    await context.close();
  }
}

export interface EntryFigures {
  name: string;
  path: string;
  label: string;
  game: Summary;
  /** The script-free page (baseline.ts): the floor under any page that runs a script. */
  baseline: Summary;
  /** The text-only ink player (inkBaseline.ts): the page the target is set against. */
  ink: Summary;
  /** Median over median, against the script-free page. */
  ratio: number;
  /** Median over median, against the ink player. */
  inkRatio: number;
  perLoadMs: { game: number[]; baseline: number[]; ink: number[] };
}

/** The two pages each entry is measured beside: the script-free page and the ink player. */
export interface BaselinePages {
  scriptFree: string;
  ink: string;
}

export async function measureEntries(
  browser: Browser,
  baseUrl: string,
  pages: BaselinePages,
  entries: Entry[],
  loads: number,
  progress: (message: string) => void,
): Promise<EntryFigures[]> {
  const baseline = { control: STORY_CONTROL };
  const game = entries.map(() => [] as ControlLoad[]);
  const base = entries.map(() => [] as ControlLoad[]);
  const ink = entries.map(() => [] as ControlLoad[]);
  // One discarded load of each: the first load of a fresh browser pays for starting its processes.
  for (const entry of entries) await loadToFirstControl(browser, `${baseUrl}${entry.path}`, entry);
  await loadToFirstControl(browser, `${baseUrl}${pages.scriptFree}`, baseline);
  await loadToFirstControl(browser, `${baseUrl}${pages.ink}`, baseline);
  for (let round = 0; round < loads; round++) {
    for (const [i, entry] of entries.entries()) {
      game[i]!.push(await loadToFirstControl(browser, `${baseUrl}${entry.path}`, entry));
      base[i]!.push(await loadToFirstControl(browser, `${baseUrl}${pages.scriptFree}`, baseline));
      ink[i]!.push(await loadToFirstControl(browser, `${baseUrl}${pages.ink}`, baseline));
    }
    const last = (loads: ControlLoad[][], i: number) => loads[i]!.at(-1)!.firstControlMs.toFixed(0);
    progress(
      `entries, round ${round + 1}/${loads} (entry/script-free/ink): ${entries.map((e, i) => `${e.name} ${last(game, i)}/${last(base, i)}/${last(ink, i)} ms`).join(', ')}`,
    );
  }
  const times = (series: ControlLoad[]) => series.map((l) => Math.round(l.firstControlMs));
  return entries.map((entry, i) => {
    const g = summarize(game[i]!.map((l) => l.firstControlMs));
    const b = summarize(base[i]!.map((l) => l.firstControlMs));
    const k = summarize(ink[i]!.map((l) => l.firstControlMs));
    return {
      name: entry.name,
      path: entry.path,
      label: game[i]![0]!.label,
      game: g,
      baseline: b,
      ink: k,
      ratio: g.median / b.median,
      inkRatio: g.median / k.median,
      perLoadMs: { game: times(game[i]!), baseline: times(base[i]!), ink: times(ink[i]!) },
    };
  });
}
