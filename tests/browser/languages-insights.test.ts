// Insights in the pseudo-locale (?lang=en-XA: every catalogue letter accented, every text about 40% longer), as
// languages.test.ts walks the players' screens: empty, then with a cohort's plays in each of its views. At a
// projector's and a phone's size, no word may have skipped the catalogue and no text may be cut off or spill out of
// its box. A story's own words and a learner's name (each marked with its language) are not interface.
import { describe, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';
import { findings, ui, WALK_SIZES } from './support/pageText.ts';
import { cohort } from '../support/insightsPlays.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const { learners } = cohort(4, 2);
const statements = Buffer.from(JSON.stringify(learners.flatMap((l) => l.statements)));

describe.each(WALK_SIZES)('Insights in the pseudo-locale at %i×%i', (width, height) => {
  it('have every word from the catalogue, with nothing cut off or spilling out', async () => {
    await withPage({ viewport: { width, height } }, async (page) => {
      const { expectNone, check: checkOn } = findings();
      const check = (screen: string) => checkOn(page, screen);

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

      expectNone('en-XA');
    });
  });
});
