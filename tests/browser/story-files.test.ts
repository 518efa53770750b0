// Story files opened from disk: one limit on titles, enforced where stories are checked, and a file never
// stands in for a track's assessed story, whatever id it claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../tools/projectFiles.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const bakery = readFileSync(join(projectRoot, 'tests/fixtures/bakery-mini.yaml'), 'utf8');
const bakeryC = [{ kind: 'continue' }, { kind: 'choose', id: 'shrug', text: 'Say there is none left.' }] as const;
const withTitle = (title: string) =>
  bakery.replace('id: bakery-mini', 'id: long-title').replace('title: The last sourdough', `title: ${title}`);

describe('story files', () => {
  it('a 201-character title is a clear check error; the longest allowed title plays to its ending and is saved', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.locator('#scenario-file').setInputFiles({
        name: 'too-long.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(withTitle('T'.repeat(201))),
      });
      await expect(page.locator('.error-list').innerText()).resolves.toMatch(
        /too-long\.yaml:5:\d+: title: must be at most 200 characters long/,
      );
      await page.getByRole('button', { name: /Back/ }).first().click();
      await page.locator('#scenario-file').setInputFiles({
        name: 'longest.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(withTitle('T'.repeat(200))),
      });
      await playStepsByMouse(page, bakeryC);
      expect((await readDebrief(page)).grade).toBe('C');
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}'));
      expect(saved.attempts.map((a: { title: string }) => a.title.length)).toEqual([200]);
    });
  });

  it('a file with a track story’s id never plays, or counts, as that track’s assessed story', async () => {
    const impostor = bakery.replace('title: The last sourdough', 'title: Impostor loaf');
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page
        .locator('#scenario-file')
        .setInputFiles({ name: 'bakery-mini.yaml', mimeType: 'text/yaml', buffer: Buffer.from(impostor) });
      await expect(page.locator('.hud').innerText()).resolves.toContain('Impostor loaf');
      await playStepsByMouse(page, bakeryC);
      await readDebrief(page);
      await page.getByRole('button', { name: 'Choose another story' }).click();
      await page.getByRole('button', { name: /Quick test track/ }).click();
      await page.locator('.track-progress', { hasText: '0 of 1 passed' }).waitFor();
      await page.getByRole('button', { name: /^Start/ }).click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect(page.locator('.hud').innerText()).resolves.toContain('The last sourdough');
      await screenshot(page, 'track-story-not-a-file');
      await playStepsByMouse(page, bakeryC);
      await readDebrief(page);
      await page.getByRole('button', { name: 'Back to the track' }).click();
      await page.locator('.track-progress', { hasText: '1 of 1 passed' }).waitFor();
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}'));
      expect(saved.attempts.map((a: { title: string; trackId?: string }) => [a.title, a.trackId ?? null])).toEqual([
        ['Impostor loaf', null],
        ['The last sourdough', 'quick-track'],
      ]);
    });
  });
});
