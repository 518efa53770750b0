// Grades a trainer can defend, in the browser: three paths through the hotel story played with the buttons
// (fix then surprise is an A, a fix with no surprise at most a B, trying and then hesitating no F, each
// debrief showing the core and the experience), the order of the choices coming from the play's seed (the
// same seed shows the same order, number keys follow it), and pressing 1 at every choice through the
// new-hire track not earning its certificate.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { analysePlays, describePlay, type AnalysedPlay } from '../../src/engine/analysis/index.ts';
import { rollVariations, scenarioById } from '../../src/engine/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { useChromium } from './support/chromium.ts';
import { readDebrief, screenshot, showAllText } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

/** The ids of the choices on screen, in the order shown. */
async function shownChoices(page: Page): Promise<string[]> {
  await showAllText(page);
  return page
    .locator('.choices:not([hidden]) .choice')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice') ?? ''));
}

/** How many steps the saved play in progress has taken (progress is saved after every step). */
const stepsSaved = (page: Page) =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('service-hero.progress') ?? 'null') as {
      current?: { steps: { kind: string; id?: string }[] } | null;
    } | null;
    return saved?.current?.steps ?? [];
  });

/** Presses 1 at every choice, and Continue to move on, until the debrief shows; returns its grade. */
async function pressOneThrough(page: Page): Promise<string> {
  for (let step = 0; step < 40; step++) {
    await page.getByRole('region', { name: 'Story' }).waitFor();
    await showAllText(page);
    const finish = page.getByRole('button', { name: 'See your debrief' });
    if (await finish.isVisible()) {
      await finish.click();
      return (await readDebrief(page)).grade;
    }
    const choices = page.locator('.choices:not([hidden]) .choice');
    if ((await choices.count()) > 0) {
      // Progress is saved after every step, and a finished play becomes an attempt: either way the save changes.
      const saved = () => page.evaluate(() => localStorage.getItem('service-hero.progress'));
      const before = await saved();
      await page.keyboard.press('1');
      await expect.poll(saved).not.toBe(before);
    } else {
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
  }
  throw new Error('the story did not end within 40 steps');
}

const hotel = scenarioById(readLibrary(), 'hotel-dusty-suite');
if (!hotel) throw new Error('hotel-dusty-suite.yaml does not load');
const hotelPlays = (() => {
  const plays = analysePlays(hotel);
  if (plays.kind !== 'complete') throw new Error('the hotel story has too many plays to count');
  return plays.plays;
})();
const tried = (d: AnalysedPlay['decisions'][number]) => d.level === 'good' || d.level === 'heroic';

/** The three paths the issue names, chosen from the story's own plays, so the test follows the story as it is written. */
const threePaths = {
  // A good fix at the breakdown, then a heroic surprise away from any breakdown: 002's "fix it, then surprise".
  fixThenSurprise: hotelPlays.find((p) => {
    const fix = p.decisions.findIndex((d) => d.breakdown && d.level === 'good');
    return (
      fix >= 0 &&
      p.decisions.slice(fix + 1).some((d) => d.level === 'heroic' && !d.breakdown) &&
      p.decisions.every((d) => d.level !== 'harmful' && d.choice !== null)
    );
  }),
  // The same care, no heroic choice and no harm: the core put right, and nothing more.
  fixNoSurprise: hotelPlays.find(
    (p) =>
      p.decisions.some((d) => d.breakdown && d.level === 'good') &&
      p.decisions.every((d) => d.level === 'good' || d.level === 'routine') &&
      p.decisions.every((d) => d.choice !== null),
  ),
  // A good choice, then the customer's patience runs out.
  tryThenHesitate: hotelPlays.find((p) => {
    const t = p.decisions.findIndex((d) => d.choice === null);
    return (
      t > 0 &&
      p.decisions.slice(0, t).some((d) => d.breakdown && tried(d)) &&
      p.decisions.every((d, i) => i === t || d.level !== 'harmful')
    );
  }),
};

/** A seed whose rolls are the play's. */
function seedFor(play: AnalysedPlay): string {
  for (let i = 0; i < 1000; i++) {
    const seed = `grading-${i}`;
    if (JSON.stringify(rollVariations(hotel!.variations, seed)) === JSON.stringify(play.variation)) return seed;
  }
  throw new Error(`no seed rolls ${JSON.stringify(play.variation)}`);
}

/**
 * Plays the steps with the mouse; a timeout is left as a trainee would leave it, touching nothing until the patience
 * runs out (on the page's clock, which the test moves on by the beat's patience: see page.clock.install below).
 */
async function playByButtons(page: Page, play: AnalysedPlay): Promise<void> {
  const textOf = (id: string) =>
    Object.values(hotel!.beats)
      .flatMap((b) => b.choices ?? [])
      .find((c) => c.id === id)!.text;
  const patienceOf = (choice: string | null) =>
    Object.values(hotel!.beats).find((b) => b.choices?.some((c) => c.id === choice))?.patience?.seconds;
  for (const step of play.steps) {
    await showAllText(page);
    if (step.kind === 'choose')
      await page
        .getByRole('group', { name: 'What do you do?' })
        .getByRole('button', { name: textOf(step.id), exact: true })
        .click();
    else if (step.kind === 'continue') await page.getByRole('button', { name: 'Continue', exact: true }).click();
    else {
      const before = await page.locator('.choices:not([hidden]) .choice').first().getAttribute('data-choice');
      const seconds = patienceOf(before);
      if (!seconds) throw new Error(`the play times out at a beat with no patience (its first choice: ${before})`);
      // The patience runs once the whole beat has been in view (seenWatch.ts): read down to the last choice first.
      await page.locator('.choices:not([hidden]) button').last().scrollIntoViewIfNeeded();
      await page.getByRole('timer').waitFor();
      await page.clock.fastForward(seconds * 1000);
      await page.waitForFunction(
        (id) => document.querySelector('.choices:not([hidden]) .choice')?.getAttribute('data-choice') !== id,
        before,
        { timeout: 10_000 },
      );
    }
  }
  await showAllText(page);
  await page.getByRole('button', { name: 'See your debrief' }).click();
}

describe('three paths through the hotel story, by the buttons', () => {
  const cases = [
    ['fix then surprise', threePaths.fixThenSurprise, (grade: string) => expect(grade).toBe('A')],
    ['fix with no surprise', threePaths.fixNoSurprise, (grade: string) => expect(['B', 'C']).toContain(grade)],
    ['try then hesitate', threePaths.tryThenHesitate, (grade: string) => expect(grade).not.toBe('F')],
  ] as const;
  for (const [name, play, expectGrade] of cases) {
    it(`${name}: ${play ? describePlay(play) : 'no such path'}`, async () => {
      if (!play) throw new Error(`the hotel story has no "${name}" path`);
      await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
        await page.clock.install();
        await page.goto(`${baseUrl}?scenario=hotel-dusty-suite&seed=${seedFor(play)}`);
        await playByButtons(page, play);
        const shown = await readDebrief(page);
        await screenshot(page, `grading-${name.replaceAll(' ', '-')}`);
        expectGrade(shown.grade);
        expect(shown.grade).toBe(play.graded.grade);
        const core = page.locator('[data-axis="core"]');
        const experience = page.locator('[data-axis="experience"]');
        await expect(core.innerText()).resolves.toMatch(
          play.ending.core === 'failed' ? /Core: failed/ : /Core: (delivered|handled honestly)/,
        );
        await expect(experience.getAttribute('data-met')).resolves.toBe(String(play.graded.experience === 'delivered'));
        if (play.graded.experience === 'delivered')
          await expect(experience.innerText()).resolves.toContain(play.ending.experience!);
      });
    }, 120_000);
  }
});

describe('the order of the choices', () => {
  it('is the same for the same seed, differs between seeds, and number keys follow the order shown', async () => {
    const orderFor = (seed: string) =>
      withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
        await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=${seed}`);
        return shownChoices(page);
      });

    const first = await orderFor('order-1');
    expect(await orderFor('order-1')).toEqual(first);
    const others = await Promise.all(['order-2', 'order-3', 'order-4', 'order-5'].map(orderFor));
    expect(others.some((o) => o.join() !== first.join())).toBe(true);

    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=order-1`);
      const shown = await shownChoices(page);
      expect(shown).toEqual(first);
      await page.keyboard.press('1');
      await expect.poll(async () => (await stepsSaved(page)).at(-1)).toEqual({ kind: 'choose', id: shown[0] });
    });
  });
});

describe('pressing 1 at every choice', () => {
  it('does not earn the new-hire certificate', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      // The game's seeds come from Math.random: made repeatable here, so the test plays the same shifts every run.
      await page.addInitScript(() => {
        let a = 20261205;
        Math.random = () => {
          a = (a + 0x6d2b79f5) | 0;
          let t = Math.imul(a ^ (a >>> 15), 1 | a);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
      });
      await page.goto(baseUrl);
      await page.getByRole('button', { name: /New-hire essentials/ }).click();
      // One attempt at each story, in order, while the track lets the presser go on.
      const grades: string[] = [];
      for (let story = 0; story < 5; story++) {
        await page.getByRole('heading', { name: 'New-hire essentials' }).waitFor();
        const next = page.locator('.track-item.open').first();
        if ((await next.count()) === 0 || (await page.locator('.track-item.passed').count()) < story) break;
        await next.getByRole('button').click();
        grades.push(await pressOneThrough(page));
        await page.getByRole('button', { name: 'Back to the track' }).click();
      }
      await screenshot(page, 'grading-press-one-track');
      expect(grades.length).toBeGreaterThan(0);
      await expect(page.getByRole('button', { name: 'Your certificate' }).count()).resolves.toBe(0);
      await expect(page.getByRole('status').innerText()).resolves.not.toContain('track complete');
    });
  });
});
