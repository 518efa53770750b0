// The title and a track link are shown, with working buttons, before Phaser has loaded, as a story link's
// story is (early-story.test.ts): Phaser's chunk is held back here until the test lets it through, so
// "before" is certain. A press that needs the stage is carried out once, by the scene that adopts the screen.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { violations } from './support/axe.ts';
import { useChromium } from './support/chromium.ts';
import { holdChunk, holdPhaser, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const announced = (page: Page) => page.locator('#announcer').textContent();
const hasStage = (page: Page) => page.evaluate(() => document.querySelector('canvas') !== null);
const activeScenes = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as {
        serviceHero: { game: { scene: { getScenes(active: boolean): { sys: { settings: { key: string } } }[] } } };
      }
    ).serviceHero.game.scene
      .getScenes(true)
      .map((s) => s.sys.settings.key),
  );

describe('the title and a track before the graphics', () => {
  it('shows the title with working buttons before Phaser; a press that needs the stage is carried out once it joins', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      await page.goto(baseUrl);
      const progress = page.getByRole('button', { name: 'Your progress' });
      await expect.poll(() => progress.isEnabled()).toBe(true);
      expect(await hasStage(page)).toBe(false);
      expect(await announced(page)).toBe('Service Hero. Choose a story.');
      await screenshot(page, 'early-title-1280x720');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'early-title-390x844');
      // On a phone the title's bar of buttons lies over the page's dark ground, not a card, before the stage.
      expect(await violations(page, 'early title, 390x844')).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 720 });
      // Settings need no stage: the dialog opens at once.
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await progress.click();
      // The voice writes on the next frame (src/ui/announcer.ts), so it is read until it has.
      await expect.poll(() => announced(page)).toBe('Setting the stage…');
      // A second press, before the stage, is not queued behind the first.
      await page.getByRole('button', { name: /^Onboarding tracks/ }).click();
      expect(await hasStage(page)).toBe(false);
      phaser.release();
      await page.getByRole('heading', { name: 'Your progress', level: 1 }).waitFor();
      await expect.poll(() => activeScenes(page)).toEqual(['Profile']);
      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.getByRole('heading', { name: 'Service Hero', level: 1 }).waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('draws a first visit’s title before the rest of the game has loaded, and carries out a press once it has', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      // The rest of the game (src/app/start.ts: the stores, zod, XState, the library) held back: the title
      // on show meanwhile is the one the page's entry draws from the build's story cards.
      const rest = await holdChunk(page, /\/assets\/start-[^/]*\.js$/);
      await page.goto(baseUrl);
      const progress = page.getByRole('button', { name: 'Your progress' });
      await expect.poll(() => progress.isEnabled(), { timeout: 30_000 }).toBe(true);
      const cards = page.locator('.story-list .story-card[data-scenario]');
      expect(await cards.count()).toBeGreaterThan(5);
      expect(await page.locator('.filter-status').textContent()).toBe(`${await cards.count()} stories`);
      expect(await announced(page)).toBe('Service Hero. Choose a story.');
      // The search works from the cards alone.
      await page.getByLabel('Search stories').fill('waiter');
      await expect.poll(() => cards.count()).toBe(1);
      await page.getByRole('button', { name: 'Clear all' }).click();
      await page.locator('.story-card[data-scenario="pub-caesar-dressing"]').click();
      // The voice writes on the next frame (src/ui/announcer.ts), so it is read until it has.
      await expect.poll(() => announced(page)).toBe('Setting the stage…');
      rest.release();
      await page.getByRole('region', { name: 'Story' }).waitFor({ timeout: 30_000 });
      await expect.poll(() => activeScenes(page), { timeout: 30_000 }).toEqual(['Story']);
      expect(errors).toEqual([]);
    });
  });

  it('draws a first visit’s track link before the rest of the game has loaded; its Start then starts the story', async () => {
    await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      const errors = watchErrors(page);
      const rest = await holdChunk(page, /\/assets\/start-[^/]*\.js$/);
      await page.goto(`${baseUrl}?track=quick-track`);
      const start = page
        .locator('.track-screen')
        .getByRole('button', { name: /^Start/ })
        .first();
      await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true);
      expect(await announced(page)).toBe('Quick test track. 0 of 1 passed.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('track-title');
      await start.click();
      // The voice writes on the next frame (src/ui/announcer.ts), so it is read until it has.
      await expect.poll(() => announced(page)).toBe('Setting the stage…');
      rest.release();
      await page.getByRole('region', { name: 'Story' }).waitFor({ timeout: 30_000 });
      await expect.poll(() => activeScenes(page), { timeout: 30_000 }).toEqual(['Story']);
      expect(errors).toEqual([]);
    });
  });

  it('waits for the stores to draw the title of a player with progress: only a first visit’s is drawn before them', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        if (!localStorage.getItem('service-hero.progress'))
          localStorage.setItem(
            'service-hero.progress',
            JSON.stringify({ format: 'service-hero-progress', version: 1, current: null, attempts: [] }),
          );
      });
      const rest = await holdChunk(page, /\/assets\/start-[^/]*\.js$/);
      await page.goto(baseUrl);
      await page.waitForTimeout(1500);
      expect(await page.locator('.title-screen').count()).toBe(0);
      rest.release();
      await expect
        .poll(() => page.getByRole('button', { name: 'Your progress' }).isEnabled(), { timeout: 30_000 })
        .toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('shows a track link’s screen before Phaser; its Start, pressed then, starts the story once the stage joins', async () => {
    await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      await page.goto(`${baseUrl}?track=quick-track`);
      const start = page
        .locator('.track-screen')
        .getByRole('button', { name: /^Start/ })
        .first();
      await expect.poll(() => start.isEnabled()).toBe(true);
      expect(await hasStage(page)).toBe(false);
      expect(await announced(page)).toBe('Quick test track. 0 of 1 passed.');
      await screenshot(page, 'early-track-390x844');
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, 'early-track-1280x720');
      await start.click();
      phaser.release();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect.poll(() => activeScenes(page)).toEqual(['Story']);
      expect(errors).toEqual([]);
    });
  });
  it('draws the title on a phone in the fonts it keeps: nothing moves when the font files arrive', async () => {
    // Lighthouse's phone. The first screen's font files are asked for before it is drawn (src/app/fontPreload.ts);
    // asked for only once it was laid out, they swapped in after it and its bar of buttons wrapped onto a second
    // row, moving the library down (a cumulative layout shift of 0.30, then 0.14 with fallbacks shaped like them).
    await withPage({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(baseUrl);
      await expect
        .poll(() => page.getByRole('button', { name: 'Your progress' }).isEnabled(), { timeout: 30_000 })
        .toBe(true);
      await page.evaluate(() => document.fonts.ready);
      const families = await page.evaluate(() =>
        [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`),
      );
      // The check means something only if the web fonts are in use by now.
      expect(families).toEqual(
        expect.arrayContaining(['Atkinson Hyperlegible 400', 'Atkinson Hyperlegible 700', 'Fredoka 600']),
      );
      await page.waitForTimeout(500);
      const total = await page.evaluate(() =>
        (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
      );
      expect(total).toBeLessThan(0.02);
      expect(errors).toEqual([]);
    });
  });
  it('keeps the title where the player had scrolled it, and their focus in sight, when the stage joins', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      await page.goto(baseUrl);
      const far = page.getByRole('button', { name: 'Breakdown brainstorm' });
      await far.waitFor({ timeout: 30_000 });
      await far.focus();
      const scrolled = () => page.evaluate(() => document.querySelector('.title-screen')?.scrollTop ?? 0);
      const before = await scrolled();
      expect(before).toBeGreaterThan(500);
      phaser.release();
      await expect.poll(() => hasStage(page), { timeout: 30_000 }).toBe(true);
      await expect.poll(async () => (await activeScenes(page)).includes('Title'), { timeout: 30_000 }).toBe(true);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // The same scroll, the same focus, and the focused button inside the window.
      expect(await scrolled()).toBeCloseTo(before, -1);
      await expect(far.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const box = await far.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
