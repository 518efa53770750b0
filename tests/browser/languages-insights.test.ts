// Insights in the pseudo-locale (?lang=en-XA: every catalogue letter accented, every text about 40% longer), as
// languages.test.ts walks the players' screens: empty, then with a cohort's plays in each of its views. At a
// projector's and a phone's size, no word may have skipped the catalogue and no text may be cut off or spill out of
// its box. A story's own words and a learner's name (each marked with its language) are not interface.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';
import { auditText, openDisclosures, pageFrame, ui, type TextAudit } from './support/pageText.ts';
import { cohort } from '../support/insightsPlays.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const SIZES = [
  [1280, 720],
  [390, 844],
] as const;

function findings(page: Page) {
  const all: TextAudit = { untranslated: [], clipped: [] };
  const langs: string[] = [];
  return {
    all,
    langs,
    async check(screen: string): Promise<void> {
      await openDisclosures(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const found = await auditText(page, screen, true);
      all.untranslated.push(...found.untranslated);
      all.clipped.push(...found.clipped);
      langs.push(`${screen}: ${(await pageFrame(page)).lang}`);
    },
  };
}

const { learners } = cohort(4, 2);
const statements = Buffer.from(JSON.stringify(learners.flatMap((l) => l.statements)));

describe.each(SIZES)('Insights in the pseudo-locale at %i×%i', (width, height) => {
  it('have every word from the catalogue, with nothing cut off or spilling out', async () => {
    await withPage({ viewport: { width, height } }, async (page) => {
      const { all, langs, check } = findings(page);

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
      await screenshot(page, `lang-en-XA-insights-${width}x${height}`);

      expect.soft(all.untranslated, 'words that skipped the catalogue').toEqual([]);
      expect.soft(all.clipped, 'text cut off or spilling out').toEqual([]);
      expect(
        langs.filter((l) => !l.endsWith(': en-XA')),
        "the page's lang on each screen",
      ).toEqual([]);
    });
  });
});
