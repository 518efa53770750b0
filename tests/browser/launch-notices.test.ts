// No silent fallbacks: what a link asked for and could not have is said on screen, a saved place a changed
// story no longer accepts is reported, and starting another story asks before replacing the one in progress.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const KEY = 'service-hero.progress';
const notice = (page: Page, text: string) => page.locator('#page-notices [role="status"]', { hasText: text });

describe('no silent fallbacks', () => {
  it('says a linked story or track the game does not have was not opened', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=no-such-story&track=no-such-track`);
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await notice(
        page,
        'The link asked for the story “no-such-story”, which this game does not have, so the list of stories is open instead.',
      ).waitFor();
      await notice(
        page,
        'The link asked for the track “no-such-track”, which this game does not have, so the list of stories is open instead.',
      ).waitFor();
      await screenshot(page, 'launch-notices-title');
      await page.locator('#page-notices').getByRole('button', { name: 'Dismiss' }).first().click();
      await expect(page.locator('#page-notices .page-notice').count()).resolves.toBe(1);
      // Old news goes once the player has moved on.
      await page.getByRole('button', { name: /^Your progress/ }).click();
      await page.getByRole('heading', { name: 'Your progress' }).waitFor();
      await expect(page.locator('#page-notices .page-notice').count()).resolves.toBe(0);
    });
  });

  it('says a bad seed was replaced, naming the seed the play has', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=${encodeURIComponent('bad seed!')}`);
      await page.getByRole('region', { name: 'Story' }).waitFor();
      const said = notice(
        page,
        'The link’s seed “bad seed!” is not a seed (letters, digits and dashes, up to 64 of them), so this play has a new seed, “',
      );
      await said.waitFor();
      await screenshot(page, 'launch-notices-seed-mobile');
      const seed = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').current.seed;
      await expect(said.innerText()).resolves.toContain(`“${seed}”`);
    });
  });

  it('says how much of a saved place a changed story still accepts', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      const current = {
        scenarioId: 'bakery-mini',
        seed: 'changed-1',
        steps: [{ kind: 'continue' }, { kind: 'choose', id: 'a-choice-since-removed' }],
        savedAt: '2026-11-24T10:00:00.000Z',
      };
      await page.evaluate(
        ([key, text]) => localStorage.setItem(key!, text!),
        [KEY, JSON.stringify({ format: 'service-hero-progress', version: 1, current, attempts: [] })],
      );
      await page.reload();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await notice(
        page,
        '“The last sourdough” has changed since you saved your place: it accepted 1 of your 2 steps, so you carry on from there.',
      ).waitFor();
    });
  });

  it('asks before another story replaces the one in progress: Escape cancels, Resume and Start the new one do what they say', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=first-1`);
      await playStepsByMouse(page, [{ kind: 'continue' }], undefined, false);
      await page.getByRole('button', { name: 'Stories', exact: true }).click();
      const other = page.locator('[data-scenario="pub-caesar-dressing"]');
      const dialog = page.getByRole('dialog', { name: 'A story is in progress' });

      await other.click();
      await dialog.waitFor();
      await screenshot(page, 'replace-dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();

      await other.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        'Resume “The last sourdough”',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect(page.locator('.hud').innerText()).resolves.toContain('The last sourdough');
      const saved = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').current, KEY);
      await expect(saved()).resolves.toMatchObject({
        scenarioId: 'bakery-mini',
        seed: 'first-1',
        steps: [{ kind: 'continue' }],
      });

      await page.getByRole('button', { name: 'Stories', exact: true }).click();
      await other.click();
      await dialog.getByRole('button', { name: 'Start the new one' }).click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect(page.locator('.hud').innerText()).resolves.not.toContain('The last sourdough');
      await expect(saved()).resolves.toMatchObject({ scenarioId: 'pub-caesar-dressing' });
    });
  });

  it('asks before a link replaces the story in progress: Cancel keeps it and opens the story list', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=first-2`);
      await playStepsByMouse(page, [{ kind: 'continue' }], undefined, false);
      const dialog = page.getByRole('dialog', { name: 'A story is in progress' });
      const saved = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').current, KEY);
      // The step is saved once the engine has taken it: leaving before that would leave no story in progress.
      await expect.poll(saved).toMatchObject({ steps: [{ kind: 'continue' }] });

      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing`);
      await dialog.waitFor();
      await screenshot(page, 'replace-dialog-link-mobile');
      await dialog.getByRole('button', { name: 'Cancel' }).tap();
      await page.getByRole('heading', { name: 'Continue “The last sourdough”' }).waitFor();
      await expect(saved()).resolves.toMatchObject({
        scenarioId: 'bakery-mini',
        seed: 'first-2',
        steps: [{ kind: 'continue' }],
      });

      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing`);
      await dialog.getByRole('button', { name: 'Start the new one' }).tap();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect(page.locator('.hud').innerText()).resolves.not.toContain('The last sourdough');
      await expect(saved()).resolves.toMatchObject({ scenarioId: 'pub-caesar-dressing' });
    });
  });
});
