// Self-paced practice in a real browser: progress survives a reload, a corrupt
// save is kept aside, no storage still plays, rewind, and moving progress between devices.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { downloadedText, useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot, showAllText } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const KEY = 'service-hero.progress';

async function waitForStory(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Story' }).waitFor();
  await page.locator('.lines .line').first().waitFor();
  await showAllText(page);
}

async function firstChoice(page: Page): Promise<void> {
  await waitForStory(page);
  const shown = await page.locator('.lines').innerText();
  await page.locator('.choices:not([hidden]) .choice').first().click();
  // The beat chosen into, not the one still on show while a busy page starts the change.
  await expect.poll(() => page.locator('.lines').innerText(), { timeout: 30_000 }).not.toBe(shown);
  await showAllText(page);
  await page.locator('.choices:not([hidden])').waitFor();
}

const storyState = (page: Page) =>
  page.evaluate(() => ({
    lines: document.querySelector('.lines')?.textContent ?? '',
    mood: document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'),
  }));

describe('self-paced practice', () => {
  it('resumes the story at the same beat with the same state after a reload', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=resume-1`);
      await firstChoice(page);
      const before = await storyState(page);
      await page.reload();
      await waitForStory(page);
      expect(await storyState(page)).toEqual(before);
      const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
      expect(saved.current.steps).toHaveLength(1);
    });
  });

  it('keeps a corrupted save aside, tells the player, and starts clean', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.addInitScript((key) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, '{"format":"service-hero-progress","version":1,"current":nul');
          sessionStorage.setItem('seeded', '1');
        }
      }, KEY);
      await page.goto(baseUrl);
      const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
      await notice.waitFor();
      await screenshot(page, 'title-corrupt-save-notice');
      const keys = await page.evaluate(() => Object.keys(localStorage));
      const aside = keys.find((k) => k.startsWith('service-hero.progress.unreadable.'));
      expect(aside).toBeDefined();
      expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toContain('"current":nul');
      await page.getByRole('button', { name: /Hold the Dressing/ }).click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
    });
  });

  it('plays without storage and says progress will not be kept', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      });
      await page.goto(baseUrl);
      await page.getByRole('alert').filter({ hasText: 'progress will not be kept' }).waitFor();
      await page.getByRole('button', { name: /Hold the Dressing/ }).click();
      await firstChoice(page);
    });
  });

  it('goes back to an earlier moment and plays on from there', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=rewind-1`);
      await waitForStory(page);
      const opening = await storyState(page);
      await firstChoice(page);
      expect((await storyState(page)).lines).not.toBe(opening.lines);
      await page.getByRole('button', { name: 'Go back' }).click();
      await page.getByRole('group', { name: 'Go back to an earlier moment' }).getByRole('button').first().click();
      await waitForStory(page);
      expect(await storyState(page)).toEqual(opening);
      await page.locator('.choices:not([hidden]) .choice').first().waitFor();
    });
  });

  it('shows finished attempts on the profile, exports them, and imports them on another device', async () => {
    const exported = await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=profile-1`);
      await playStepsByMouse(page, [
        { kind: 'continue' },
        { kind: 'choose', id: 'shrug', text: 'Say there is none left.' },
      ]);
      expect((await readDebrief(page)).grade).toBe('C');
      await page.getByRole('button', { name: 'Choose another story' }).click();
      await page.getByRole('button', { name: 'Your progress (1 played)' }).click();
      await page.getByRole('heading', { name: 'Your progress' }).waitFor();
      await expect(page.locator('.attempts-table tbody tr').count()).resolves.toBe(1);
      await expect(
        page.getByRole('row', { name: /See it from their side|Finish it their way/ }).count(),
      ).resolves.toBeGreaterThan(0);
      await screenshot(page, 'profile');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export progress' }).click(),
      ]);
      // The export is confirmed on screen, naming the file the browser is saving.
      await expect(page.locator('.import-status .confirmation').innerText()).resolves.toBe(
        `Your browser is saving ${download.suggestedFilename()}, with your 1 play: look in its downloads. Open it here with “Import progress” on another device.`,
      );
      return downloadedText(download);
    });
    expect(JSON.parse(exported).attempts).toHaveLength(1);

    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Your progress' }).click();
      await page.locator('#import-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"service-hero-progress","version":1,"current":null,"attempts":[{"grade":"Z"}]}'),
      });
      await expect(page.getByRole('alert').innerText()).resolves.toContain('broken.json could not be imported');
      // A JSON file is spoken of in JSON's words: properties and objects, not YAML's fields and "- " lines.
      await page.locator('#import-file').setInputFiles({
        name: 'list.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"service-hero-progress","version":1,"current":null,"attempts":{}}'),
      });
      // The alert is replaced when the second file has been read: wait for it rather than reading the first file's words.
      await expect
        .poll(() => page.getByRole('alert').innerText())
        .toContain('list.json:1:73: attempts: should be a list ([…]), but it is an object');
      await expect(page.getByRole('alert').innerText()).resolves.not.toMatch(/YAML|field|- "|name: value/);
      await page
        .locator('#import-file')
        .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      // The screen is rebuilt with the new play, and still says what was added (it used to vanish with the rebuild).
      await page.locator('.attempts-table tbody tr').first().waitFor({ timeout: 10_000 });
      await expect(page.locator('.import-status .confirmation').innerText()).resolves.toBe(
        'Imported progress.json: added 1 play (The last sourdough).',
      );
      await expect(page.locator('.attempts-table tbody tr').count()).resolves.toBe(1);
      await expect
        .poll(() => page.locator('#announcer').innerText())
        .toBe('Imported progress.json: added 1 play (The last sourdough).');
    });
  });
});
