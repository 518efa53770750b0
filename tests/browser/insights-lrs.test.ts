// Insights read straight from an LRS: a cohort's real plays, reported through the game's own xAPI reporter and
// stored in the test LRS, read back page by page through `more` links, with the figures those plays made; and
// each way a reading goes wrong (refused credentials, an LRS that stops mid-way, no LRS at the address, a Stop
// pressed) said in plain words, with what was read before kept and counted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { watchErrors } from './support/game.ts';
import { cohort } from '../../tools/insightsCohort.ts';
import { startTestLrs, storeStatements, type TestLrs } from '../../tools/testLrs/testLrs.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
let lrs: TestLrs;
const { learners, truth } = cohort(6, 3);
let statements: object[] = [];

beforeAll(async () => {
  lrs = await startTestLrs();
  // The reporter's queue sends as soon as it may: a moment later every statement is out.
  await new Promise((r) => setTimeout(r, 0));
  statements = learners.flatMap((l) => l.statements);
  await storeStatements(lrs, statements);
});
afterAll(() => lrs.close());

async function readFrom(page: Page, endpoint: string, password = 'test-password'): Promise<void> {
  await page.getByLabel('LRS address (its xAPI endpoint)').fill(endpoint);
  await page.getByLabel('Key (user name)').fill('service-hero');
  await page.getByLabel('Secret (password)').fill(password);
  await page.getByRole('button', { name: 'Read statements' }).click();
}

const lrsStatus = (page: Page) => page.locator('.lrs-status');
/** The status line as read, without the marks that keep an address whole in a right-to-left sentence. */
const until = async (page: Page, pattern: RegExp) =>
  expect
    .poll(async () => (await lrsStatus(page).innerText()).replace(/[\u2068\u2069]/g, ''), { timeout: 20_000 })
    .toMatch(pattern);

describe('Insights from an LRS', () => {
  it('reads every page of statements and shows the plays they make; says what went wrong, keeping what was read', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?insights`);
      await page.locator('.insights-lrs summary').click();

      // Refused credentials: nothing read, and the screen says why.
      await readFrom(page, lrs.endpoint, 'wrong');
      await until(page, /^The LRS refused the key and secret \(HTTP 401\)\. .* Nothing was read\.$/);

      // Every page, through the `more` links.
      lrs.pageStatements(40);
      await readFrom(page, lrs.endpoint);
      await until(page, new RegExp(`^Read ${statements.length} statements from 127\\.0\\.0\\.1:\\d+\\.$`));
      // Stored at one moment, the pages are read one after another (spans of stored times need times apart).
      const pages = lrs.received().filter((r) => r.method === 'GET' && r.path.endsWith('/statements'));
      // Each reading asks for its first page and, beside it, the newest statement: twice for the 401.
      expect(pages.length).toBe(Math.ceil(statements.length / 40) + 1 + 2);
      await expect(page.getByRole('status').filter({ hasText: 'plays by' }).innerText()).resolves.toMatch(
        /^18 plays by 6 learners, from 1 source\./,
      );
      await page.getByRole('tab', { name: 'People' }).click();
      expect(await page.locator('.standing-passed').count()).toBe([...truth.passed.values()].filter(Boolean).length);

      // An LRS that stops after two pages (and the newest statement): the two pages read stay.
      await page.getByRole('button', { name: 'Start again' }).click();
      lrs.pageStatements(40, { failAfter: 3 });
      await readFrom(page, lrs.endpoint);
      await until(
        page,
        /^The LRS failed part-way \(HTTP 500\)\. Try again later\. The 80 statements read before are counted\.$/,
      );
      await expect(page.locator('.insights-files').innerText()).resolves.toMatch(/: 80 xAPI statements$/);

      // Stop: the page under way is kept, no more are asked for.
      await page.getByRole('button', { name: 'Start again' }).click();
      lrs.pageStatements(40);
      lrs.setFault('hang');
      await readFrom(page, lrs.endpoint);
      await until(page, /^Asking 127\.0\.0\.1:\d+ for statements…$/);
      await page.getByRole('button', { name: 'Stop reading' }).click();
      lrs.setFault('none');
      await until(page, /^Stopped after 40 statements; what was read is counted\.$/);

      // No LRS at the address.
      await readFrom(page, 'http://127.0.0.1:9/xapi/');
      await until(page, /^Could not reach http:\/\/127\.0\.0\.1:9\/xapi\/\. .*\(CORS\)\. Nothing was read\.$/);
      expect(
        errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|status of 40[13]|status of 500/.test(e)),
      ).toEqual([]);
    });
  });
  it("keeps a reader's place while the figures grow: the control in focus, and the rows a long table shows", async () => {
    const { learners: many } = cohort(200, 1);
    // The reporter's queue sends as soon as it may: a moment later every statement is out.
    await new Promise((r) => setTimeout(r, 0));
    const more = many.flatMap((l) => l.statements);
    // All stored at one moment, on an LRS of their own, so the pages come one after another and the fifth can wait.
    const held = await startTestLrs();
    await storeStatements(held, [...statements, ...more], Infinity);
    const total = statements.length + more.length;
    try {
      await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
        const errors = watchErrors(page);
        await page.goto(`${baseUrl}?insights`);
        await page.locator('.insights-lrs summary').click();
        // Four pages are answered (and the newest statement), the fifth waits: the four's figures are on the screen.
        held.pageStatements(500, { holdAfter: 5 });
        await page.evaluate(() => {
          const said: number[] = [];
          (window as unknown as { said: number[] }).said = said;
          new MutationObserver(() => {
            if (/statements read, in \d+ pages/.test(document.querySelector('.lrs-status')!.textContent ?? ''))
              said.push(performance.now());
          }).observe(document.querySelector('.lrs-status')!, { childList: true, characterData: true, subtree: true });
        });
        await readFrom(page, held.endpoint);
        await until(page, /^2,000 statements read, in 4 pages…$/);
        // The pages came faster than once a second: the running count is said at most once a second, the latest.
        const said = await page.evaluate(() => (window as unknown as { said: number[] }).said);
        expect(said.length).toBeGreaterThan(0);
        expect(said.slice(1).every((at, i) => at - said[i]! >= 900)).toBe(true);
        // Read cannot be pressed while it reads, and looks it.
        const read = page.getByRole('button', { name: 'Read statements' });
        await expect(read.isDisabled()).resolves.toBe(true);
        await expect(read.evaluate((b) => Number(getComputedStyle(b).opacity))).resolves.toBeLessThan(1);
        await page.getByRole('tab', { name: 'Principles' }).click();
        const rows = page.locator('.table-long tbody tr');
        // The four pages' figures come within the worker's pause between tallies (TALLY_EVERY_MS), though no page follows.
        await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(100);
        await page.getByRole('button', { name: /^Show more/ }).click();
        const firstPage = await rows.count();
        expect(firstPage).toBeGreaterThan(100);
        await page.locator('#insights-order').focus();

        held.setFault('none');
        await until(page, new RegExp(`^Read ${total.toLocaleString('en')} statements from 127\\.0\\.0\\.1:\\d+\\.$`));
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'plays by' }).innerText())
          .toMatch(/^218 plays by 200 learners/);
        // Drawn again with every learner: the rows shown before are shown again (100 at a time), the focus where it was.
        await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(200);
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('insights-order');
        expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      });
    } finally {
      await held.close();
    }
  });
});
