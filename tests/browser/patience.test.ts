// The customer's patience as the player meets it, on Playwright's fake clock (page.clock): no real waiting.
// The bar under reduced motion, the pause key, the time limits setting (off, double), the "You hesitated" note
// after a reload, the debrief's timeout text, and the time limits recorded with the finished play.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { allPlays, replay, type Step } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, pubStory, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const { scenario, catalogue } = pubStory();
const SEED = 'patience-1';

/** The steps of a pub play that bring it to the kitchen, whose breakdown has 25 seconds of patience. */
function stepsToKitchen(): Step[] {
  const play = allPlays(scenario, catalogue, SEED).find((p) => p.report.decisions.some((d) => d.beat === 'kitchen'));
  if (!play) throw new Error('no pub play reaches the kitchen');
  for (let n = 0; n <= play.steps.length; n++)
    if (replay(scenario, catalogue, SEED, play.steps.slice(0, n)).view().beat === 'kitchen')
      return play.steps.slice(0, n);
  throw new Error('the kitchen is never reached');
}

/** Settings written before the page's own scripts run (instant text: no typing to wait for). */
async function withSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.addInitScript((s) => {
    if (!localStorage.getItem('service-hero.settings')) localStorage.setItem('service-hero.settings', s);
  }, JSON.stringify(settings));
}

/** The clock stops where the page is now: from here on, time moves only when the test moves it. */
async function stopTime(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Moves the fake clock on, then lets a few frames draw (a jump fires each due timer once, without 60 frames a second). */
async function passTime(page: Page, ms: number): Promise<void> {
  await page.clock.fastForward(ms);
  await page.clock.runFor(100);
}

/** The whole seconds of patience the timer shows as left. */
async function secondsLeft(page: Page): Promise<number> {
  // By class: under the open settings dialog the page behind is inert, out of the accessibility tree.
  const text = await page.locator('.gauge.patience').innerText();
  const found = /(\d+) s/.exec(text);
  if (!found) throw new Error(`the timer shows no seconds: ${text}`);
  return Number(found[1]);
}

/** Lets all but a moment of what is left pass, so the next second runs it out. */
async function passAllButAMoment(page: Page): Promise<void> {
  await passTime(page, (await secondsLeft(page)) * 1000 - 1200);
}

const fillWidth = (page: Page) =>
  page
    .locator('.patience-fill')
    .evaluate((el) => el.getBoundingClientRect().width / (el.parentElement?.getBoundingClientRect().width ?? 1));

/** Takes the first choice (or Continue) until the story ends, then opens the debrief. */
async function playOnToTheDebrief(page: Page): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.clock.runFor(500);
    const debrief = page.getByRole('button', { name: 'See your debrief' });
    if (await debrief.isVisible()) return debrief.click();
    const next = page.locator('.choices button:not([disabled])').first();
    if (await next.isVisible()) await next.click();
  }
  throw new Error('the story did not end');
}

/**
 * The patience waits until the whole beat has been in view (seenWatch.ts): scroll to the kitchen's last choice, as a
 * reader would. The beat before stays on screen a moment after the click, so wait for the kitchen's own banner and
 * live choices first: scrolling the old beat's buttons leaves the new ones unseen and the timer never starts.
 */
async function seeEveryChoice(page: Page): Promise<void> {
  await page.locator('.breakdown-banner', { hasText: 'run out of Caesar dressing' }).waitFor();
  const last = page.locator('.choices:not([hidden]) button:not([disabled])').last();
  await last.waitFor();
  await last.scrollIntoViewIfNeeded();
}

describe("the customer's patience", () => {
  it('with reduced motion, the bar shows the patience left; P pauses it; running out keeps its note after a reload; the debrief says it once', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      // A version 1 record, as players have stored them: read as before, time limits normal.
      await withSettings(page, { version: 1, revealSpeed: 'instant', motion: 'reduced', sound: false });
      await page.clock.install();
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}`);
      await playStepsByMouse(page, stepsToKitchen(), undefined, false);
      await seeEveryChoice(page);
      const timer = page.getByRole('timer', { name: "Ruth's patience" });
      await timer.waitFor();
      await stopTime(page);
      await page.clock.runFor(100);
      // Reduced motion once left the bar empty from the first second.
      expect(await fillWidth(page), 'not empty: the patience really left').toBeGreaterThan(0.7);
      // A busy machine takes a second or two to stop the clock; the bar must show what is left, whole seconds.
      const atStart = await secondsLeft(page);
      expect(atStart).toBeGreaterThanOrEqual(20);
      expect(await fillWidth(page)).toBeCloseTo(atStart / 25, 2);
      await expect(page.locator('.time-note').innerText()).resolves.toContain('Time limits: normal');
      await expect(page.getByRole('button', { name: 'Change time limits' }).isVisible()).resolves.toBe(true);

      await passTime(page, 10_000);
      // Ten seconds on, ten whole seconds fewer, drawn as that share of 25 (stepwise, no animation).
      const later = await secondsLeft(page);
      expect(later).toBe(atStart - 10);
      expect(await fillWidth(page)).toBeCloseTo(later / 25, 2);
      await screenshot(page, 'patience-reduced-motion');

      await page.keyboard.press('p');
      await expect(timer.innerText()).resolves.toContain('Paused');
      const paused = await secondsLeft(page);
      await passTime(page, 120_000);
      expect(await secondsLeft(page), 'paused, nothing drains').toBe(paused);
      expect(await fillWidth(page)).toBeCloseTo(paused / 25, 2);
      await expect(page.locator('.choices button').first().isVisible(), 'a pause hides nothing').resolves.toBe(true);
      await screenshot(page, 'patience-paused');
      await page.getByRole('button', { name: 'Resume (P)' }).click();
      // The clock also waits while the settings are open.
      await page.getByRole('button', { name: 'Change time limits' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      const held = await secondsLeft(page);
      await passTime(page, 60_000);
      expect(await secondsLeft(page), 'the settings held the clock').toBe(held);
      await page.getByRole('button', { name: 'Done' }).click();
      await passAllButAMoment(page);
      await expect(page.getByText("You hesitated, and Ruth's patience ran out.").isVisible()).resolves.toBe(false);
      await passTime(page, 1_500);
      const note = page.getByText("You hesitated, and Ruth's patience ran out.", { exact: true });
      await note.waitFor();

      await page.clock.resume();
      await page.reload();
      await page.locator('.choices button').first().waitFor();
      expect.soft(await note.isVisible(), 'the resumed beat keeps its note').toBe(true);
      await playOnToTheDebrief(page);
      const said = page.locator('.decision .said').filter({ hasText: 'You stood at the pass too long' });
      expect
        .soft(await said.innerText(), 'one full stop')
        .toBe('You stood at the pass too long, and Ruth is craning round to find you.');
      expect(errors).toEqual([]);
    });
  });

  it('time limits off: no timer and no timeout, the note says so, and the finished play records it; double: twice as long', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (page) => {
      const errors = watchErrors(page);
      await withSettings(page, { version: 2, revealSpeed: 'instant', timeLimits: 'off' });
      await page.clock.install();
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}`);
      await playStepsByMouse(page, stepsToKitchen(), undefined, false);
      // The kitchen's breakdown, its choices up (not the last beat's, still on screen a moment).
      await page.locator('.breakdown-banner', { hasText: 'run out of Caesar dressing' }).waitFor();
      await page.locator('.choices:not([hidden]) button:not([disabled])').first().waitFor();
      await expect.poll(() => page.locator('.time-note').innerText()).toContain('Time limits: off');
      // Read out once, its sentence ended once: the breakdown is written as a sentence of its own.
      await expect
        .poll(() => page.locator('#announcer').innerText())
        .toMatch(/Breakdown: The kitchen has run out of Caesar dressing\. \S/);
      await screenshot(page, 'patience-off-phone');
      await page.getByRole('button', { name: 'Change time limits' }).click();
      const off = page.getByRole('radio', { name: 'Off: customers wait for my answer' });
      await expect(off.isChecked()).resolves.toBe(true);
      await expect(
        off.evaluate((el) => el === document.activeElement),
        'opened at the time limits',
      ).resolves.toBe(true);
      await screenshot(page, 'settings-time-limits-phone');
      await page.getByRole('button', { name: 'Done' }).click();
      await stopTime(page);
      await passTime(page, 10 * 60_000);
      await expect(page.getByRole('timer').isVisible()).resolves.toBe(false);
      await expect(page.getByText(/You hesitated/).count()).resolves.toBe(0);
      await page.clock.resume();
      await playOnToTheDebrief(page);
      await page.getByRole('img', { name: /^Grade [A-F]$/ }).waitFor();
      const attempts = await page.evaluate(
        () => JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}').attempts as { timeLimits?: string }[],
      );
      expect(attempts.at(-1)?.timeLimits).toBe('off');

      await page.evaluate(() =>
        localStorage.setItem(
          'service-hero.settings',
          JSON.stringify({ version: 2, revealSpeed: 'instant', timeLimits: 'double' }),
        ),
      );
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}`);
      await playStepsByMouse(page, stepsToKitchen(), undefined, false);
      await seeEveryChoice(page);
      await page.getByRole('timer', { name: "Ruth's patience" }).waitFor();
      await stopTime(page);
      await expect(page.locator('.time-note').innerText()).resolves.toContain('Time limits: double');
      expect(await secondsLeft(page), 'double: 50 seconds, not 25').toBeGreaterThan(45);
      await passAllButAMoment(page);
      await expect(page.getByText(/You hesitated/).count()).resolves.toBe(0);
      await passTime(page, 1_500);
      await page.getByText("You hesitated, and Ruth's patience ran out.", { exact: true }).waitFor();
      expect(errors).toEqual([]);
    });
  });
});
