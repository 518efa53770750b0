// Switching the language while playing: the screen on show is redrawn in it at once (the title before and
// after the stage joins, a story mid-play), the focus comes back to the control that opened the settings, the
// page says the change in the new language, and a story goes on at the same beat with nothing decided or
// reported twice: the test LRS holds exactly one play's statements, each with the language it was made in.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Step } from '../support/plays.ts';
import { startTestLrs, type TestLrs } from '../../tools/testLrs/testLrs.ts';
import { useChromium } from './support/chromium.ts';
import { holdPhaser, playStepsByMouse, readDebrief, screenshot, watchErrors } from './support/game.ts';
import { actor, byRegistration, expectedVerbs, play, SEED, verbOf, waitFor } from './support/lrsAssertions.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  await lrs.close();
});

const page$ = (page: Page) => ({
  lang: () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]),
  announced: () => page.locator('#announcer').textContent(),
  /** Marks the screen on show, to tell it from one built anew. */
  mark: (selector: string) =>
    page.evaluate((s) => document.querySelectorAll(s).forEach((e) => e.setAttribute('data-before', '')), selector),
  marked: () => page.locator('[data-before]').count(),
  /** Where the focus is: the screen's class and the focused control's place among its buttons. */
  focus: () =>
    page.evaluate(() => {
      const active = document.activeElement;
      const screen = active?.closest('.screen');
      if (!active || !screen) return null;
      return { screen: screen.className, index: [...screen.querySelectorAll('button')].indexOf(active as never) };
    }),
});

/** Picks a language in the settings dialog (opened by Enter on the focused control) and closes it with Escape. */
async function pickLanguage(page: Page, code: string): Promise<void> {
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.settings-dialog');
  await dialog.waitFor();
  await dialog.locator(`input[name="language"][value="${code}"]`).check();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

const activeScenes = (page: Page) =>
  page.evaluate(
    `window.serviceHero ? window.serviceHero.game.scene.getScenes(true).map((s) => s.sys.settings.key) : []`,
  ) as Promise<string[]>;

/** One step of a play, by what stays put in any language: the choice's id, or the beat's one button. */
async function takeStep(page: Page, step: Step): Promise<void> {
  const skip = page.locator('.story-screen .reveal-controls:not([hidden]) .skip');
  if (await skip.isVisible()) await skip.dispatchEvent('click').catch(() => undefined);
  await page.locator('.story-screen .choices:not([hidden])').waitFor();
  const target =
    step.kind === 'choose'
      ? page.locator(`.story-screen .choices button[data-choice="${step.id}"]`)
      : page.locator('.story-screen .choices button').first();
  await target.click();
}

describe('switching the language while playing', () => {
  it('redraws the title at once, before and after the stage joins, with the focus kept and the change said', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      const at = page$(page);
      await page.goto(baseUrl);
      await page.locator('.title-screen').waitFor();
      expect(await at.lang()).toEqual(['en', 'ltr', 'Service Hero: customer-service training']);

      // Before the stage: the early title is built again in Spanish (a first visit's title, drawn by the page's
      // entry, once the Spanish stories have come with the rest of the game).
      await page.getByRole('button', { name: 'Settings' }).focus();
      const before = await at.focus();
      await at.mark('.title-screen');
      await pickLanguage(page, 'es');
      await expect.poll(() => at.marked()).toBe(0);
      expect(await page.locator('.title-screen').count()).toBe(1);
      expect(await at.lang()).toEqual(['es', 'ltr', 'Service Hero: formación en atención al cliente']);
      await expect.poll(() => at.announced()).toBe('El juego está ahora en español.');
      await expect.poll(() => at.focus()).toEqual(before);

      // The stage joins and adopts it; a change now restarts the Title scene, which builds its screen again.
      phaser.release();
      await expect.poll(() => activeScenes(page), { timeout: 30_000 }).toEqual(['Title']);
      await at.mark('.title-screen');
      await pickLanguage(page, 'ar');
      await expect.poll(() => at.marked()).toBe(0);
      expect(await page.locator('.title-screen').count()).toBe(1);
      expect(await at.lang()).toEqual(['ar', 'rtl', 'Service Hero: تدريب على خدمة العملاء']);
      await expect.poll(() => at.announced()).toBe('أصبحت اللعبة الآن باللغة العربية.');
      // The title's own greeting is not said over it.
      await page.waitForTimeout(300);
      expect(await at.announced()).toBe('أصبحت اللعبة الآن باللغة العربية.');
      await expect.poll(() => at.focus()).toEqual(before);
      await screenshot(page, 'language-switch-title-ar');
      await pickLanguage(page, 'en');
      await expect.poll(() => at.announced()).toBe('The game now speaks English.');
      expect(errors).toEqual([]);
    });
  });

  it('opens in the language of a link, whose address then follows the language picked, so a reload keeps it', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const at = page$(page);
      // The Settings button's place on the title, found in English: its name is another in Spanish.
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Settings' }).focus();
      const settings = (await at.focus())!.index;
      await page.goto(`${baseUrl}?seed=shift-1&lang=es`);
      await page.locator('.title-screen').waitFor();
      expect((await at.lang())[0]).toBe('es');
      await page.locator('.title-screen button').nth(settings).focus();
      await pickLanguage(page, 'ar');
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ seed: 'shift-1', lang: 'ar' });
      await page.reload();
      await page.locator('.title-screen').waitFor();
      expect((await at.lang())[0]).toBe('ar');
      // "As my browser" leaves the choice to the browser: the address no longer names a language.
      await page.locator('.title-screen button').nth(settings).focus();
      await pickLanguage(page, 'en');
      await page.locator('.title-screen button').nth(settings).focus();
      await page.keyboard.press('Enter');
      await page.locator('dialog.settings-dialog input[name="language"][value="auto"]').check();
      await page.keyboard.press('Escape');
      expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
      expect(errors).toEqual([]);
    });
  });

  it('redraws a story playing before the stage joins; the stage then joins the redrawn screen, at the same beat', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      const at = page$(page);
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=${SEED}`);
      const [first, second] = play.steps;
      const lines = () => page.locator('.story-screen .line .text').allTextContents();
      await page.locator('.story-screen .choices:not([hidden])').waitFor();
      const opening = (await lines()).join(' ');
      await takeStep(page, first!);
      // A step taken on the opening is carried out once the engine is in: wait for the beat it leads to.
      await expect.poll(async () => (await lines()).join(' '), { timeout: 30_000 }).not.toBe(opening);
      await page.locator('.story-screen .choices:not([hidden])').waitFor();
      const shown = await lines();
      await page.locator('.story-screen .hud').getByRole('button', { name: 'Settings' }).focus();
      const focus = await at.focus();
      await at.mark('.story-screen');
      await pickLanguage(page, 'es');
      expect(await at.marked()).toBe(0);
      expect(await page.locator('.story-screen').count()).toBe(1);
      expect(await lines()).toEqual(shown);
      expect(await at.focus()).toEqual(focus);
      expect(await activeScenes(page)).toEqual([]);
      phaser.release();
      await expect.poll(() => activeScenes(page), { timeout: 30_000 }).toEqual(['Story']);
      expect(await page.locator('.story-screen').count()).toBe(1);
      expect(await lines()).toEqual(shown);
      await takeStep(page, second!);
      await expect.poll(async () => (await lines()).join(' ')).not.toBe(shown.join(' '));
      expect(errors).toEqual([]);
    });
  });

  it('goes on at the same beat mid-story, nothing decided or reported twice, each statement in its language', async () => {
    const registration = crypto.randomUUID();
    const activityId = 'https://lms.example.com/courses/onboarding';
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      const at = page$(page);
      await page.goto(
        `${baseUrl}?scenario=bakery-mini&seed=${SEED}&${lrs.xapiLaunchQuery({ actor, activityId, registration })}`,
      );
      const verbs = expectedVerbs(play, ['passed', 'completed']);
      const [first, second, ...rest] = play.steps;
      if (!first || !second) throw new Error('the bakery play needs at least two steps');
      // The stage has joined: the switch goes through the Story scene's restart, not the early screen.
      await expect.poll(() => activeScenes(page), { timeout: 30_000 }).toEqual(['Story']);
      await takeStep(page, first);
      const soFar = 2 + (first.kind === 'choose' ? 2 : 1);
      await waitFor(
        () => byRegistration(lrs, registration).length,
        (n) => n >= soFar,
      );
      await page.locator('.story-screen .choices:not([hidden])').waitFor();
      const beat = () =>
        page.evaluate(() => ({
          lines: [...document.querySelectorAll('.story-screen .line .text')].map((e) => e.textContent),
          choices: [...document.querySelectorAll('.story-screen .choices button')].map(
            (b) => b.getAttribute('data-choice') ?? 'continue',
          ),
        }));
      const shown = await beat();
      await page.locator('.story-screen .hud').getByRole('button', { name: 'Settings' }).focus();
      const focus = await at.focus();
      await at.mark('.story-screen');

      await pickLanguage(page, 'es');
      await expect.poll(() => at.marked()).toBe(0);
      // The same beat, whole (no typing again), its controls there at once.
      await page.locator('.story-screen .choices:not([hidden])').waitFor();
      expect(await beat()).toEqual(shown);
      await expect.poll(() => at.focus()).toEqual(focus);
      await expect.poll(() => at.announced()).toBe('El juego está ahora en español.');
      await screenshot(page, 'language-switch-story-es');
      // Nothing was decided, saved as a new step or reported on the switch.
      await page.waitForTimeout(1500);
      expect(byRegistration(lrs, registration).map(verbOf)).toEqual(verbs.slice(0, soFar));

      // A step taken in Spanish, then back to English for the rest.
      await takeStep(page, second);
      const inSpanish = second.kind === 'choose' ? 2 : 1;
      await page.locator('.story-screen .choices:not([hidden])').waitFor();
      await page.locator('.story-screen button').nth(focus!.index).focus();
      await pickLanguage(page, 'en');
      await playStepsByMouse(page, rest);
      await readDebrief(page);
      const stored = await waitFor(
        () => byRegistration(lrs, registration),
        (s) => s.length >= verbs.length,
        60_000,
      );
      await page.waitForTimeout(1000);
      expect(byRegistration(lrs, registration).map(verbOf)).toEqual(verbs);
      expect(lrs.invalid()).toEqual([]);
      const languages = stored.map((s) => s.context?.language);
      expect(languages).toEqual([
        ...Array<string>(soFar).fill('en'),
        ...Array<string>(inSpanish).fill('es'),
        ...Array<string>(verbs.length - soFar - inSpanish).fill('en'),
      ]);
      expect(errors).toEqual([]);
    });
  });
});
