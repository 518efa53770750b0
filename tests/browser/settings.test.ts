// The player's settings: reachable by keyboard from the title and the story,
// applied at once, kept across visits, honouring the operating system's
// reduced-motion preference, and surviving a damaged settings record.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const html = (page: Page, name: string) => page.evaluate((key) => document.documentElement.dataset[key] ?? '', name);

describe('settings', () => {
  it('are set with the keyboard alone, apply at once and are kept after a reload', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(baseUrl);
      const open = page.getByRole('button', { name: 'Settings' });
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.waitFor();
      // Radio groups: Tab into a group, arrows to choose.
      await dialog.getByRole('radio', { name: 'Standard' }).first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(html(page, 'textSize')).resolves.toBe('largest');
      await dialog.getByRole('radio', { name: 'All at once' }).check();
      await dialog.getByRole('radio', { name: 'High contrast' }).check();
      await dialog.getByRole('radio', { name: 'Reduced' }).check();
      await dialog.getByRole('checkbox', { name: 'Play sound cues' }).uncheck();
      await expect(html(page, 'contrast')).resolves.toBe('high');
      await expect(html(page, 'motion')).resolves.toBe('reduced');
      await screenshot(page, 'settings-dialog');
      await page.keyboard.press('Escape');
      await expect(dialog.isVisible()).resolves.toBe(false);
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Settings');

      await page.reload();
      await expect(html(page, 'textSize')).resolves.toBe('largest');
      await expect(html(page, 'contrast')).resolves.toBe('high');
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(dialog.getByRole('radio', { name: 'All at once' }).isChecked()).resolves.toBe(true);
      await expect(dialog.getByRole('checkbox', { name: 'Play sound cues' }).isChecked()).resolves.toBe(false);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await screenshot(page, 'title-high-contrast-largest');
      expect(errors).toEqual([]);
    });
  });

  it('show a beat at once when text appears all at once, and stay inside a phone screen at the largest size', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(() =>
        localStorage.setItem(
          'service-hero.settings',
          JSON.stringify({
            version: 1,
            textSize: 'largest',
            revealSpeed: 'instant',
            motion: 'system',
            contrast: 'high',
            sound: false,
          }),
        ),
      );
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=settings-1`);
      const story = page.getByRole('region', { name: 'Story' });
      await story.waitFor();
      // No typewriter: the beat's control is there straight away and "Show all text" never shows.
      await page.locator('.story-screen .choices:not([hidden])').waitFor({ timeout: 2000 });
      await expect(page.getByRole('button', { name: 'Show all text' }).isVisible()).resolves.toBe(false);
      for (const box of [await story.boundingBox(), await page.locator('.hud').boundingBox()]) {
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390.5);
      }
      const size = await page
        .locator('.line .text')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(22);
      // At this size the beat is longer than the window: the screen scrolls as a page does, never the text in a box
      // (story-layout.test.ts checks every size).
      const text = page.locator('.story-screen .scroll');
      expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(false);
      expect(
        await page.locator('.screen-host .story-screen').evaluate((el) => el.scrollHeight > el.clientHeight + 1),
      ).toBe(true);
      await screenshot(page, 'story-390-largest-high-contrast');
      await page.getByRole('button', { name: 'Settings' }).click();
      await screenshot(page, 'settings-dialog-390');
      const dialogBox = await page.getByRole('dialog', { name: 'Settings' }).boundingBox();
      expect(dialogBox!.x).toBeGreaterThanOrEqual(0);
      expect(dialogBox!.x + dialogBox!.width).toBeLessThanOrEqual(390.5);
    });
  });

  it("with text all at once, still show the customer's patience running the moment the choices appear", async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      await page.clock.install();
      await page.goto(baseUrl);
      await page.evaluate(() =>
        localStorage.setItem(
          'service-hero.settings',
          JSON.stringify({
            version: 1,
            textSize: 'standard',
            revealSpeed: 'instant',
            motion: 'system',
            contrast: 'standard',
            sound: false,
          }),
        ),
      );
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=instant-1`);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      // The breakdown beat's patience: shown with its choices, not left running unseen.
      await page.getByRole('timer', { name: "Ada's patience" }).waitFor({ timeout: 5000 });
      // Its 10 seconds pass on the page's clock, not the test's.
      await page.clock.fastForward(10_000);
      await page.getByText("You hesitated, and Ada's patience ran out.", { exact: true }).waitFor({ timeout: 5000 });
      expect(errors).toEqual([]);
    });
  });

  it("follow the operating system's reduced-motion preference unless the player chose otherwise", async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(baseUrl);
      await expect(html(page, 'motion')).resolves.toBe('reduced');
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Full' }).check();
      await expect(html(page, 'motion')).resolves.toBe('full');
    });
  });

  it('keep a damaged settings record aside, say so, and start with the defaults', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(() => localStorage.setItem('service-hero.settings', '{"version": 9, "textSize": "gigantic"'));
      await page.reload();
      await expect(page.getByRole('alert').innerText()).resolves.toMatch(
        /Your settings could not be read.*kept aside as "service-hero\.settings\.unreadable\./s,
      );
      await expect(html(page, 'textSize')).resolves.toBe('standard');
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('service-hero.settings.unreadable.'))
          .map((k) => localStorage.getItem(k)),
      );
      expect(kept).toEqual(['{"version": 9, "textSize": "gigantic"']);
    });
  });

  it('are reachable from the story screen without leaving the story', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=settings-2`);
      await showAllText(page);
      const before = await page.locator('.story-screen .lines').innerText();
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.getByRole('radio', { name: 'Large', exact: true }).check();
      // Number keys in the dialog must not pick a choice in the story underneath.
      await page.keyboard.press('1');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expect(html(page, 'textSize')).resolves.toBe('large');
      await expect(page.locator('.story-screen .lines').innerText()).resolves.toBe(before);
      await expect(page.locator('.story-screen .choices:not([hidden]) button').first().isVisible()).resolves.toBe(true);
    });
  });
});
