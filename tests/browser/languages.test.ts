// The interface in other languages, screen by screen. In the pseudo-locale (?lang=en-XA: every catalogue letter
// accented, every text about 40% longer) each screen at a projector's and a phone's size must show no word that
// skipped the catalogue and no text cut off or spilling out of its box. In Arabic the title and the story run
// right to left, fit the window and pass axe. One page per size, text shown at once (the settings in storage).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { violations } from './support/axe.ts';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';
import { auditText, findings, pageFrame, ui, WALK_SIZES } from './support/pageText.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const SIZES = WALK_SIZES;

/** Instant text, no motion, no timers, no sound: each screen is whole the moment it is drawn. */
async function instantSettings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem(
      'service-hero.settings',
      JSON.stringify({
        version: 2,
        textSize: 'standard',
        revealSpeed: 'instant',
        motion: 'reduced',
        contrast: 'standard',
        sound: false,
        timeLimits: 'off',
        language: 'auto',
      }),
    );
  });
}

const storyControls = (page: Page) => page.locator('.story-screen .choices:not([hidden])');

/** Plays the bakery story's short path (Continue, "Say there is none left", which earns a C) to its debrief. */
async function playBakery(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await storyControls(page).locator('.continue-row .button').waitFor();
  await check('story');
  await storyControls(page).locator('.continue-row .button').click();
  await storyControls(page).locator('.choice[data-choice="shrug"]').waitFor();
  await check('story choices');
  await storyControls(page).locator('.choice[data-choice="shrug"]').click();
  await storyControls(page).locator('.continue-row .button').click();
  await page.locator('.debrief-screen .summary-card').waitFor();
}

describe.each(SIZES)('the pseudo-locale at %i×%i', (width, height) => {
  it('has every screen in catalogue words, with nothing cut off or spilling out', async () => {
    await withPage({ viewport: { width, height } }, async (page) => {
      await instantSettings(page);
      const { expectNone, check: checkOn } = findings();
      const check = (screen: string) => checkOn(page, screen);
      const toStories = () => page.getByRole('button', { name: ui('Back to the stories') }).click();

      await page.goto(`${baseUrl}?lang=en-XA`);
      await page.locator('.title-screen .story-card').first().waitFor();
      await check('title');
      if (width < 500) {
        // The title's picture is on the canvas, drawn once the stage is in.
        await page.locator('#game canvas').waitFor();
        await screenshot(page, `lang-en-XA-title-${width}x${height}`);
      }

      await page
        .locator('.title-bar')
        .getByRole('button', { name: ui('Settings') })
        .click();
      await page.locator('dialog.settings-dialog[open]').waitFor();
      await check('settings');
      await page.keyboard.press('Escape');
      await page.locator('dialog.settings-dialog[open]').waitFor({ state: 'detached' });

      await page
        .locator('.title-bar')
        .getByRole('button', { name: ui('Your progress', { whole: false }) })
        .click();
      await page.locator('.profile-screen').waitFor();
      await check('profile');
      await toStories();

      await page.getByRole('button', { name: ui('Breakdown brainstorm') }).click();
      await page.locator('#brainstorm-breakdown').fill('The printer jams when the queue is longest');
      await page.locator('#brainstorm-breakdown').press('Enter');
      await page.locator('.brainstorm-item').first().waitFor();
      await check('brainstorm');
      await toStories();

      // The quick track's one story, passed with a C: the track, the story, the debrief with its verdict, the certificate.
      await page.getByRole('button', { name: /Quick test track/ }).click();
      await page.locator('.track-screen .track-item').first().waitFor();
      await check('track');
      await page.locator('.track-item.open .button').click();
      await playBakery(page, check);
      await check('debrief');
      await page.getByRole('button', { name: ui('Back to the track') }).click();
      await page.getByRole('button', { name: ui('Your certificate') }).click();
      await page.locator('.certificate-screen').waitFor();
      await check('certificate');
      await page.getByRole('button', { name: ui('Back to the track') }).click();
      await toStories();

      await page.locator('#workshop-story').selectOption('pub-caesar-dressing');
      await page.getByRole('button', { name: ui('Start the workshop') }).click();
      await page.getByRole('button', { name: /Ask what's made the Caesar/ }).click();
      await page.locator('.play-room').click();
      await page.locator('.story-screen .discuss-questions').waitFor();
      await check('workshop discussion');
      await page.getByRole('button', { name: ui('Show the choices') }).click();
      await page.locator('.vote-row').first().waitFor();
      await check('workshop vote');

      await page.goto(`${baseUrl}?lang=en-XA&scenario=broken-story`);
      await page.locator('.errors-screen').waitFor();
      await check('errors');

      expectNone('en-XA');
    });
  });
});

describe.each(SIZES)('Arabic at %i×%i', (width, height) => {
  it('lays the title and the story out right to left, inside the window, with no serious axe finding', async () => {
    await withPage({ viewport: { width, height } }, async (page) => {
      await instantSettings(page);
      const problems: string[] = [];
      const check = async (screen: string) => {
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const frame = await pageFrame(page);
        expect.soft(frame, screen).toEqual({ lang: 'ar', dir: 'rtl', overflowX: 0 });
        problems.push(...(await auditText(page, screen, false)).clipped, ...(await violations(page, screen)));
        await page.locator('#game canvas').waitFor();
        await screenshot(page, `lang-ar-${screen}-${width}x${height}`);
      };

      await page.goto(`${baseUrl}?lang=ar`);
      await page.locator('.title-screen .story-card').first().waitFor();
      await check('title');

      await page.goto(`${baseUrl}?lang=ar&scenario=pub-caesar-dressing&seed=rtl-1`);
      await storyControls(page).locator('.continue-row .button, .choice').first().waitFor();
      await check('story');

      expect(problems).toEqual([]);
    });
  });
});
