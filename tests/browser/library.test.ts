// Every shipped scenario is played once through the UI to its debrief, on a path
// chosen from the engine, so a new story file is covered without new test code.
import { describe, expect, inject, it } from 'vitest';
import { readLibrary } from '../../tools/projectFiles.ts';
import { allPlays, replay } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const library = readLibrary();
const catalogue = library.catalogue;
const { withPage } = useChromium();

describe('every shipped scenario', () => {
  it('loads without errors', () => {
    expect(library.entries.length).toBeGreaterThan(0);
    expect(library.entries.filter((e) => e.errors.length).map((e) => e.file)).toEqual([]);
  });

  for (const entry of library.entries) {
    const scenario = entry.scenario;
    if (!scenario || !catalogue) continue;
    it(`${scenario.id}: plays to the debrief and shows the engine's grade`, async () => {
      // The best-graded of the first plays the engine finds: it passes through the story's breakdowns.
      const plays = allPlays(scenario, catalogue, 'library-1', 400);
      const play = [...plays].sort((a, b) => a.report.grade.localeCompare(b.report.grade))[0];
      if (!play) throw new Error(`no play found for ${scenario.id}`);
      await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
        const errors = watchErrors(page);
        await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${play.seed}`);
        await playStepsByMouse(page, play.steps);
        const shown = await readDebrief(page);
        await screenshot(page, `library-${scenario.id}-debrief`);
        const engine = replay(scenario, catalogue, play.seed, play.steps).report();
        expect(shown.grade).toBe(engine.grade);
        expect(shown.levels).toEqual(engine.decisions.map((d) => d.level));
        await expect(page.getByRole('button', { name: `Replay seed ${play.seed}` }).isVisible()).resolves.toBe(true);
        expect(errors).toEqual([]);
      });
    });
  }
});

describe('the library on the title screen', () => {
  it('narrows the list by search text and by filters', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(baseUrl);
      const cards = page.locator('.story-list .story-card:not(.broken)');
      await cards.first().waitFor();
      const all = await cards.count();
      expect(all).toBe(library.entries.length + 1); // the e2e build adds the bakery fixture
      await page.getByLabel('Search stories').fill('sourdough');
      await expect.poll(() => cards.count()).toBe(1);
      await expect(page.getByRole('status').innerText()).resolves.toBe(`Showing 1 of ${all} stories`);
      await page.getByLabel('Search stories').fill('');
      // Folded away below a projector's height, so the stories come first.
      await expect(page.getByLabel('Role').isVisible()).resolves.toBe(false);
      await page.getByText('Filters', { exact: true }).click();
      await page.getByLabel('Role').selectOption('server');
      await expect(page.getByText('Filters (1 in use)', { exact: true }).isVisible()).resolves.toBe(true);
      await expect
        .poll(() => cards.allInnerTexts())
        .toEqual(expect.arrayContaining([expect.stringContaining('Hold the Dressing')]));
      for (const text of await cards.allInnerTexts()) expect(text).toContain('You play: server');
      expect(await cards.count()).toBeLessThan(all);
      await screenshot(page, 'title-filtered');
    });
  });
});
