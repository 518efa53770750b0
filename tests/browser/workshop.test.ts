// A facilitator-led workshop: presenter layout, a pause to discuss at the
// breakdown, the room's votes (majority and a tie), and the exported summary.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { rollVariations } from '../../src/engine/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const bakery = readLibrary(['tests/fixtures/bakery-mini.yaml']).entries[0]?.scenario;
/** A seed on which a new batch is coming, so the beat after the breakdown is a plain choice (no second discussion). */
const seed = Array.from({ length: 200 }, (_, n) => `room-${n}`).find((s) => rollVariations(bakery?.variations, s)['oven'] === 'batch-soon');

describe('workshop mode', () => {
  it('discusses, takes the votes, plays the majority, lets the facilitator break a tie, and exports the summary', async () => {
    await withPage({ viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByLabel('Story for the room').selectOption('bakery-mini');
      await page.getByLabel('Seed (optional)').fill(seed ?? '');
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();

      // The breakdown: discussion first, and the customer's patience does not run by itself.
      const discuss = page.getByRole('region', { name: 'Pause and discuss' });
      await discuss.waitFor();
      await expect(discuss.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(2);
      expect(await page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true);
      await screenshot(page, 'workshop-discuss');
      await page.getByRole('button', { name: 'Show the choices' }).click();
      await page.getByLabel('Hands for choice 1: Say there is none left.').fill('3');
      await page.getByLabel('Hands for choice 2: Ask Sam whether another batch is coming.').fill('11');
      await page.getByRole('button', { name: 'One more hand for choice 3' }).click();
      await expect(page.getByRole('timer').isVisible()).resolves.toBe(false);
      await screenshot(page, 'workshop-votes');
      await page.getByRole('button', { name: "Play the room's choice" }).click();

      // A tie between the first two choices of the next beat: the facilitator picks.
      const choiceLabels = page.getByLabel(/^Hands for choice [12]:/);
      await choiceLabels.first().waitFor();
      await choiceLabels.nth(0).fill('4');
      await choiceLabels.nth(1).fill('4');
      await page.getByRole('button', { name: "Play the room's choice" }).click();
      const pick = page.getByRole('button', { name: /^Play: / }).first();
      const picked = ((await pick.innerText()) ?? '').replace(/^Play: /, '');
      await pick.click();
      await page.getByRole('button', { name: 'See your debrief' }).click();

      const summary = page.getByRole('region', { name: 'Session summary' });
      await summary.waitFor();
      const rows = await summary.getByRole('row').allInnerTexts();
      expect(rows).toHaveLength(3);
      expect(rows[1]).toContain('Ask Sam whether another batch is coming.');
      expect(rows[1]).toContain('11 for “Ask Sam whether another batch is coming.”');
      expect(rows[1]).toContain('1 for “Sigh and say she should come earlier.”');
      expect(rows[2]).toContain(picked);
      await screenshot(page, 'workshop-summary');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export summary as CSV' }).click()]);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv).toContain('"Story","The last sourdough"');
      expect(csv).toContain('Say there is none left.: 3; Ask Sam whether another batch is coming.: 11; Sigh and say she should come earlier.: 1');
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export summary as JSON' }).click()]);
      const parsed = JSON.parse(await readFile((await json.path())!, 'utf8'));
      expect(parsed.rows).toHaveLength(2);
      expect(parsed.scenario).toBe('bakery-mini');
    });
  });
});
