// The new-hire track: stories unlock in order as they pass, no going back while
// assessed, and a certificate that prints on one page.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot, showAllText } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

describe('new-hire track', () => {
  it('locks later stories until earlier ones pass', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: /New-hire essentials/ }).click();
      await page.getByRole('heading', { name: 'New-hire essentials' }).waitFor();
      await expect(page.getByRole('status').innerText()).resolves.toBe('0 of 5 passed.');
      await expect(page.locator('.track-item.open').count()).resolves.toBe(1);
      await expect(page.locator('.track-item.locked').count()).resolves.toBe(4);
      await screenshot(page, 'track');
      await page.getByRole('button', { name: /^Start: No Card, No Entry$/ }).click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await showAllText(page);
      await page.locator('.choices:not([hidden]) .choice').first().click();
      await showAllText(page);
      await expect(page.getByRole('button', { name: 'Go back' }).isVisible()).resolves.toBe(false);
    });
  });

  it('passes a track, unlocks its certificate, and prints it on one page', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: /Quick test track/ }).click();
      await page.getByRole('button', { name: /^Start: The last sourdough$/ }).click();
      await playStepsByMouse(page, [{ kind: 'continue' }, { kind: 'choose', id: 'shrug', text: 'Say there is none left.' }]);
      expect((await readDebrief(page)).grade).toBe('C');
      await page.getByRole('button', { name: 'Back to the track' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toBe('1 of 1 passed: track complete.');
      await page.getByRole('button', { name: 'Your certificate' }).click();
      await page.getByLabel('Name on the certificate').fill('Alex Example');
      const certificate = page.getByRole('article', { name: 'Certificate of completion' });
      await expect(certificate.innerText()).resolves.toContain('Alex Example');
      await expect(certificate.innerText()).resolves.toContain('Quick test track');
      await expect(certificate.innerText()).resolves.toMatch(/The last sourdough\s+C\s+C/);
      await screenshot(page, 'certificate');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, `${format} pages`).toBe(1);
      }
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'certificate-print');
    });
  });
});
