// The stage is drawn only when something on it changes: while the player reads, the canvas is left
// alone and the page asks for no frames at all, and any change — a resize, a new face, the debrief's confetti,
// one made by code while the loop slept — is drawn at once. What is drawn
// comes from bitmaps, not from the SVGs the art is loaded from (a redraw from SVG costs several times
// more without a GPU: README › Speed).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

/** Counts the frames Phaser actually draws, from now on (its renderer announces each one it draws). */
async function countDraws(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    window.__draws = 0;
    window.serviceHero.game.renderer.on('prerender', () => { window.__draws += 1; });
  })()`);
  return async () => {
    const draws = (await page.evaluate('window.__draws')) as number;
    await page.evaluate('window.__draws = 0');
    return draws;
  };
}

/** Counts the frames anything on the page asks the browser for, from now on. */
async function countFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    window.__frames = 0;
    const ask = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => { window.__frames += 1; return ask(callback); };
  })()`);
  return async () => (await page.evaluate('window.__frames')) as number;
}

/** The colour of the canvas at a point, as the page shows it. */
const pixel = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelector('canvas')!;
      const probe = document.createElement('canvas');
      probe.width = probe.height = 1;
      const context = probe.getContext('2d')!;
      context.drawImage(canvas, px!, py!, 1, 1, 0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    },
    [x, y],
  );

describe('drawing the stage', () => {
  it('leaves the canvas alone while nothing moves, and draws every change at once', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=draw-1`);
      await page.locator('canvas').waitFor({ state: 'attached' });
      await page.locator('.early-host').waitFor({ state: 'detached' });
      await showAllText(page);
      await page.waitForTimeout(1500); // the faces' fade-in is over
      // Every picture on stage is drawn from a bitmap, not from its SVG (whose vectors would be redrawn every frame).
      const onStage = (await page.evaluate(`window.serviceHero.game.scene.getScene('Story').children.list
        .filter((o) => o.type === 'Image').map((o) => [o.texture.key, o.texture.source[0].image.constructor.name])`)) as [
        string,
        string,
      ][];
      expect(onStage.map(([key]) => key)).toEqual(
        expect.arrayContaining(['backdrop:pub', expect.stringMatching(/^character:/)]),
      );
      expect(onStage.filter(([, kind]) => kind !== 'HTMLCanvasElement')).toEqual([]);
      const draws = await countDraws(page);
      await page.waitForTimeout(1000);
      expect(await draws()).toBeLessThanOrEqual(2);
      // At rest, neither Phaser nor the story screen asks the browser for frames (restWhenStill.ts).
      const frames = await countFrames(page);
      await page.waitForTimeout(500);
      expect(await page.evaluate('window.serviceHero.game.loop.running')).toBe(false);
      expect(await frames()).toBe(0);
      // A change made by code while the loop sleeps (no input, no resize) is still drawn, and a tween begun then plays.
      await page.evaluate(`(() => {
        const story = window.serviceHero.game.scene.getScene('Story');
        const backdrop = story.children.list.find((o) => o.type === 'Image');
        backdrop.setAlpha(0.5);
        story.tweens.add({ targets: backdrop, alpha: 1, duration: 400 });
      })()`);
      await expect.poll(() => page.evaluate('window.serviceHero.game.loop.running'), { timeout: 1000 }).toBe(true);
      await page.waitForTimeout(600);
      expect(await draws()).toBeGreaterThan(5);
      expect(
        await page.evaluate(
          `window.serviceHero.game.scene.getScene('Story').children.list.find((o) => o.type === 'Image').alpha`,
        ),
      ).toBe(1);

      // A resize redraws the stage at the new size: the backdrop reaches the new right edge.
      await page.setViewportSize({ width: 900, height: 700 });
      await page.waitForTimeout(300);
      expect(await draws()).toBeGreaterThan(0);
      expect(await page.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width)).toBe(900);
      const edge = await pixel(page, 895, 150);
      expect(edge[3]).toBe(255);
      expect(edge.slice(0, 3)).not.toEqual([0x2a, 0x1e, 0x2f]); // the game's plain background colour: nothing drawn there

      // A new beat with a new face is drawn; then the stage rests again.
      await playStepsByMouse(page, [{ kind: 'continue' }], undefined, false);
      await showAllText(page);
      await page.waitForTimeout(200);
      expect(await draws()).toBeGreaterThan(0);
      await page.waitForTimeout(1500);
      await draws();
      await page.waitForTimeout(1000);
      expect(await draws()).toBeLessThanOrEqual(2);
      expect(errors).toEqual([]);
    });
  });

  it('loads only the pictures the screen on show needs: the title its backdrop, a story its own', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript(() =>
        localStorage.setItem('service-hero.settings', JSON.stringify({ version: 1, revealSpeed: 'instant' })),
      );
      // Expressions evaluated through the debugging protocol: the page's Content-Security-Policy refuses
      // the string evaluation that page.waitForFunction polls with.
      const ask = (expression: string) =>
        page.evaluate(`(() => { const game = window.serviceHero?.game; return game ? ${expression} : null; })()`);
      await page.goto(baseUrl);
      await expect.poll(() => ask(`game.scene.isActive('Title')`), { timeout: 30_000 }).toBe(true);
      // Every backdrop loaded up front took 100–500 ms of a throttled phone's main thread (README › Speed).
      expect(await ask(`game.textures.exists('backdrop:title')`)).toBe(true);
      expect(await ask(`game.textures.exists('backdrop:pub')`)).toBe(false);

      // A story opened from the title loads its own backdrop and draws it.
      await page.locator('.story-card[data-scenario="pub-caesar-dressing"]').tap();
      const backdrop = `game.scene.isActive('Story') && game.scene.getScene('Story').children.list.find((o) => o.type === 'Image')?.texture.key`;
      await expect.poll(() => ask(backdrop), { timeout: 30_000 }).toBe('backdrop:pub');
      expect(errors).toEqual([]);
    });
  });

  it("paints a beat's text at its full size at once, the typing colouring it in (the phone audit's largest paint)", async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      const errors = watchErrors(page);
      await page.clock.install();
      await page.addInitScript(() => {
        const sizes: number[] = [];
        Object.assign(window, { lcpSizes: sizes });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => sizes.push((e as PerformanceEntry & { size: number }).size)),
        ).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=lcp-1`);
      await page.locator('.line.narration').first().waitFor();
      const sizes = () => page.evaluate(() => (window as unknown as { lcpSizes: number[] }).lcpSizes.slice());
      await expect.poll(sizes).not.toEqual([]);
      // The web fonts come with the rest of the game, after the opening is painted in the fallback font; their
      // swap paints the text once more, a little larger (README › Speed › On a phone). This test is about the
      // typing, so it starts counting once the body font is in and a frame has been painted with it.
      await page.waitForFunction(() =>
        [...document.fonts].some((face) => face.family.includes('Atkinson') && face.status === 'loaded'),
      );
      await page.screenshot();
      const first = Math.max(...(await sizes()));
      // The whole beat typed out (the typewriter reads the clock): no larger paint follows.
      await page.clock.runFor(20_000);
      await page.getByRole('group', { name: 'What do you do?' }).waitFor();
      await page.screenshot(); // a frame is painted: the browser has had its chance to report a larger paint
      // Hidden untyped text made the paint grow about tenfold as it typed; the stage adopting the screen can still
      // repaint it a few per cent larger in the web font (README › Speed › On a phone), which is not what this checks.
      expect(Math.max(...(await sizes()))).toBeLessThanOrEqual(first * 1.1);
      expect(errors).toEqual([]);
    });
  });
});
