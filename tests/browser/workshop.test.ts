// A facilitator-led workshop: presenter layout, a pause to discuss at the
// breakdown, the room's votes (majority and a tie), and the exported summary.
import { describe, expect, inject, it } from 'vitest';
import { rollVariations } from '../../src/engine/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { downloadedText, useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const bakery = readLibrary(['tests/fixtures/bakery-mini.yaml']).entries[0]?.scenario;
/** A seed on which a new batch is coming, so the beat after the breakdown is a plain choice (no second discussion). */
const seed = Array.from({ length: 200 }, (_, n) => `room-${n}`).find(
  (s) => rollVariations(bakery?.variations, s)['oven'] === 'batch-soon',
);

describe('workshop mode', () => {
  it('discusses, takes the votes, plays the majority, lets the facilitator break a tie, and exports the summary', async () => {
    await withPage({ viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.goto(baseUrl);
      await page.getByLabel('Story for the room').selectOption('bakery-mini');
      await page.getByLabel('Seed (optional)').fill(seed ?? '');
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();

      // The breakdown: discussion first, and the customer's patience does not run by itself.
      const discuss = page.getByRole('region', { name: 'Pause and discuss' });
      await discuss.waitFor();
      await expect(discuss.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(2);
      expect(await page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true);
      await screenshot(page, 'workshop-discuss');
      await page.getByRole('button', { name: 'Show the choices' }).click();
      await page.getByLabel('Hands for choice 1: Say there is none left.').fill('3');
      await page.getByLabel('Hands for choice 2: Ask Sam whether another batch is coming.').fill('11');
      await page.getByRole('button', { name: 'One more hand for choice 3' }).click();
      await expect(page.getByRole('timer').isVisible()).resolves.toBe(false);

      // A stray click on a choice plays nothing: it marks the choice (click again to undo), and the play button names what it would play.
      const shrug = page.locator('.vote-row .choice').first();
      await shrug.click();
      await expect(shrug.getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.getByLabel('Hands for choice 1: Say there is none left.').isEnabled()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: /^Play the room's choice/ }).innerText()).resolves.toContain(
        'Say there is none left.',
      );
      await shrug.click();
      await expect(shrug.getAttribute('aria-pressed')).resolves.toBe('false');
      await screenshot(page, 'workshop-votes');
      await page
        .getByRole('button', {
          name: "Play the room's choice: “Ask Sam whether another batch is coming.”",
          exact: true,
        })
        .click();

      // A tie between the first two choices of the next beat: nothing plays until the facilitator picks one.
      const choiceLabels = page.getByLabel(/^Hands for choice [12]:/);
      await choiceLabels.first().waitFor();
      await choiceLabels.nth(0).fill('4');
      await choiceLabels.nth(1).fill('4');
      await page.getByRole('button', { name: "Play the room's choice", exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Nothing played yet' }).innerText()).resolves.toContain(
        'A tie between choices 1 and 2',
      );
      const tied = page.locator('.vote-row .choice').nth(1);
      const picked = (await tied.innerText()).replace(/^2\s*/, '').trim();
      await tied.click();
      await page.getByRole('button', { name: `Play the room's choice: “${picked}”`, exact: true }).click();
      await page.getByRole('button', { name: 'See your debrief' }).click();

      const summary = page.getByRole('region', { name: 'Session summary' });
      await summary.waitFor();
      const rows = await summary.getByRole('row').allInnerTexts();
      expect(rows).toHaveLength(3);
      expect(rows[1]).toContain('Ask Sam whether another batch is coming.');
      expect(rows[1]).toContain('11 for “Ask Sam whether another batch is coming.”');
      expect(rows[1]).toContain('1 for “Sigh and say she should come earlier.”');
      expect(rows[2]).toContain(picked);
      expect(rows[2]).toContain('(tie broken by the facilitator)');
      await screenshot(page, 'workshop-summary');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export summary as CSV' }).click(),
      ]);
      const csv = (await downloadedText(download)).split('\r\n');
      expect(csv[0]).toMatch(
        /^"Date","Story ID","Story","Seed",.*"Option 1","Option 1 hands","Option 2","Option 2 hands","Option 3","Option 3 hands","Language"$/,
      );
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
      expect(csv[1]).toMatch(new RegExp(`^"${today}","bakery-mini","The last sourdough","${seed}",`));
      expect(csv[1]).toContain('"show of hands"');
      expect(csv[1]).toMatch(
        /"Say there is none left\.","3","Ask Sam whether another batch is coming\.","11","Sigh and say she should come earlier\.","1","en"$/,
      );
      expect(csv[2]).toContain('"tie broken by the facilitator"');
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export summary as JSON' }).click(),
      ]);
      const parsed = JSON.parse(await downloadedText(json));
      expect(parsed.rows).toHaveLength(2);
      expect(parsed.scenario).toBe('bakery-mini');
      expect(parsed.language).toBe('en');
    });
  });

  it('fits a projector: every choice, its hand count, the choice to play and the tie on screen at 1280×720 and 1920×1080; one page scroll at the largest text', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(baseUrl);
      for (const textSize of ['standard', 'largest'] as const) {
        await page.evaluate(
          (size) =>
            localStorage.setItem(
              'service-hero.settings',
              JSON.stringify({
                version: 1,
                textSize: size,
                revealSpeed: 'instant',
                motion: 'system',
                contrast: 'standard',
                sound: false,
              }),
            ),
          textSize,
        );
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.reload();
        // Four long choices at the very first beat, a breakdown: the trainer's case.
        await page.getByLabel('Story for the room').selectOption('airport-hungry-traveller');
        await page.getByRole('button', { name: 'Start the workshop' }).click();
        await page.getByRole('button', { name: 'Show the choices' }).click();
        const hands = page.getByLabel(/^Hands for choice/);
        await expect(hands.count()).resolves.toBe(4);
        await hands.nth(0).fill('4');
        await hands.nth(1).fill('4');
        for (const size of textSize === 'standard'
          ? [
              { width: 1280, height: 720 },
              { width: 1920, height: 1080 },
            ]
          : [{ width: 1280, height: 720 }]) {
          await page.setViewportSize(size);
          await page.waitForFunction(
            (w) => document.querySelector<HTMLElement>('.screen-host')?.style.width === `${w}px`,
            size.width,
          );
          await screenshot(page, `workshop-projector-${size.width}-${textSize}`);
          const misplaced = await page.evaluate((pageMayScroll) => {
            const needed = [
              ...document.querySelectorAll<HTMLElement>(
                '.vote-row .choice, .vote-row .stepper, .play-room, .vote-message',
              ),
            ];
            const screen = document.querySelector('.story-screen');
            return needed.flatMap((el) => {
              const box = el.getBoundingClientRect();
              const name = (el.textContent ?? '').slice(0, 40);
              // Cut off by a box that scrolls inside the page: reachable only by a scroll of its own.
              for (let up = el.parentElement; up && up !== screen; up = up.parentElement) {
                const clip = up.getBoundingClientRect();
                if (
                  getComputedStyle(up).overflowY !== 'visible' &&
                  (box.bottom > clip.bottom + 1 || box.top < clip.top - 1)
                )
                  return [`${name} is clipped by .${up.className}`];
              }
              if (!pageMayScroll && (box.bottom > innerHeight || box.top < 0))
                return [`${name} is off screen (${Math.round(box.top)}–${Math.round(box.bottom)} of ${innerHeight})`];
              return [];
            });
          }, textSize === 'largest');
          expect(misplaced, `${size.width}×${size.height}, ${textSize} text`).toEqual([]);
        }
      }
    });
  });
});
