// The screens around the story: the title list, a broken file's errors, the
// accessible mirror of the dialogue, and the layout from phone to projector.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { pubStory, screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { scenario } = pubStory();
const { withPage } = useChromium();

describe('screens', () => {
  it('lists the stories on the title screen and opens one', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(baseUrl);
      const card = page.getByRole('button', { name: new RegExp(scenario.title) });
      await card.waitFor();
      await screenshot(page, 'title');
      await card.click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      // A press on the title before the stage has joined says "Setting the stage…" first; the story's first
      // line is read out once Phaser is in, which on a busy machine takes longer than expect.poll's second.
      await expect
        .poll(() => page.locator('#announcer').innerText(), { timeout: 30_000 })
        .toContain(scenario.cast[scenario.customer]?.name ?? '');
      expect(errors).toEqual([]);
    });
  });

  it('shows every error of a broken scenario file, never a blank screen', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: /broken-story\.yaml has 3 problems/ }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const items = await alert.getByRole('listitem').allInnerTexts();
      expect(items).toEqual([
        expect.stringMatching(
          /^tests\/fixtures\/e2e\/broken-story\.yaml:17:7: mood: should be a number, but it is the text "lots"$/,
        ),
        expect.stringMatching(
          /^tests\/fixtures\/e2e\/broken-story\.yaml:26:16: .*level: "heroik" is not one of: harmful, routine, good, heroic \(did you mean "heroic"\?\)$/,
        ),
        expect.stringMatching(/^tests\/fixtures\/e2e\/broken-story\.yaml:36:5: .*unknown field "tittle"/),
      ]);
      await screenshot(page, 'scenario-errors');
      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
    });
  });

  it('opens a broken file from a link straight onto its errors', async () => {
    await withPage({ viewport: { width: 800, height: 600 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=broken-story`);
      await expect(page.getByRole('alert').innerText()).resolves.toContain('broken-story.yaml has 3 problems');
    });
  });

  for (const [width, height] of [
    [390, 844],
    [360, 640],
    [1920, 1080],
  ] as const) {
    it(`keeps the story legible and inside the window at ${width}×${height}`, async () => {
      await withPage({ viewport: { width, height } }, async (page) => {
        await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=size-1`);
        await showAllText(page);
        const choices = page.getByRole('group', { name: 'What do you do?' }).getByRole('button');
        await choices.first().waitFor();
        for (const box of [
          await page.getByRole('region', { name: 'Story' }).boundingBox(),
          await page.locator('.hud').boundingBox(),
        ]) {
          expect(box).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
        }
        const fontSize = await page
          .locator('.line .text')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(16);
        await screenshot(page, `story-${width}x${height}`);
      });
    });
  }
});
