// The story screen fits the people using it: on a laptop, a desktop and a phone, at the default and the largest
// text size, the longest beat with the most choices in the shipped stories is read without scrolling inside a box
// (the screen itself may scroll, as a page does), no head on the stage is cut off or hidden, and a customer's
// patience does not start to run until the player has been able to see every choice.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';
import { longestBeats, type FoundBeat } from './support/longestBeat.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const beats = longestBeats('layout-1');
const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [390, 844],
] as const;

/** Opens the page on this beat: the place is saved as a play in progress, which the page resumes. */
async function openAt(page: Page, beat: FoundBeat, textSize: 'standard' | 'largest'): Promise<void> {
  await page.evaluate(
    ([beat, textSize]) => {
      localStorage.setItem(
        'service-hero.settings',
        JSON.stringify({
          version: 1,
          textSize,
          revealSpeed: 'instant',
          motion: 'reduced',
          contrast: 'standard',
          sound: false,
        }),
      );
      const current = {
        scenarioId: beat.scenarioId,
        seed: beat.seed,
        steps: beat.steps,
        savedAt: '2026-12-01T10:00:00.000Z',
      };
      localStorage.setItem(
        'service-hero.progress',
        JSON.stringify({ format: 'service-hero-progress', version: 1, current, attempts: [] }),
      );
    },
    [beat, textSize] as const,
  );
  await page.reload();
  // The stage has joined (the screen sits in its host over the canvas) and the beat's choices are live.
  await page.locator('.screen-host .story-screen').waitFor();
  // The cast is drawn once its art has loaded, which a busy machine takes its time over; a stage that never says
  // where it drew anyone is reported by layoutProblems rather than as a timeout here.
  await page
    .locator('.story-screen[data-figures]:not([data-figures="[]"])')
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined);
  await page.locator('.story-screen .choices:not([hidden]) .choice').first().waitFor();
}

/** Everything wrong with the story screen's layout as it is now, in words; run in the page. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const screen = document.querySelector<HTMLElement>('.screen-host .story-screen');
  if (!screen) return ['no story screen'];
  const [vw, vh] = [window.innerWidth, window.innerHeight];
  const box = (el: Element) => el.getBoundingClientRect();
  const s = box(screen);
  if (Math.abs(s.left) > 1 || Math.abs(s.top) > 1 || Math.abs(s.width - vw) > 1 || Math.abs(s.height - vh) > 1)
    problems.push(`the screen is not the window: ${s.width}×${s.height} at ${s.left},${s.top}`);
  if (screen.scrollHeight > screen.clientHeight + 1 && !/auto|scroll/.test(getComputedStyle(screen).overflowY))
    problems.push('the screen is longer than the window and cannot scroll');
  screen.scrollTop = 0;
  const read = [
    ...screen.querySelectorAll('.dialogue .breakdown-banner, .dialogue .line, .choices:not([hidden]) .choice'),
  ];
  if (read.filter((el) => el.classList.contains('choice')).length < 2) problems.push('the choices are not on show');
  for (const el of read) {
    const name = `"${(el.textContent ?? '').trim().slice(0, 40)}…"`;
    const r = box(el);
    if (r.left < -0.5 || r.right > vw + 0.5) problems.push(`${name} runs off the side (${r.left}–${r.right})`);
    if (r.top < -0.5 || r.bottom > screen.scrollHeight + 0.5)
      problems.push(`${name} is beyond the reach of the screen's scroll`);
    for (let a = el.parentElement; a && a !== screen; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowY !== 'visible' && a.scrollHeight > a.clientHeight + 1)
        problems.push(
          `${name} sits in a box that scrolls or clips (.${a.className}: ${a.scrollHeight} > ${a.clientHeight})`,
        );
      if (style.maskImage !== 'none' || Number(style.opacity) < 1) problems.push(`${name} is faded (.${a.className})`);
    }
  }
  const canvas = document.querySelector('canvas');
  const c = canvas ? box(canvas) : null;
  if (!c || Math.abs(c.width - vw) > 1 || Math.abs(c.height - vh) > 1)
    problems.push('the stage does not fill the window');
  const hud = box(screen.querySelector('.hud')!);
  const dialogue = box(screen.querySelector('.dialogue')!);
  const figures = JSON.parse(screen.dataset['figures'] ?? '[]') as {
    id: string;
    x: number;
    top: number;
    width: number;
    height: number;
  }[];
  if (figures.length === 0) problems.push('nobody is drawn on the stage');
  for (const f of figures) {
    // The art is 600×800, waist-up: the head is the middle of the top 40%.
    const head = { left: f.x - f.width * 0.3, right: f.x + f.width * 0.3, top: f.top, bottom: f.top + f.height * 0.4 };
    const overlaps = (b: DOMRect) =>
      head.left < b.right && head.right > b.left && head.top < b.bottom && head.bottom > b.top;
    if (head.top < 0 || head.left < 0 || head.right > vw || head.bottom > vh)
      problems.push(`${f.id}'s head is cut off by the window`);
    if (overlaps(hud)) problems.push(`${f.id}'s head is under the heads-up bar`);
    if (overlaps(dialogue)) problems.push(`${f.id}'s head is under the story text`);
    if (f.height < vh * 0.2)
      problems.push(`${f.id} is drawn ${Math.round(f.height)}px tall, under a fifth of the window`);
  }
  return problems;
}

describe('the story screen fits the window', () => {
  it(`shows the whole of the longest beat (${beats.any.scenarioId} ${beats.any.view.beat}) and every head at 4 sizes and 2 text sizes`, async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      for (const textSize of ['standard', 'largest'] as const) {
        await openAt(page, beats.any, textSize);
        for (const [width, height] of SIZES) {
          await page.setViewportSize({ width, height });
          await expect
            .poll(() => page.evaluate(layoutProblems), {
              timeout: 4000,
              message: `${width}×${height}, ${textSize} text`,
            })
            .toEqual([]);
          await screenshot(page, `story-layout-${width}x${height}-${textSize}`);
        }
      }
    });
  });

  it(`keeps the customer's patience waiting until a long beat (${beats.timed.scenarioId} ${beats.timed.view.beat}) has been seen to its last choice`, async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(baseUrl);
      await openAt(page, beats.timed, 'largest');
      const screen = page.locator('.screen-host .story-screen');
      expect(
        await screen.evaluate((el) => el.scrollHeight > el.clientHeight + 1),
        'the beat runs below the fold at this size',
      ).toBe(true);
      const patience = page.getByRole('timer', { name: /patience/ });
      // Two frames after the choices went live: had the clock started, its gauge would show by now.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(patience.isVisible()).resolves.toBe(false);
      await screenshot(page, 'story-layout-timed-unseen');
      // Up from the first choice goes round to the last, which the screen scrolls into sight: now all has been seen.
      await page.keyboard.press('ArrowUp');
      await patience.waitFor({ timeout: 3000 });
      await expect(page.evaluate(() => document.activeElement?.closest('.choices') !== null)).resolves.toBe(true);
      await screenshot(page, 'story-layout-timed-seen');
    });
  });
});
