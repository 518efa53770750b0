// The story screen in the interface's languages: every word of the interface on it from a catalogue (the
// pseudo-locale shows one that is not), the story's own words marked as English, and a change of language in
// the middle of a beat saying the screen's words anew while the beat, its choices and the customer's patience
// stay where they were. The voice card on the stage says how a caller is heard in the page's language too.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { allPlays, replay, type Step } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { pubStory, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const { scenario, catalogue } = pubStory();
const SEED = 'languages-1';

/** The steps of a pub play that bring it to the kitchen: a breakdown, with the customer's patience running. */
function stepsToKitchen(): Step[] {
  const play = allPlays(scenario, catalogue, SEED).find((p) => p.report.decisions.some((d) => d.beat === 'kitchen'));
  if (!play) throw new Error('no pub play reaches the kitchen');
  for (let n = 0; n <= play.steps.length; n++)
    if (replay(scenario, catalogue, SEED, play.steps.slice(0, n)).view().beat === 'kitchen')
      return play.steps.slice(0, n);
  throw new Error('the kitchen is never reached');
}

/** Opens the pub story in a language at the kitchen, text shown at once and time frozen there. */
async function openKitchen(page: Page, lang: string): Promise<void> {
  await page.addInitScript(() =>
    localStorage.setItem('service-hero.settings', JSON.stringify({ version: 1, revealSpeed: 'instant', sound: false })),
  );
  await page.clock.install();
  await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}&lang=${lang}`);
  // By the choice's id rather than its words: the story may be in the page's language.
  for (const step of stepsToKitchen()) {
    await page.locator('.story-screen .choices:not([hidden]) button:not([disabled])').first().waitFor();
    const target =
      step.kind === 'choose'
        ? page.locator(`.choices button.choice[data-choice="${step.id}"]`)
        : page.locator('.choices .continue-row button');
    await target.click();
  }
  const last = page.locator('.choices:not([hidden]) button.choice').last();
  await last.waitFor();
  await last.scrollIntoViewIfNeeded();
  await page.locator('.gauge.patience:not([hidden])').waitFor();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.clock.runFor(100);
}

/** Words of two or more Latin letters on the story screen, outside the story's own (lang="en") words. */
const untranslated = (page: Page) =>
  page.locator('.story-screen').evaluate((screen) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (/[A-Za-z]{2,}/.test(text) && !node.parentElement?.closest('[lang="en"]')) found.push(text.trim());
    }
    for (const el of screen.querySelectorAll('[aria-label]'))
      if (!el.getAttribute('aria-label')?.startsWith('[')) found.push(`aria-label: ${el.getAttribute('aria-label')}`);
    return found;
  });

describe('the story screen in other languages', () => {
  it('takes every word of its interface from the catalogues: none left in English under the pseudo-locale', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await openKitchen(page, 'en-XA');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-XA');
      // The story's words are there, in English (the pseudo-locale has no story translations), marked as such.
      await expect(page.locator('.lines .line[lang="en"]').allInnerTexts()).resolves.toContainEqual(
        expect.stringContaining('Priya'),
      );
      await expect(page.locator('.choices button.choice [lang="en"]').count()).resolves.toBeGreaterThan(1);
      await page.keyboard.press('p');
      expect(await untranslated(page)).toEqual([]);
      await screenshot(page, 'story-pseudo-locale');
      expect(errors.filter((e) => !e.includes('[i18n]'))).toEqual([]);
    });
  });

  it('in Arabic plays the story in Arabic, and switched to Spanish mid-beat keeps the beat, its words and its patience', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await openKitchen(page, 'ar');
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      await page.getByRole('button', { name: 'القصص' }).waitFor();
      const group = page.getByRole('group', { name: 'ماذا تفعل؟' });
      const choices = await group.getByRole('button').allInnerTexts();
      expect(choices.length).toBeGreaterThan(1);
      // The story is translated into Arabic (scenarios/translations/ar/): its lines and names are Arabic, marked so.
      await expect(page.getByRole('timer', { name: 'صبر روث' }).innerText()).resolves.toMatch(/\d+ ث/);
      await expect(page.locator('.lines .line[lang="ar"][dir="rtl"]').count()).resolves.toBeGreaterThan(1);
      await expect(page.locator('.lines .line[lang="en"]').count()).resolves.toBe(0);
      await expect(page.locator('.time-note').innerText()).resolves.toContain('حدود الوقت: عادية');
      const lines = await page.locator('.lines').innerText();
      await screenshot(page, 'story-arabic');

      await page.getByRole('button', { name: 'الإعدادات' }).click();
      await page.locator('dialog.settings-dialog input[name="language"][value="es"]').check();
      await page.locator('dialog.settings-dialog .settings-actions button').click();
      // The Spanish files may still be on their way (on a busy machine): the page speaks Spanish once they are in.
      // Only then does the paused clock run on, so the customer's patience is not spent while they travel.
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe('es');
      // The Story scene redraws its screen on the stage's next frames, which the paused clock holds back.
      const spanishBar = page.getByRole('button', { name: 'Historias' });
      await expect
        .poll(async () => (await page.clock.runFor(100), await spanishBar.count()), { timeout: 30_000 })
        .toBeGreaterThan(0);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
      const inSpanish = page.getByRole('group', { name: '¿Qué haces?' });
      await expect(inSpanish.getByRole('button').allInnerTexts(), 'the same choices').resolves.toEqual(choices);
      await expect(page.locator('.lines').innerText(), 'the same beat').resolves.toBe(lines);
      await expect(page.locator('.choices-prompt').innerText()).resolves.toBe('¿Qué haces?');
      // A play keeps the words it began in: the interface is Spanish, Ruth's name and lines stay Arabic, marked so.
      await expect(page.getByRole('timer', { name: 'Paciencia de روث' }).innerText()).resolves.toMatch(/\d+ s/);
      await expect(page.locator('.lines .line[lang="ar"]').count()).resolves.toBeGreaterThan(1);
      await expect(page.locator('.time-note').innerText()).resolves.toContain('Límites de tiempo: normales');
      await expect(page.getByRole('button', { name: 'Pausa (P)' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('meter', { name: 'Ánimo de روث' }).getAttribute('aria-valuetext')).resolves.toMatch(
        /, \d+ de 100$/,
      );
      await screenshot(page, 'story-spanish-after-switch');
      expect(errors).toEqual([]);
    });
  });
});

describe('the stage in another language', () => {
  it('says how a caller is heard in the page language, and again when it changes', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript(() =>
        localStorage.setItem(
          'service-hero.settings',
          JSON.stringify({ version: 1, revealSpeed: 'instant', motion: 'reduced', sound: false }),
        ),
      );
      await page.goto(`${baseUrl}?scenario=broadband-outage&seed=voices-1&lang=es`);
      await page.locator('canvas').waitFor({ state: 'attached' });
      await page.locator('.early-host').waitFor({ state: 'detached' });
      // The voice card's words, drawn on the canvas (the story screen's text says who is on the line).
      const card = () =>
        page.evaluate(`(() => window.serviceHero.game.scene.getScene('Story').children.list
          .filter((o) => o.type === 'Container' && o.alpha > 0)
          .map((c) => c.list.filter((o) => o.type === 'Text').map((t) => t.text)))()`);
      await expect.poll(card).toEqual([['Kayla Brooks', 'por teléfono']]);
      await page.getByRole('button', { name: 'Ajustes' }).click();
      await page.locator('dialog.settings-dialog input[name="language"][value="ar"]').check();
      await expect.poll(card).toEqual([['Kayla Brooks', 'عبر الهاتف']]);
      expect(errors).toEqual([]);
    });
  });
});
