// The debrief of a real play names every moment by its title, never its beat id (issue 18, bug 10): the
// decision headings, the mood chart's points and table, and the path card; the chart labels its axes and the
// score says what it is made of. One play of the pub story, then screenshots at three sizes and two text
// sizes, the text size changed in the game's own Settings.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { allPlays } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, pubStory, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const SEED = 'titles-1';
const { scenario, catalogue } = pubStory();
// A play through both kinds of moment: a breakdown and a beat that is not one.
const play = allPlays(scenario, catalogue, SEED, 500)
  .filter((p) => p.report.decisions.some((d) => d.breakdown) && p.report.decisions.some((d) => !d.breakdown))
  .sort((a, b) => a.steps.length - b.steps.length)[0]!;
/** Each beat id as it used to leak: "serve-caesar" and "serve caesar" ("Serve caesar" on screen). */
const idForms = Object.keys(scenario.beats).flatMap((id) => (id.includes('-') ? [id, id.replace(/-/g, ' ')] : []));

const SIZES = {
  desktop: { width: 1280, height: 720 },
  projector: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
};

/** A few shots, not every size by every part: screenshots are the slow part of this test. */
async function shots(page: Page, text: string): Promise<void> {
  const parts = [
    ['desktop', '.score-explained'],
    ['projector', '#debrief-title'],
    ['phone', '.chart-card'],
  ] as const;
  for (const [size, part] of parts) {
    await page.setViewportSize(SIZES[size]);
    await page.locator(part).scrollIntoViewIfNeeded();
    await screenshot(page, `debrief-titles-${size}-${text}`);
  }
}

describe('the debrief names moments by their titles', () => {
  it('in headings, chart labels, the table and the path card; the axes and the score explained', async () => {
    await withPage({ viewport: SIZES.desktop }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        if (!localStorage.getItem('service-hero.settings'))
          localStorage.setItem(
            'service-hero.settings',
            JSON.stringify({
              version: 1,
              textSize: 'standard',
              revealSpeed: 'instant',
              motion: 'reduced',
              contrast: 'standard',
              sound: false,
            }),
          );
      });
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}`);
      await playStepsByMouse(page, play.steps);
      await page.getByRole('img', { name: /^Grade [A-F]$/ }).waitFor();

      const headings = await page
        .locator('.decision h3')
        .evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent ?? ''));
      expect(headings).toEqual(play.report.decisions.map((d, i) => `${i + 1}. ${d.title}`));
      const chartLabels = await page.locator('.mood-chart circle title').allTextContents();
      expect(chartLabels).toEqual(play.report.moodTrail.map((m, i) => `${i + 1}. ${m.title}: ${m.mood}`));
      const tableMoments = await page.locator('.mood-table tbody th').allTextContents();
      expect(tableMoments.map((t) => t.replace(/ \(breakdown\)$/, ''))).toEqual(
        play.report.moodTrail.map((m) => m.title),
      );
      expect(tableMoments.at(-1)).toBe(play.report.ending.title);

      const axes = await page.locator('.chart-card .axis-title').allInnerTexts();
      expect(axes).toEqual([
        '↑ Mood, from 0 (the angriest) to 100 (the happiest)',
        '→ Moments of the story, in order, numbered as in the table below',
      ]);
      await expect(page.getByRole('img', { name: /^Line chart of Ruth's mood out of 100/ }).count()).resolves.toBe(1);

      const score = page.locator('.score-explained');
      await score.getByText('What the score and the grades mean').click();
      await expect(score.innerText()).resolves.toContain(`of the most the same decisions could have earned`);
      await expect(score.innerText()).resolves.toContain('D\n');

      // The best path fills in from a worker; its moments are titles too.
      await expect
        .poll(() => page.locator('.path-card').getAttribute('data-best'), { timeout: 30_000 })
        .not.toBe('pending');
      const pathMoments = await page.locator('.path-column li .track-status').allTextContents();
      expect(pathMoments.slice(0, play.report.decisions.length)).toEqual(
        play.report.decisions.map((d) => ` (${d.title})`),
      );
      // Choices and feedback are prose that may use the same words ("over to the shop"); the names of moments may not.
      const names = [...headings, ...chartLabels, ...tableMoments, ...pathMoments].join('\n').toLowerCase();
      expect(idForms.filter((form) => names.includes(form))).toEqual([]);

      await shots(page, 'standard');
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('radio', { name: 'Largest' }).check();
      await page.getByRole('button', { name: 'Done' }).click();
      await shots(page, 'largest');
      expect(errors).toEqual([]);
    });
  }, 120_000);
});
