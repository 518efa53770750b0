// A long story on the studio's map: zoomed out it is an overview (a few shapes, not an element per beat), a press
// on a box there still puts that beat in focus, zooming in draws the beats near the window one by one, and the beat a
// way leads to is typed with the beats offered rather than picked from a list of them all.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkDraft } from '../../src/play/studio/draftCheck.ts';
import { NODE_HEIGHT, NODE_WIDTH, type MapNode } from '../../src/play/studio/storyMap.ts';
import { DETAIL_MOST } from '../../src/ui/studio/mapWindow.ts';
import { LISTED_MOST } from '../../src/ui/studio/nextForm.ts';
import { generateScenarioYaml } from '../../tools/generateScenario.ts';
import { listScenarioFiles, readArtManifest, readLibrary } from '../../tools/projectFiles.ts';
import { violations } from './support/axe.ts';
import { useChromium } from './support/chromium.ts';
import { screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const BEATS = 1200;
const text = generateScenarioYaml({ beats: BEATS });
const { catalogue } = readLibrary(listScenarioFiles().slice(0, 1));
const map = checkDraft('long.yaml', text, catalogue!, readArtManifest()).story!.map;

/** The middle of a beat's box on the screen, from the map's view box. */
async function onScreen(page: Page, node: MapNode): Promise<[number, number]> {
  const canvas = page.locator('.map-canvas');
  const [x, y, width, height] = (await canvas.getAttribute('viewBox'))!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const box = (await canvas.boundingBox())!;
  return [
    box.x + ((node.x + NODE_WIDTH / 2 - x) * box.width) / width,
    box.y + ((node.y + NODE_HEIGHT / 2 - y) * box.height) / height,
  ];
}

const detailed = (page: Page) => page.locator('.map-nodes > .map-node');
const heading = (page: Page) => page.locator('.map-selected h3');

describe("a long story on the studio's map", () => {
  it('is an overview zoomed out, drawn beat by beat near the window zoomed in, and works by pointer and keys', async () => {
    expect(map.nodes).toHaveLength(BEATS);
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?studio`);
      await page.getByRole('heading', { name: 'Story studio', level: 1 }).waitFor();
      await page
        .locator('#studio-file')
        .setInputFiles({ name: 'long.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
      await page.getByRole('button', { name: 'Map', exact: true }).click();

      // Fitted, a long story is a few shapes, one per kind of beat and arrow; only the beat in focus is drawn whole.
      const start = map.nodes.find((n) => n.start)!;
      await page.locator('.map-overview > .map-node').first().waitFor({ timeout: 60_000 });
      await expect(heading(page).innerText()).resolves.toBe(start.title);
      await expect(page.locator('.map-overview').getAttribute('display')).resolves.toBeNull();
      const kinds = await page.locator('.map-overview > g').count();
      expect(kinds).toBeGreaterThan(2);
      // At most five kinds of arrow (four levels and Continue), each with or without a condition, and five of beat
      // (three endings, a breakdown, any other), each reached or not.
      expect(kinds).toBeLessThanOrEqual(20);
      await expect(detailed(page).count()).resolves.toBe(1);
      await screenshot(page, 'studio-long-overview-1280');

      // The beat a way leads to is typed, the story's beats offered as one types.
      expect(BEATS).toBeGreaterThan(LISTED_MOST);
      const leads = page.locator('.map-selected input.map-field-next').first();
      await expect(leads.getAttribute('list')).resolves.toBe('studio-beat-list');
      await leads.focus();
      await expect(page.locator('#studio-beat-list option').count()).resolves.toBe(BEATS);

      // A press on a box of the overview puts its beat in focus.
      const far = map.nodes.find((n) => n.column === 3 && !n.start)!;
      await page.mouse.click(...(await onScreen(page, far)));
      await expect(heading(page).innerText()).resolves.toBe(far.title);
      await expect(
        page.locator(`.map-nodes > .map-node[data-beat="${far.id}"]`).getAttribute('class'),
      ).resolves.toContain('selected');

      // Zoomed in from the keyboard, the overview goes and the beats near the window are drawn, with their words; the
      // beat in focus holds still on the screen, away from the middle as it is.
      const before = await onScreen(page, far);
      const middle = (await page.locator('.map-canvas').boundingBox())!;
      expect(Math.abs(before[0] - (middle.x + middle.width / 2))).toBeGreaterThan(50);
      await page.locator('.map-viewport').focus();
      for (let i = 0; i < 30 && (await page.locator('.map-overview').getAttribute('display')) === null; i++)
        await page.keyboard.press('+');
      const after = await onScreen(page, far);
      expect(Math.abs(after[0] - before[0])).toBeLessThan(2);
      expect(Math.abs(after[1] - before[1])).toBeLessThan(2);
      // By the button too, and back out.
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      const again = await onScreen(page, far);
      expect(Math.abs(again[0] - before[0])).toBeLessThan(2);
      await page.locator('.map-viewport').focus();
      await expect(page.locator('.map-overview').getAttribute('display')).resolves.toBe('none');
      const drawn = await detailed(page).count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThanOrEqual(DETAIL_MOST);
      await expect(page.locator(`.map-node[data-beat="${far.id}"] .map-title`).textContent()).resolves.toBe(far.title);

      // The arrow keys go along the story, and the map follows the beat in focus.
      const next = map.nodes.find((n) => n.id === map.edges.find((e) => e.from === far.id)!.to)!;
      await page.keyboard.press('ArrowRight');
      await expect(heading(page).innerText()).resolves.toBe(next.title);
      await expect(
        page.locator(`.map-nodes > .map-node[data-beat="${next.id}"]`).getAttribute('class'),
      ).resolves.toContain('selected');
      await screenshot(page, 'studio-long-detail-1280');
      await expect(violations(page, 'studio, a long story on the map')).resolves.toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
