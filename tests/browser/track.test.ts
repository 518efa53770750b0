// The new-hire track: stories unlock in order as they pass, no going back while
// assessed, and a certificate that prints whole, with a name, on one page.
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

  it('says on the debrief whether a play passed, names "Try again" as shown, and prints a named certificate whole on A4 and Letter', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: /Quick test track/ }).click();
      await page.getByRole('button', { name: /^Start: The last sourdough$/ }).click();
      await playStepsByMouse(page, [
        { kind: 'continue' },
        { kind: 'choose', id: 'be-rude', text: 'Sigh and say she should come earlier.' },
      ]);
      const verdict = page.locator('.track-verdict');
      expect
        .soft(await verdict.innerText({ timeout: 2000 }).catch(() => 'no verdict'))
        .toMatch(/^Not passed yet\. This story needs C or better in “Quick test track”, and this play got [DF]\./);
      await screenshot(page, 'track-debrief-not-passed');
      await page.getByRole('button', { name: 'Back to the track' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toBe('0 of 1 passed.');
      // Label in name (WCAG 2.5.3): the button shows "Try again", so its name starts with it.
      const retry = page.locator('.track-item.open .button');
      await expect(retry.innerText()).resolves.toBe('Try again');
      expect.soft(await retry.getAttribute('aria-label')).toBe('Try again: The last sourdough');
      await retry.click();
      await playStepsByMouse(page, [
        { kind: 'continue' },
        { kind: 'choose', id: 'shrug', text: 'Say there is none left.' },
      ]);
      expect((await readDebrief(page)).grade).toBe('C');
      expect
        .soft(await verdict.innerText({ timeout: 2000 }).catch(() => 'no verdict'))
        .toBe('Passed. This story needs C or better in “Quick test track”, and this play got C.');
      await page.getByRole('button', { name: 'Back to the track' }).click();
      await expect(page.getByRole('status').innerText()).resolves.toBe('1 of 1 passed: track complete.');
      await page.getByRole('button', { name: 'Your certificate' }).click();

      // No certificate for "Your name here": printing asks for the name first, and a print without one shows a note.
      const name = page.getByLabel('Name on the certificate');
      await name.fill('');
      await page.evaluate(() => {
        const counted = window as unknown as { printCalls: number };
        counted.printCalls = 0;
        window.print = () => void (counted.printCalls += 1);
      });
      const printCalls = () => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
      await page.getByRole('button', { name: 'Print certificate' }).click();
      expect.soft(await printCalls()).toBe(0);
      expect.soft(await name.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.soft(name.getAttribute('aria-invalid')).resolves.toBe('true');
      expect
        .soft(
          await page
            .locator('#cert-name-help')
            .innerText({ timeout: 2000 })
            .catch(() => 'no help'),
        )
        .toContain('Write your name first');
      const certificate = page.getByRole('article', { name: 'Certificate of completion' });
      await page.emulateMedia({ media: 'print' });
      await expect.soft(certificate.isVisible()).resolves.toBe(false);
      await expect.soft(page.getByText('No name on this certificate yet.').isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: null });

      await name.fill('Alex Example');
      await page.getByRole('button', { name: 'Print certificate' }).click();
      expect.soft(await printCalls()).toBe(1);
      await expect(certificate.innerText()).resolves.toContain('Alex Example');
      await expect(certificate.innerText()).resolves.toContain('Quick test track');
      await expect(certificate.innerText()).resolves.toMatch(/The last sourdough\s+C\s+C/);
      await screenshot(page, 'certificate');

      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        // Phaser sizes its layer to the window in pixels: the layout the bug came from.
        await page.waitForFunction(
          (w) => document.querySelector<HTMLElement>('.screen-host')?.style.width === `${w}px`,
          size.width,
        );
        await page.emulateMedia({ media: 'print' });
        const printed = await certificate.evaluate((cert) => {
          const boxes = [cert, ...cert.querySelectorAll('*')].map((el) => el.getBoundingClientRect());
          return {
            left: Math.min(...boxes.map((b) => b.left)),
            right: Math.max(...boxes.map((b) => b.right)),
            bottom: Math.max(...boxes.map((b) => b.bottom)),
            name: cert.querySelector('.cert-name')?.textContent,
          };
        });
        // The printable area of the narrower paper (A4: 210 mm less 12 mm margins) and of the shorter (Letter: 279.4 mm less 24).
        const mm = 96 / 25.4;
        expect(printed.left, `left edge from ${size.width} px`).toBeGreaterThanOrEqual(0);
        expect(printed.right, `right edge from ${size.width} px`).toBeLessThanOrEqual(186 * mm + 0.5);
        expect(printed.bottom, `bottom edge from ${size.width} px`).toBeLessThanOrEqual(255.4 * mm);
        expect(printed.name).toBe('Alex Example');
        await screenshot(page, `certificate-print-${size.width}`);
        // page.pdf follows the emulated media: print, as a browser prints.
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
          expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, `${format} pages from ${size.width} px`).toBe(1);
        }
        await page.emulateMedia({ media: null });
      }
    });
  });
});
