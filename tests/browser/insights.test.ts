// The Insights screen as a trainer uses it: a cohort's real plays (played through the engine, reported through the
// game's own xAPI reporter) loaded as files, and every view showing what the plays decided, by mouse and by keyboard,
// with names hidden for a projector, a CSV of each view, a broken file's problems named, and axe on every view.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { violations } from './support/axe.ts';
import { downloadedBytes, downloadedText, useChromium } from './support/chromium.ts';
import { screenshot, watchErrors } from './support/game.ts';
import { bestPathsOf } from '../../src/play/insights/bestPaths.ts';
import { cohort, nameOf, shelf, stories } from '../../tools/insightsCohort.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const json = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data)),
});

async function addFiles(page: Page, files: ReturnType<typeof json>[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Add files…' }).click(),
  ]);
  await chooser.setFiles(files);
}

/** A table's body as text, row by row, cell by cell. */
const rowsOf = (page: Page, caption: string) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .first()
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())));

/** Until every chart a view drew later (charts.ts, chartsLater) is in its place. */
const chartsDrawn = (page: Page) => expect.poll(() => page.locator('.insights-chart-slot').count()).toBe(0);

describe('Insights', () => {
  it('shows what a cohort chose, upheld and passed, from its files, exactly', async () => {
    const { learners, truth } = cohort(8, 4);
    await new Promise((r) => setTimeout(r, 0));
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?insights`);
      await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
      expect(await violations(page, 'insights (empty)')).toEqual([]);

      const statements = learners.flatMap((l) => l.statements);
      const broken = {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('[\n  {"actor": {}, "verb": {"id": 7}}\n]'),
      };
      // Two pages of the LRS's answer that overlap: each statement counts once.
      await addFiles(page, [
        json('page-1.json', statements.slice(0, 200)),
        json('page-2.json', { statements: statements.slice(150) }),
        broken,
      ]);
      const status = page.getByRole('status').filter({ hasText: 'plays by' });
      await expect
        .poll(() => status.innerText())
        .toMatch(/^32 plays by 8 learners, from 3 sources\. 2 problems in these files\./);
      await page.locator('.insights-problems summary').click();
      await expect(page.locator('.insights-problems li').allInnerTexts()).resolves.toEqual([
        'broken.json:2:3: #1: missing required property "object"',
        'broken.json:2:32: #1 › verb › id: should be text, but it is the number 7',
      ]);

      // Choices: each choice's players at a beat, as the plays made them.
      const storyId = [...truth.choices.keys()][0]!.split('|')[0]!;
      const scenario = shelf.scenario(storyId)!;
      await page.getByLabel('Story', { exact: true }).selectOption(storyId);
      const [beat, b] = Object.entries(scenario.beats).find(([id]) =>
        [...truth.choices.keys()].some((k) => k.startsWith(`${storyId}|${id}|`)),
      )!;
      const caption = (await page.locator('.insights-beat caption').allInnerTexts()).find((c) => c === (b.title ?? c))!;
      const shown = await rowsOf(page, caption);
      const expected = (b.choices ?? []).map((c) => [
        c.text,
        String(truth.choices.get(`${storyId}|${beat}|${c.id}`) ?? 0),
      ]);
      expect(shown.slice(0, expected.length).map((row) => [row[0], row[2]])).toEqual(expected);
      // Beside the most common way, the story's best path in each set of circumstances, step by step.
      const best = bestPathsOf(scenario);
      if (best.kind !== 'found') throw new Error('a shipped story has few enough plays to walk');
      const bestLists = await page
        .locator('.insights-path.best ol')
        .evaluateAll((lists) => lists.map((ol) => [...ol.children].map((li) => (li as HTMLElement).innerText)));
      expect(bestLists.map((items) => items.length)).toEqual(best.paths.map((p) => p.steps.length));
      best.paths.forEach((path, i) =>
        path.steps.forEach((step, j) => {
          const text = scenario.beats[step.beat]!.choices?.find((c) => c.id === step.choice)?.text;
          expect(bestLists[i]![j]).toContain(text ?? 'Patience ran out');
        }),
      );
      await expect(page.locator('.insights-path').first().locator('h3').innerText()).resolves.toBe(
        'The most common way through',
      );
      // And where the most common way first leaves it: held to every best path that came the same way.
      await expect(page.locator('.insights-parting').innerText()).resolves.toMatch(/best path/);
      // The story's map: an arrow per way on, as wide as the plays that went that way, exactly as they went.
      expect(await page.getByRole('img', { name: `Map of ${scenario.title}, with how many of the` }).isVisible()).toBe(
        true,
      );
      const drawn = await page
        .locator('.insights-flow path[data-count]')
        .evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('data-count'))).filter((n) => n > 0));
      const moves = [...truth.flows].filter(([key]) => key.startsWith(`${storyId}|`)).map(([, n]) => n);
      expect(drawn.toSorted((a, b) => a - b)).toEqual(moves.toSorted((a, b) => a - b));
      // At the largest text the map is drawn half as large again, so its words grow with the page's.
      const map = page.locator('.insights-flow').first();
      const shownWidth = async () => (await map.boundingBox())!.width;
      const own = Number(await map.getAttribute('width'));
      expect(await shownWidth()).toBeCloseTo(own, 0);
      const chosen = await page.evaluate(() => document.documentElement.dataset['textSize'] ?? 'standard');
      await page.evaluate(() => (document.documentElement.dataset['textSize'] = 'largest'));
      expect(await shownWidth()).toBeCloseTo(own * 1.5, 0);
      await page.evaluate((size) => (document.documentElement.dataset['textSize'] = size), chosen);
      expect(await violations(page, 'insights choices')).toEqual([]);
      await screenshot(page, 'insights-choices');

      // Principles, reached by keyboard: the arrow key moves along the tabs.
      await page.getByRole('tab', { name: 'Choices' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('tab', { name: 'Principles' }).getAttribute('aria-selected')).resolves.toBe('true');
      // A view reached by its tab draws its charts each in a task after its own (charts.ts, chartsLater).
      await chartsDrawn(page);
      const grid = await rowsOf(page, 'Each learner, principle by principle');
      const heads = await page.locator('.heat-map thead th').allInnerTexts();
      const ada = grid.find((row) => row[0] === nameOf(1))!;
      const principleNames = new Map(shelf.catalogue.principles.map((p) => [p.name, p.id]));
      for (const [i, cell] of ada.entries()) {
        if (i === 0) continue;
        const tally = truth.principles.get(`${nameOf(1)}|${principleNames.get(heads[i]!)}`);
        expect(cell, heads[i]).toBe(tally ? `${tally.upheld} of ${tally.atStake}` : 'not at stake\n–');
      }
      // The stories that put a principle at stake, each a title of its own: joined with commas, titles with commas of
      // their own ran into one another.
      const titles = await page.locator('.insights-table .story-titles').first().getByRole('listitem').allInnerTexts();
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(stories.byTitle(title.trim()), title).not.toBeNull();
      // Apart on the screen too: a gap between two titles on one line (the space before the dot was once dropped).
      const gaps = await page.locator('.insights-table .story-titles li + li').evaluateAll((items) =>
        items.flatMap((li) => {
          const [before, after] = [li.previousElementSibling!.getBoundingClientRect(), li.getBoundingClientRect()];
          // Shown, and on one line (the print layout's copy is not shown on a screen).
          return after.width > 0 && Math.abs(before.top - after.top) < 2 ? [after.left - before.right] : [];
        }),
      );
      expect(gaps.length).toBeGreaterThan(0);
      expect(Math.min(...gaps)).toBeGreaterThan(2);
      // The same as a picture: a cell for each learner and principle at stake, named for a screen reader.
      await expect(
        page
          .getByRole('img', { name: /^Chart of each learner's share upheld of each principle, for 8 learners/ })
          .count(),
      ).resolves.toBe(1);
      const heat = page.locator('.insights-heat-chart svg.insights-plot');
      await expect(heat.locator('g.heat-cells rect').count()).resolves.toBe(truth.principles.size);
      await expect(heat.textContent()).resolves.toContain(nameOf(1));
      expect(await violations(page, 'insights principles')).toEqual([]);
      // A table too wide for a phone scrolls in a box the keyboard can reach, and leaves the tab order when it fits.
      const reachable = () => page.locator('.table-scroll[role="region"][tabindex="0"]').count();
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(reachable).toBeGreaterThan(0);
      const onPhone = await reachable();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await expect.poll(reachable).toBeLessThan(onPhone);
      await page.setViewportSize({ width: 1280, height: 720 });

      // For a projector: every name becomes "Learner n".
      await page.getByLabel('Anonymise names (for a projector)').check();
      const anonymous = (await rowsOf(page, 'Each learner, principle by principle')).map((row) => row[0]);
      expect(anonymous.toSorted()).toEqual(Array.from({ length: 8 }, (_, i) => `Learner ${i + 1}`).toSorted());
      expect(await page.locator('.insights-screen').innerText()).not.toContain(nameOf(1));
      await expect(page.locator('.insights-heat-chart svg.insights-plot').textContent()).resolves.not.toContain(
        nameOf(1),
      );

      // Grades and people, each with its CSV.
      // Pressed, the tab answers at once: its charts come each in a task after the view's (charts.ts, chartsLater).
      const placesAtPress = await page.evaluate(() => {
        document.querySelector<HTMLElement>('#insights-tab-grades')!.click();
        return document.querySelectorAll('.insights-chart-slot').length;
      });
      expect(placesAtPress).toBe(new Set([...truth.grades.keys()].map((k) => k.split('|')[0])).size);
      await chartsDrawn(page);
      expect(await violations(page, 'insights grades')).toEqual([]);
      const [grades] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as CSV' }).click(),
      ]);
      const csv = (await downloadedText(grades)).trim().split('\r\n');
      expect(csv[0]).toBe('"Story ID","Story","Grade","All plays","First attempts","Best attempts","Median seconds"');
      for (const [key, count] of truth.grades) {
        const [story, grade] = key.split('|');
        expect(
          csv.find((line) => line.startsWith(`"${story}",`) && line.includes(`,"${grade}","${count}",`)),
          key,
        ).toBeDefined();
      }
      // Each story's grades as a chart too, named for a screen reader, downloadable as SVG and as PNG.
      const charts = page.getByRole('img', { name: /^Chart of the grades of / });
      expect(await charts.count()).toBe(new Set([...truth.grades.keys()].map((k) => k.split('|')[0])).size);
      const [svgFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download chart (SVG)' }).first().click(),
      ]);
      const svg = await downloadedText(svgFile);
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('<style>');
      const [pngFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download chart (PNG)' }).first().click(),
      ]);
      expect([...(await downloadedBytes(pngFile)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      // The report is made in a task after the views' (insightsScreen.ts), or at once when the browser's Print
      // comes first (it says beforeprint).
      const madeToPrint = await page.evaluate(() => {
        const anonymise = document.querySelector<HTMLInputElement>('#insights-anonymise')!;
        const before = document.querySelector('.insights-report');
        anonymise.click();
        const kept = document.querySelector('.insights-report') === before;
        window.dispatchEvent(new Event('beforeprint'));
        const made = document.querySelector('.insights-report') !== before;
        anonymise.click();
        return { kept, made };
      });
      expect(madeToPrint).toEqual({ kept: true, made: true });
      // Printed, it is the team report, on one page: each story's plays as the plays were, and no name in it.
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.getByRole('button', { name: 'Print a team report' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      // Printed two days after the views were drawn, it carries the day it is printed on (the browser's own Print
      // says beforeprint, as this does).
      const dated = page.locator('.insights-report-date');
      const drawnOn = await dated.textContent();
      const twoDaysOn = await page.evaluate(() => {
        const later = new Date(Date.now() + 2 * 86_400_000);
        const Real = Date;
        window.Date = class extends Real {
          constructor(...given: []) {
            super(...(given.length ? given : ([later.getTime()] as unknown as [])));
          }
          static override now() {
            return later.getTime();
          }
        } as DateConstructor;
        window.dispatchEvent(new Event('beforeprint'));
        window.Date = Real;
        return new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(later);
      });
      expect(await dated.textContent()).toBe(`Printed ${twoDaysOn}.`);
      expect(await dated.textContent()).not.toBe(drawnOn);
      await page.emulateMedia({ media: 'print' });
      const report = page.locator('.insights-report');
      expect(await report.isVisible()).toBe(true);
      expect(await page.getByRole('tablist').isVisible()).toBe(false);
      const playsShown = await rowsOf(page, 'Each story');
      const finishedBy = new Map<string, number>();
      for (const [key, count] of truth.grades) {
        const story = shelf.scenario(key.split('|')[0]!)!.title;
        finishedBy.set(story, (finishedBy.get(story) ?? 0) + count);
      }
      expect(new Map(playsShown.map((row) => [row[0]!, Number(row[2])]))).toEqual(finishedBy);
      // Each story's middle time as the Grades view says it (seconds under a minute and a half, then minutes).
      const gradesText = await page.locator('#insights-grades').textContent();
      const times = playsShown.map((row) => row[4]!).filter((time) => time !== '–');
      expect(times.length).toBeGreaterThan(0);
      for (const time of times) expect(gradesText).toContain(time);
      expect(await report.innerText()).not.toContain(nameOf(1).split(' ')[0]);
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('tab', { name: 'People' }).click();
      expect(await violations(page, 'insights people')).toEqual([]);
      const passedShown = await page.locator('.standing-passed').count();
      expect(passedShown).toBe([...truth.passed.values()].filter(Boolean).length);
      await screenshot(page, 'insights-people');
      expect(errors).toEqual([]);
    });
  });

  it('is reached from the title, and back', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'See what groups chose' }).tap();
      await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Back to the title' }).tap();
      await page.getByRole('button', { name: 'See what groups chose' }).waitFor();
    });
  });
  it("draws a cohort's long tables a hundred learners at a time, read and counted in the Insights worker", async () => {
    const { learners } = cohort(130, 1);
    await new Promise((r) => setTimeout(r, 0));
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?insights`);
      await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
      await addFiles(page, [
        json(
          'cohort.json',
          learners.flatMap((l) => l.statements),
        ),
      ]);
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'plays by' }).innerText())
        .toMatch(/^130 plays by 130 learners, from 1 source\./);
      // The statements were read and counted off the page's thread, in the worker made for it.
      expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/insightsWorker/));

      await page.getByRole('tab', { name: 'Principles' }).click();
      const learnerRows = () => rowsOf(page, 'Each learner');
      await expect.poll(async () => (await learnerRows()).length).toBe(100);
      const more = page.getByRole('button', { name: 'Show more (100 of 130 shown)' });
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await learnerRows()).length).toBe(130);
      // The last rows in, the button is gone and the keyboard is on the first row it added.
      await expect(page.getByRole('button', { name: /^Show more/ }).count()).resolves.toBe(0);
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(focused).toBe((await learnerRows())[100]![0]);
      expect(errors).toEqual([]);
    });
  });
});
