// The breakdown brainstorm: the board survives a reload and exports skeleton
// scenario files that the project's own validator accepts.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { readArtManifest, readLibrary } from '../../tools/projectFiles.ts';
import { downloadedBytes, useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

describe('breakdown brainstorm', () => {
  it('keeps the board across a reload and exports valid skeleton scenarios', async () => {
    const zipped = await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Breakdown brainstorm' }).click();
      const breakdown = page.getByLabel('A breakdown in your business');
      await breakdown.fill('The card machine goes down at the busiest hour');
      await page.getByLabel('Who meets it (optional)').fill('cashier');
      await page.getByRole('button', { name: 'Add to the board' }).click();
      await breakdown.fill('A regular asks for "the usual" and nobody knows what it is <b>');
      await breakdown.press('Enter');
      await expect(page.getByRole('status').innerText()).resolves.toBe('2 breakdowns on the board.');
      await page.reload();
      await page.getByRole('button', { name: 'Breakdown brainstorm' }).click();
      // The scene opens on a later frame (after its pictures load); count only once it is there.
      await breakdown.waitFor();
      await expect(page.locator('.brainstorm-item').count()).resolves.toBe(2);
      await expect(page.locator('.brainstorm-item').nth(1).innerText()).resolves.toContain('<b>');
      await screenshot(page, 'brainstorm');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export as scenario skeletons' }).click(),
      ]);
      return downloadedBytes(download);
    });

    const files = unzipSync(new Uint8Array(zipped));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['brainstorm-1-the-card-machine-goes-down.yaml', 'brainstorm-2-a-regular-asks-for-the.yaml']);
    const catalogue = readLibrary([]).catalogue!;
    for (const name of names) {
      const result = loadScenario(name, strFromU8(files[name]!), { catalogue, art: readArtManifest() });
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });
});
