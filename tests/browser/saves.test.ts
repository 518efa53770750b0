// Saved progress under attack: two tabs, a play too long for a save, a full storage, unreadable saves. Each
// case is played in a real browser; what the player sees and what storage holds are both checked.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { allPlays } from '../support/plays.ts';
import { downloadedText, useChromium } from './support/chromium.ts';
import { playStepsByMouse, pubStory, readDebrief, screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const KEY = 'service-hero.progress';
const bakeryC = [{ kind: 'continue' }, { kind: 'choose', id: 'shrug', text: 'Say there is none left.' }] as const;

const attempt = (seed: string, steps: number, minute: number) => ({
  scenarioId: 'bakery-mini',
  title: 'The last sourdough',
  seed,
  steps: Array.from({ length: steps }, () => ({ kind: 'continue' })),
  grade: 'C',
  percent: 50,
  endedAt: `2026-11-24T09:${String(minute).padStart(2, '0')}:00.000Z`,
  evidence: [],
});
const save = (attempts: unknown[]) =>
  JSON.stringify({ format: 'service-hero-progress', version: 1, current: null, attempts });

/** Fills the origin's storage with filler keys until even `leave` more characters would not fit; returns their names. */
const fillStorage = (page: Page, leave = 0) =>
  page.evaluate((leave) => {
    const keys: string[] = [];
    for (let size = 1 << 21; size >= Math.max(leave, 1); size >>= 1) {
      for (;;) {
        const key = `filler-${keys.length}`;
        try {
          localStorage.setItem(key, 'x'.repeat(size));
          keys.push(key);
        } catch {
          break;
        }
      }
    }
    return keys;
  }, leave);

const freeStorage = (page: Page, keys: string[]) =>
  page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), keys);
const stored = (page: Page, key = KEY) => page.evaluate((key) => localStorage.getItem(key), key);
const playedOnTitle = (page: Page) => page.getByRole('button', { name: /^Your progress/ }).innerText();

describe('saved progress under attack', () => {
  it('two tabs finishing two stories keep both plays', async () => {
    const pub = pubStory();
    const shortest = allPlays(pub.scenario, pub.catalogue, 'tab-two').sort(
      (a, b) => a.steps.length - b.steps.length,
    )[0]!;
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const other = await page.context().newPage();
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=tab-one`);
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await other.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=tab-two`);
      // The first tab's story is in progress in the same storage, so the link asks before starting another.
      await other
        .getByRole('dialog', { name: 'A story is in progress' })
        .getByRole('button', { name: 'Start the new one' })
        .click();
      await other.getByRole('region', { name: 'Story' }).waitFor();
      await playStepsByMouse(page, bakeryC);
      await readDebrief(page);
      await playStepsByMouse(other, shortest.steps);
      await readDebrief(other);
      for (const tab of [page, other]) {
        await tab.getByRole('button', { name: 'Choose another story' }).click();
        await tab.getByRole('button', { name: /^Your progress/ }).click();
        await tab.getByText('2 stories played.').waitFor({ timeout: 5000 });
      }
      expect(
        JSON.parse((await stored(page)) ?? '{}')
          .attempts.map((a: { seed: string }) => a.seed)
          .sort(),
      ).toEqual(['tab-one', 'tab-two']);
    });
  });

  it('a play past the old 1,000 steps and one past what a save holds spoil nothing; a kept-aside save is restored from the profile', async () => {
    const main = save([attempt('good-1', 2, 1), attempt('long', 1001, 2), attempt('endless', 10_001, 3)]);
    // What the previous version kept aside when a 1,001-step play made its whole save unreadable.
    const oldAside = save([attempt('older-1', 2, 4), attempt('older-long', 1001, 5)]);
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(
        ([key, main, oldAside]) => {
          localStorage.setItem(key!, main!);
          localStorage.setItem(`${key}.unreadable.2026-11-20T10:00:00.000Z`, oldAside!);
        },
        [KEY, main, oldAside],
      );
      await page.reload();
      await page.getByRole('alert').filter({ hasText: 'finished play 3' }).waitFor();
      await expect(playedOnTitle(page)).resolves.toBe('Your progress (2 played)');
      await screenshot(page, 'saves-title-left-out-play');
      await page.getByRole('button', { name: /^Your progress/ }).click();
      const kept = page.getByRole('list', { name: 'Saves kept aside' }).getByRole('listitem');
      // The profile opens once the stage has loaded, which this press asks for.
      await kept.first().waitFor();
      await expect(kept.count()).resolves.toBe(2);
      await screenshot(page, 'saves-profile-kept-aside');
      await kept.filter({ hasText: '2026' }).first().getByRole('button', { name: 'Restore' }).click();
      await page.getByRole('status').filter({ hasText: 'Restored 2 plays not already here' }).waitFor();
      await page.getByText('4 stories played.').waitFor({ timeout: 5000 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        kept.last().getByRole('button', { name: 'Download' }).click(),
      ]);
      await expect(downloadedText(download)).resolves.toContain('"endless"');
    });
  });

  it('storage full mid-story: told on the spot, the play kept and offered for export, saved again once there is room', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=full-1`);
      await playStepsByMouse(page, bakeryC.slice(0, 1), undefined, false);
      const filler = await fillStorage(page);
      await playStepsByMouse(page, bakeryC.slice(1));
      const notice = page.getByRole('alert').filter({ hasText: 'storage is full' });
      await notice.waitFor();
      await readDebrief(page);
      await screenshot(page, 'saves-storage-full-debrief');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#page-notices').getByRole('button', { name: 'Export progress' }).click(),
      ]);
      expect(JSON.parse(await downloadedText(download)).attempts).toHaveLength(1);
      expect(JSON.parse((await stored(page)) ?? '{}').attempts ?? []).toHaveLength(0);

      await freeStorage(page, filler);
      await page.getByRole('button', { name: 'Replay seed full-1' }).click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Saving works again' }).waitFor();
      const saved = JSON.parse((await stored(page)) ?? '{}');
      expect(saved.attempts).toHaveLength(1);
      expect(saved.current.seed).toBe('full-1');
    });
  });

  it('storage full at load still reads the save', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, save([attempt('kept', 2, 1)])]);
      await fillStorage(page);
      // Full: even the smallest write is refused, yet the save can be read.
      await expect(page.evaluate(() => localStorage.setItem('service-hero.probe', '1'))).rejects.toThrow(/quota/i);
      await page.reload();
      await expect(playedOnTitle(page)).resolves.toBe('Your progress (1 played)');
    });
  });

  it('copies an unreadable save aside once over three loads', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(
        (key) => localStorage.setItem(key, '{"format":"service-hero-progress","version":1,"current":nul'),
        KEY,
      );
      for (let load = 0; load < 3; load++) {
        await page.reload();
        await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
      }
      const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.unreadable.')));
      expect(copies).toHaveLength(1);
    });
  });

  it('a 3 MB unreadable save with little room left: kept untouched, offered for download, and new progress still saves', async () => {
    const big = `{"format":"service-hero-progress","version":1,"current":null,"attempts":[],"junk":"${'x'.repeat(3_000_000)}"}`;
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(([key, big]) => localStorage.setItem(key!, big!), [KEY, big]);
      await fillStorage(page, 64 * 1024);
      await page.reload();
      await page.getByRole('alert').filter({ hasText: 'kept as it was, untouched' }).waitFor();
      await page.getByRole('button', { name: /^Your progress/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download' }).click(),
      ]);
      expect((await downloadedText(download)).length).toBe(big.length);
      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.locator('[data-scenario="bakery-mini"]').click();
      await playStepsByMouse(page, bakeryC);
      await readDebrief(page);
      await page.reload();
      await expect(playedOnTitle(page)).resolves.toBe('Your progress (1 played)');
      expect(await stored(page)).toBe(big);
    });
  });
});
