// The trainers' screens in the pseudo-locale (?lang=en-XA: every catalogue letter accented, every text about 40%
// longer), as languages.test.ts walks the players' ones: Insights empty and with a cohort's plays in each of its
// views; the story studio's first screen and a new story in each of the editor's views. At a projector's and a
// phone's size, no word may have skipped the catalogue and no text may be cut off or spill out of its box. A story's
// own words, the art's English titles, a beat's id and a learner's name (each marked with its language) are not
// interface.
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';
import { findings, ui, WALK_SIZES } from './support/pageText.ts';
import { cohort } from '../../tools/insightsCohort.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const { learners } = cohort(4, 2);
const statements = Buffer.from(JSON.stringify(learners.flatMap((l) => l.statements)));

/** A walk of one screen at a size: `steps` checks each state it reaches; every finding is reported at the end. */
function walk(
  name: string,
  steps: (page: Page, check: (screen: string) => Promise<void>, size: string) => Promise<void>,
): void {
  describe.each(WALK_SIZES)(`${name} in the pseudo-locale at %i×%i`, (width, height) => {
    it('has every word from the catalogue, with nothing cut off or spilling out', async () => {
      await withPage({ viewport: { width, height } }, async (page) => {
        const { expectNone, check } = findings();
        await steps(page, (screen) => check(page, screen), `${width}x${height}`);
        expectNone('en-XA');
      });
    });
  });
}

walk('Insights', async (page, check, size) => {
  await page.goto(`${baseUrl}?lang=en-XA&insights`);
  await page.locator('.insights-screen').waitFor();
  await check('insights, empty');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: ui('Add files…') }).click(),
  ]);
  await chooser.setFiles({ name: 'statements.json', mimeType: 'application/json', buffer: statements });
  await page.getByRole('tab').first().waitFor();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await check(`insights, ${(await tab.innerText()).trim()}`);
  }
  await screenshot(page, `lang-en-XA-insights-${size}`);
});

walk('the story studio', async (page, check, size) => {
  await page.goto(`${baseUrl}?lang=en-XA&studio`);
  await page.locator('.studio-screen').waitFor();
  await check('studio');
  await page.getByRole('button', { name: ui('New blank story') }).click();
  await page.locator('.studio-editing .studio-facts').waitFor({ timeout: 60_000 });
  await check('studio, Text');
  for (const view of ['Map', 'List', 'Details', 'Plays']) {
    await page.getByRole('button', { name: ui(view) }).click();
    await page.locator('.studio-pane-body > *').first().waitFor();
    await check(`studio, ${view}`);
  }
  await screenshot(page, `lang-en-XA-studio-${size}`);
});
