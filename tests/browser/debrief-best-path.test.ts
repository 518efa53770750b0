// The debrief's best path is worked out off the page's thread: a story whose first choice loops back to the
// start, and a 10,000-beat story, reach their debrief at once, the page never blocked for a second, and the
// best path fills in or the card says why it was not worked out.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const WHY = { 'core-service-first': 'A test reason.' };
const story = (id: string, title: string, start: string, beats: Record<string, unknown>) =>
  JSON.stringify({
    format: 2,
    id,
    title,
    summary: 'Made by hand for a test.',
    sources: ['000_c3e8adf0cbd3a5b1.txt'],
    role: 'tester',
    setting: { place: 'A test bench', backdrop: 'pub' },
    cast: { cust: { name: 'Casey', look: 'woman-auburn-cardigan' } },
    customer: 'cust',
    start,
    beats,
  });
const choice = (id: string, level: string, next: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: `Do ${id}.`,
  level,
  upholds: WHY,
  next,
  ...extra,
});

/** Under a kilobyte: the first choice goes back to the start, as often as the player likes. */
const LOOPING = story('round-again', 'Round again', 'ask', {
  ask: { lines: ['Casey waits.'], choices: [choice('again', 'routine', 'ask'), choice('help', 'good', 'mid')] },
  mid: {
    breakdown: 'It breaks.',
    lines: ['Still waiting.'],
    choices: [choice('fix', 'heroic', 'done'), choice('back', 'routine', 'ask')],
  },
  done: { lines: ['Thanks.'], ending: { title: 'Sorted', core: 'delivered', experience: 'A surprise.' } },
});

/**
 * 10,000 beats under the game's 1 MB file limit: every tenth beat a choice that raises or lowers loyalty (so
 * plays differ in ways that matter and cannot be merged), and at the start a way straight out for the test.
 */
function tenThousandBeats(): string {
  const beats: Record<string, unknown> = {};
  const last = 9_998;
  for (let i = 0; i < last; i++) {
    const next = `b${i + 1}`;
    beats[`b${i}`] =
      i % 10 === 0
        ? {
            ...(i % 20 === 0 ? { breakdown: `Breakdown ${i}.` } : {}),
            lines: [`Beat ${i}.`],
            choices: [
              choice(`u${i}`, i === 10 ? 'heroic' : 'good', next, { effects: { loyalty: 1 } }),
              choice(`d${i}`, 'routine', next, { effects: { loyalty: -1 } }),
              ...(i === 0 ? [choice('leave-now', 'routine', 'quick-end')] : []),
            ],
          }
        : { lines: [`Beat ${i}.`], next };
  }
  beats[`b${last}`] = {
    lines: ['The end of a long day.'],
    ending: { title: 'The long way', core: 'delivered', experience: 'A surprise.' },
  };
  beats['quick-end'] = { lines: ['Out already.'], ending: { title: 'Straight out', core: 'handled-honestly' } };
  return story('ten-thousand', 'Ten thousand beats', 'b0', beats);
}

/** From now on the page records every long task and every gap between frames. */
async function watchBlocking(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][]; frameGaps: [number, number][] };
    w.longTasks = [];
    w.frameGaps = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration])),
    ).observe({ type: 'longtask', buffered: true });
    let last = performance.now();
    const beat = (now: number) => {
      w.frameGaps.push([last, now - last]);
      last = now;
      requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
  });
}

/** The longest the page was blocked since `from` (page time): the longest task, or the longest wait between frames. */
const longestBlockSince = (page: Page, from: number) =>
  page.evaluate((since) => {
    const w = window as unknown as { longTasks: [number, number][]; frameGaps: [number, number][] };
    return Math.max(
      0,
      ...w.longTasks.filter(([start]) => start >= since).map(([, d]) => d),
      ...w.frameGaps.filter(([start]) => start >= since).map(([, d]) => d),
    );
  }, from);

async function openFile(page: Page, name: string, text: string): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('#scenario-file').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
  const story = page.getByRole('region', { name: 'Story' });
  const playIt = page.getByRole('button', { name: 'Play it' });
  await Promise.race([story.waitFor({ timeout: 60_000 }), playIt.waitFor({ timeout: 60_000 })]);
  if (await playIt.isVisible()) await playIt.click();
  await story.waitFor();
}

/** Takes one choice by its id, then asks for the debrief; returns the page's clock just before that click. */
async function chooseAndFinish(page: Page, id: string): Promise<number> {
  await showAllText(page);
  await page.locator(`.choices:not([hidden]) [data-choice="${id}"]`).click();
  await showAllText(page);
  const debrief = page.getByRole('button', { name: 'See your debrief' });
  await debrief.waitFor();
  const from = await page.evaluate(() => performance.now());
  await debrief.click();
  return from;
}

const card = (page: Page) => page.locator('.path-card');

describe('the best path on the debrief', () => {
  it('of a story that loops back to its start fills in, the page never blocked', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await watchBlocking(page);
      await openFile(page, 'round-again.yaml', LOOPING);
      // Round the loop once, then out the good way.
      await showAllText(page);
      await page.locator('.choices:not([hidden]) [data-choice="again"]').click();
      await showAllText(page);
      await page.locator('.choices:not([hidden]) [data-choice="help"]').click();
      const from = await chooseAndFinish(page, 'fix');
      await page.getByRole('img', { name: /^Grade [A-F]$/ }).waitFor({ timeout: 3000 });
      await expect.poll(() => card(page).getAttribute('data-best'), { timeout: 30_000 }).not.toBe('pending');
      expect(await card(page).getAttribute('data-best')).toBe('found');
      const text = await card(page).innerText();
      expect(text).toContain('Best path: grade A, score 89%');
      expect(text).toContain('this story can go round a loop, so longer plays were not compared');
      expect(await longestBlockSince(page, from)).toBeLessThan(1000);
      await card(page).scrollIntoViewIfNeeded();
      await screenshot(page, 'debrief-best-path-loop-1280');
      expect(errors).toEqual([]);
    });
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`of a 10,000-beat story shows the debrief at once and says why when there is no best path (${viewport.width}x${viewport.height})`, async () => {
      await withPage(
        { viewport, ...(viewport.width < 500 ? { hasTouch: true, isMobile: true } : {}) },
        async (page) => {
          const errors = watchErrors(page);
          await watchBlocking(page);
          await openFile(page, 'ten-thousand.yaml', tenThousandBeats());
          const from = await chooseAndFinish(page, 'leave-now');
          await page.getByRole('img', { name: /^Grade [A-F]$/ }).waitFor({ timeout: 3000 });
          await expect(card(page).getAttribute('data-best')).resolves.toBe('pending');
          await expect(card(page).getAttribute('aria-busy')).resolves.toBe('true');
          await card(page).scrollIntoViewIfNeeded();
          await screenshot(page, `debrief-best-path-pending-${viewport.width}`);
          await expect.poll(() => card(page).getAttribute('data-best'), { timeout: 40_000 }).not.toBe('pending');
          const status = page.locator('.path-status');
          await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
          if ((await card(page).getAttribute('data-best')) === 'not-computed')
            await expect(status.innerText()).resolves.toMatch(/^Best path not worked out: .+\.$/);
          else await expect(status.innerText()).resolves.toMatch(/best path/i);
          expect(await longestBlockSince(page, from)).toBeLessThan(1000);
          await card(page).scrollIntoViewIfNeeded();
          await screenshot(page, `debrief-best-path-after-${viewport.width}`);
          expect(errors).toEqual([]);
        },
      );
    });
  }
});
