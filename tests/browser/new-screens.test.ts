// Every screen added for practice, tracks and workshops, at a projector's and a
// phone's size: nothing may spill past the window's edges. Screenshots are kept
// in test-output/screenshots for a person to look at.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

async function fitsWidth(page: Page, selector: string, width: number): Promise<void> {
  const boxes = await page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
  expect(boxes.length, `${selector} is on screen`).toBeGreaterThan(0);
  for (const [left, right] of boxes) {
    expect(left).toBeGreaterThanOrEqual(-0.5);
    expect(right).toBeLessThanOrEqual(width + 0.5);
  }
}

describe.each([
  [1920, 1080],
  [390, 844],
] as const)('new screens at %i×%i', (width, height) => {
  it('title, profile, track, workshop, brainstorm and the debrief with the best path fit the window', async () => {
    await withPage({ viewport: { width, height } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=sizes-1`);
      await playStepsByMouse(page, [
        { kind: 'continue' },
        { kind: 'choose', id: 'shrug', text: 'Say there is none left.' },
      ]);
      await page.getByRole('region', { name: /best path for this shift/ }).scrollIntoViewIfNeeded();
      await fitsWidth(page, '.card', width);
      await screenshot(page, `sizes-${width}-debrief-paths`);

      await page.getByRole('button', { name: 'Choose another story' }).click();
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await fitsWidth(page, '.card', width);
      await screenshot(page, `sizes-${width}-title`);

      await page.getByRole('button', { name: /Your progress/ }).click();
      await page.getByRole('heading', { name: 'Your progress' }).waitFor();
      await fitsWidth(page, '.card', width);
      await screenshot(page, `sizes-${width}-profile`);
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      await page.getByRole('button', { name: /New-hire essentials/ }).click();
      await page.getByRole('heading', { name: 'New-hire essentials' }).waitFor();
      await fitsWidth(page, '.card', width);
      await screenshot(page, `sizes-${width}-track`);
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      await page.getByRole('button', { name: 'Breakdown brainstorm' }).click();
      await page.getByLabel('A breakdown in your business').fill('The printer jams when the queue is longest');
      await page.getByRole('button', { name: 'Add to the board' }).click();
      await fitsWidth(page, '.card', width);
      await screenshot(page, `sizes-${width}-brainstorm`);
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      await page.getByLabel('Story for the room').selectOption('pub-caesar-dressing');
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      await page.getByRole('button', { name: /Ask what's made the Caesar/ }).click();
      await page.getByRole('button', { name: /^Play the room's choice: / }).click();
      await page.getByRole('region', { name: 'Pause and discuss' }).waitFor();
      await fitsWidth(page, '.dialogue, .hud', width);
      await screenshot(page, `sizes-${width}-workshop-discuss`);
      await page.getByRole('button', { name: 'Show the choices' }).click();
      await page.getByLabel(/^Hands for choice 1:/).waitFor();
      await fitsWidth(page, '.dialogue, .hud', width);
      await screenshot(page, `sizes-${width}-workshop-vote`);
    });
  });
});
