// The page's clock in a test's hands: a customer's patience runs out without the test sitting through it.
// Playwright's clock (page.clock) stands in for the page's Date, timers, requestAnimationFrame, performance.now
// and Event.timeStamp alike, so the controls guard (which compares an event's timeStamp with performance.now)
// sees one consistent time. Install it before the page opens: `await page.clock.install()`.
import type { Locator, Page } from 'playwright-core';

/** Stops the page's time where it is (a moment ahead, as pausing needs a time to come): from now it moves only when the test moves it. */
export async function pauseClock(page: Page): Promise<void> {
  // A second's margin, so the page's time has not usually passed it by the time the pause arrives; on a machine busy
  // enough that it has (Playwright then refuses: "Cannot fast-forward to the past"), read the time again and retry.
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 1000);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('to the past')) throw error;
    }
  }
}

/**
 * With the clock paused, lets the page's time run in small steps (timers and animation frames firing as they fall
 * due) until the locator shows: what started it happened within the last step. Clicks "Show all text" on the way.
 */
export async function runClockUntil(page: Page, locator: Locator, stepMs = 50, limitMs = 30_000): Promise<void> {
  const skip = page.getByRole('button', { name: 'Show all text' });
  for (let ran = 0; ran <= limitMs; ran += stepMs) {
    if (await locator.isVisible()) return;
    // The button's own click event: a timed-out locator click can leave a guard armed that eats later clicks (showAllText).
    if (await skip.isVisible()) await skip.dispatchEvent('click', undefined, { timeout: 1000 }).catch(() => undefined);
    await page.clock.runFor(stepMs);
  }
  throw new Error(`nothing matching ${String(locator)} showed within ${limitMs} ms of the page's time`);
}
