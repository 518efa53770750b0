// Bring your own scenario: a file opened from disk plays at once; a broken one
// shows its errors; nothing in it runs as HTML or script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { skeletonScenario } from '../../src/play/skeleton.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { useChromium } from './support/chromium.ts';
import { screenshot, showAllText } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const bakery = readFileSync(join(projectRoot, 'tests/fixtures/bakery-mini.yaml'), 'utf8');

describe('opening a scenario file', () => {
  it('plays a file chosen with the file picker, showing markup in it as plain text', async () => {
    const mine = bakery
      .replace('id: bakery-mini', 'id: my-own-story')
      .replace('title: The last sourdough', 'title: My own story')
      .replace(
        '- { ada: "One sourdough, please. The usual.", audio: audio/ada-morning.wav }',
        '- ada: "<img src=x onerror=\\"window.hacked=1\\"> One sourdough, please."',
      );
    expect(mine).toContain('window.hacked=1');
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page
        .locator('#scenario-file')
        .setInputFiles({ name: 'my-own-story.yaml', mimeType: 'text/yaml', buffer: Buffer.from(mine) });
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await showAllText(page);
      await expect(page.locator('.lines').innerText()).resolves.toContain(
        '<img src=x onerror="window.hacked=1"> One sourdough, please.',
      );
      await expect(page.locator('.lines img').count()).resolves.toBe(0);
      await expect(page.evaluate(() => 'hacked' in window)).resolves.toBe(false);
      await expect(page.locator('.hud').innerText()).resolves.toContain('My own story');
    });
  });

  it('opens a format 1 file on its notes for the author, then plays it under the current grading model', async () => {
    const formatOne = readFileSync(join(projectRoot, 'tests/fixtures/format1-bakery.yaml'), 'utf8');
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page
        .locator('#scenario-file')
        .setInputFiles({ name: 'old-story.yaml', mimeType: 'text/yaml', buffer: Buffer.from(formatOne) });
      const heading = page.getByRole('heading', { name: 'old-story.yaml plays, with 3 notes for its author' });
      await heading.waitFor();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('errors-title');
      await expect(page.locator('.error-list').innerText()).resolves.toMatch(
        /old-story\.yaml:3:9: format: format 1 is read under the format 2 grading model/,
      );
      await screenshot(page, 'open-format-1');
      await page.getByRole('button', { name: 'Play it' }).click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect(page.locator('.hud').innerText()).resolves.toContain('The last sourdough');
    });
  });

  it('shows every problem of a broken file dropped on the title screen, a picture as not text, and a draft before it plays (issue 18)', async () => {
    const broken = bakery.replace('level: heroic', 'level: heroik').replace('customer: ada', 'customer: bob');
    const png = readFileSync(join(projectRoot, 'assets/icons/icon-192.png'));
    const draft = skeletonScenario({ breakdown: 'The card machine goes down', role: 'cashier' }, 0);
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.yaml', { type: 'text/yaml' }));
        const target = document.querySelector('.title-screen');
        target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        target?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, broken);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      // The wrong level no longer hides the wrong customer: both at once.
      await expect(alert.getByRole('heading', { name: 'dropped.yaml has 2 problems' }).count()).resolves.toBe(1);
      const items = await alert.getByRole('listitem').allInnerTexts();
      expect(items).toEqual([
        expect.stringMatching(/^dropped\.yaml:19:11: customer: "bob" is not in the cast/),
        expect.stringMatching(/^dropped\.yaml:\d+:\d+: .*level: "heroik" is not one of/),
      ]);
      await screenshot(page, 'dropped-file-errors');

      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.locator('#scenario-file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
      await page.getByRole('heading', { name: 'photo.png is not a story file' }).waitFor();
      await expect(page.getByRole('alert').getByRole('listitem').allInnerTexts()).resolves.toEqual([
        expect.stringMatching(
          /^photo\.png:1:1: "photo\.png" is not a text file: it looks like a PNG picture\. .*a story file is plain text in YAML/,
        ),
      ]);
      await screenshot(page, 'open-png');

      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page
        .locator('#scenario-file')
        .setInputFiles({ name: 'draft.yaml', mimeType: 'text/yaml', buffer: Buffer.from(draft) });
      const heading = page.getByRole('heading', { name: 'draft.yaml is a draft: 47 texts still to fill in' });
      await heading.waitFor();
      await expect(page.locator('.error-list li').first().innerText()).resolves.toMatch(
        /^draft\.yaml:7:8: title: still to fill in: a short title/,
      );
      const tryIt = page.getByRole('button', { name: 'Try the draft' });
      await expect(tryIt.isVisible()).resolves.toBe(true);
      expect((await tryIt.boundingBox())!.y).toBeLessThan(720 - 40);
      await screenshot(page, 'open-draft');
      await page.setViewportSize({ width: 390, height: 844 });
      expect((await tryIt.boundingBox())!.y).toBeLessThan(844 - 40);
      await screenshot(page, 'open-draft-phone');
      await tryIt.click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
    });
  });
});
