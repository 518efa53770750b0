// The debrief and the certificate in Spanish and Arabic (issue 15): a debrief on screen is redrawn in the
// language picked in the game's own Settings (through the stage's one seam, src/game/followLanguage.ts), its
// headline and ledger the engine's facts in the new language, the story's words kept and marked as English;
// and the certificate, opened in each language, writes its date as that language does and prints on one page.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { ReportCard } from '../../src/engine/index.ts';
import { t, useLocale } from '../../src/i18n/intl.ts';
import { headline, ledgerVerdict } from '../../src/ui/debriefWords.ts';
import { allPlays } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, pubStory, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const SEED = 'languages-1';
const { scenario, catalogue } = pubStory();
const play = allPlays(scenario, catalogue, SEED, 500)
  .filter((p) => p.report.decisions.some((d) => d.breakdown))
  .sort((a, b) => a.steps.length - b.steps.length)[0]!;

/** What the page should say of this report in a language, worked out here by the same catalogues. */
async function expected(language: 'es' | 'ar', report: ReportCard) {
  await useLocale(language);
  const words = {
    heading: t('debrief.heading', { title: scenario.title }),
    badge: t('debrief.gradeBadge', { grade: report.grade }),
    headline: headline(report),
    ledger: ledgerVerdict(report.ledger),
  };
  await useLocale('en');
  return words;
}

/** Picks a language in the Settings dialog, opened from the debrief whatever language its button is in. */
async function pickLanguage(page: Page, name: string, code: string): Promise<void> {
  await page.locator('[data-action="settings"]').click();
  await page.getByRole('radio', { name, exact: true }).check();
  // The dialog is redrawn in the language once its words arrive, and its button may move: Done is pressed after.
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe(code);
  await page.locator('dialog.settings-dialog .settings-actions button').click();
  await page.locator('dialog.settings-dialog').waitFor({ state: 'detached' });
}

describe('the debrief in another language', () => {
  afterAll(() => useLocale('en'));

  it('is redrawn in Spanish, then Arabic, story text kept as English', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${SEED}`);
      await playStepsByMouse(page, play.steps);
      await page.getByRole('img', { name: /^Grade [A-F]$/ }).waitFor();
      await expect(page.locator('.headline').innerText()).resolves.toBe(play.report.headline);

      for (const [language, name] of [
        ['es', 'Español'],
        ['ar', 'العربية'],
      ] as const) {
        const words = await expected(language, play.report);
        await pickLanguage(page, name, language);
        await expect.poll(() => page.locator('#debrief-title').innerText()).toBe(words.heading);
        await expect(page.locator('.grade-badge').getAttribute('aria-label')).resolves.toBe(words.badge);
        await expect(page.locator('.headline').innerText()).resolves.toBe(words.headline);
        await expect(page.locator('.ledger-verdict').innerText()).resolves.toBe(words.ledger);
        // The story's words stay as written, each in an element saying they are English.
        await expect(page.locator('.decision h3 [lang="en"]').allInnerTexts()).resolves.toEqual(
          play.report.decisions.map((d) => d.title),
        );
        await expect(page.locator('.facts dd [lang="en"]').first().innerText()).resolves.toBe(play.report.ending.title);
        await expect(page.locator('.debrief-screen').innerText()).resolves.not.toMatch(/Your decisions|Cost against/);
        await screenshot(page, `debrief-${language}`);
      }
      expect(errors).toEqual([]);
    });
  }, 120_000);
});

describe('the certificate in another language', () => {
  it('dates itself as Spanish and Arabic do, and prints on one page', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}?track=quick-track`);
      await page.getByRole('button', { name: /The last sourdough/ }).click();
      await playStepsByMouse(page, [
        { kind: 'continue' },
        { kind: 'choose', id: 'shrug', text: 'Say there is none left.' },
      ]);
      await page.locator('.summary-card .debrief-actions button').first().click();
      for (const language of ['es', 'ar'] as const) {
        await page.goto(`${baseUrl}?track=quick-track&lang=${language}`);
        // The track's certificate button, whatever language it is in: the one primary action once complete.
        await page.locator('.debrief-actions .button.primary').click();
        await page.locator('#trainee-name').fill('Alex Example');
        const certificate = page.locator('article.certificate');
        const today = await page.evaluate(
          (lang) =>
            new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date()),
          language,
        );
        await expect(certificate.locator('.cert-date').innerText()).resolves.toBe(
          language === 'es' ? `el ${today}` : `بتاريخ ${today}`,
        );
        await expect(certificate.locator('#cert-title').innerText()).resolves.toBe(
          language === 'es' ? 'Certificado de finalización' : 'شهادة إتمام',
        );
        await expect(certificate.locator('.cert-track [lang]').getAttribute('lang')).resolves.toBe('en');
        await expect(certificate.innerText()).resolves.toMatch(/The last sourdough\s+C\s+C/);
        await page.emulateMedia({ media: 'print' });
        await expect(certificate.isVisible()).resolves.toBe(true);
        const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, `${language} pages`).toBe(1);
        await screenshot(page, `certificate-${language}`);
        await page.emulateMedia({ media: null });
      }
      expect(errors).toEqual([]);
    });
  }, 120_000);
});
