// The pub story played in Spanish and in Arabic, from its link to its debrief, by the choices' ids: the story's
// words are the translation's (scenarios/translations/), marked as that language, the grade is the engine's for
// the same play, and the Arabic page runs right to left with nothing spilling out of the window.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readLibrary } from '../../tools/projectFiles.ts';
import { translationsOf } from '../../tools/vite/shippedContent.ts';
import { allPlays, type Play } from '../support/plays.ts';
import { violations } from './support/axe.ts';
import { useChromium } from './support/chromium.ts';
import { pubStory, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const { scenario, catalogue } = pubStory();
const SEED = 'translated-1';
const library = readLibrary();

/** The play with the best grade, and the most decisions among those: a debrief with much to say. */
function richPlay(): Play {
  const plays = allPlays(scenario, catalogue, SEED);
  const best = plays.filter((p) => p.report.grade === 'A');
  return (best.length > 0 ? best : plays).reduce((a, b) =>
    b.report.decisions.length > a.report.decisions.length ? b : a,
  );
}

async function playToDebrief(page: Page, play: Play, language: string): Promise<void> {
  await page.addInitScript(() =>
    localStorage.setItem('service-hero.settings', JSON.stringify({ version: 1, revealSpeed: 'instant', sound: false })),
  );
  await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}&lang=${language}`);
  for (const step of play.steps) {
    const target =
      step.kind === 'choose'
        ? page.locator(`.story-screen .choices:not([hidden]) button.choice[data-choice="${step.id}"]`)
        : page.locator('.story-screen .choices:not([hidden]) .continue-row button');
    await target.waitFor({ timeout: 30_000 });
    await target.click();
  }
  // The ending's one button opens the debrief.
  await page.locator('.story-screen .choices:not([hidden]) .continue-row button').click({ timeout: 30_000 });
  await page.locator('.grade-badge').waitFor({ timeout: 30_000 });
}

describe.each([
  { language: 'es', dir: 'ltr' },
  { language: 'ar', dir: 'rtl' },
])('the pub story in $language', ({ language, dir }) => {
  const texts = translationsOf(library, language);
  const story = texts.stories[scenario.id]!;

  it('plays in the translation’s words to a debrief graded as the engine grades the play', async () => {
    const play = richPlay();
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await playToDebrief(page, play, language);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
      const badge = await page.locator('.grade-badge').getAttribute('class');
      expect(badge).toContain(`grade-${play.report.grade}`);
      await expect(page.locator('[data-percent]').getAttribute('data-percent')).resolves.toBe(
        String(play.report.percent),
      );
      // What the trainee said, in the translation's words, marked as its language; no story text left English.
      const chosen = play.steps.flatMap((step) => (step.kind === 'choose' ? [step.id] : []));
      const said = await page.locator('.decision .said').allInnerTexts();
      for (const id of chosen) {
        const beat = Object.entries(scenario.beats).find(([, b]) => b.choices?.some((c) => c.id === id))![0];
        const words = story[`beats.${beat}.choices.${id}.text`]!;
        expect(
          said.some((text) => text.includes(words)),
          words,
        ).toBe(true);
      }
      await expect(page.locator(`.debrief-screen [lang="${language}"]`).count()).resolves.toBeGreaterThan(5);
      await expect(page.locator('.debrief-screen [lang="en"]').allInnerTexts()).resolves.toEqual([]);
      await screenshot(page, `story-${language}-debrief-1280x720`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `story-${language}-debrief-390x844`);
      // Nothing wider than the window, at either size.
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.debrief-screen *')]
          .filter(
            (el) => el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1,
          )
          .map((el) => `${el.tagName}.${el.className}`)
          .slice(0, 5),
      );
      expect(overflow).toEqual([]);
      expect(await violations(page, `debrief in ${language}, 390x844`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('the title in Spanish', () => {
  it('lists the translated stories and tracks in Spanish, and says of the other stories that they are in English', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?lang=es`);
      const pub = page.locator(`.story-card[data-scenario="${scenario.id}"]`);
      await pub.waitFor({ timeout: 30_000 });
      const title = translationsOf(library, 'es').stories[scenario.id]!['title']!;
      await expect(pub.locator('.story-title').innerText()).resolves.toBe(title);
      await expect(pub.locator('.story-title').getAttribute('lang')).resolves.toBe('es');
      await expect(pub.locator('.story-meta').innerText()).resolves.not.toContain('En inglés');
      const untranslated = page.locator('.story-card[data-scenario="hotel-dusty-suite"]');
      await expect(untranslated.locator('.story-title').getAttribute('lang')).resolves.toBe('en');
      await expect(untranslated.locator('.story-meta').innerText()).resolves.toContain('En inglés');
      // The search finds the pub by its Spanish words and by its English ones.
      const cards = page.locator('.story-list .story-card:not(.broken)');
      for (const words of ['aderezo', 'Caesar dressing']) {
        await page.getByLabel('Buscar historias').fill(words);
        await expect
          .poll(() => cards.evaluateAll((all) => all.map((c) => c.getAttribute('data-scenario'))))
          .toEqual([scenario.id]);
      }
      await page.getByLabel('Buscar historias').fill('');
      // The onboarding track, by its translation, on the title and on its own page.
      const track = translationsOf(library, 'es').tracks['new-hire-essentials']!;
      const card = page.locator('.home-tracks .story-card').first();
      await expect(card.locator('.story-title').innerText()).resolves.toBe(track['title']);
      await expect(card.locator('.story-title').getAttribute('lang')).resolves.toBe('es');
      await card.click();
      const heading = page.getByRole('heading', { level: 1, name: track['title'] });
      await heading.waitFor();
      await expect(heading.getAttribute('lang')).resolves.toBe('es');
      await expect(page.getByText(track['summary']!, { exact: true }).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
