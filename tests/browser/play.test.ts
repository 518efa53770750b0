// Plays the pub story through the real UI along paths chosen from the engine,
// and checks the debrief shows exactly what the engine computes for that path.
import { describe, expect, inject, it } from 'vitest';
import { bestPlay } from '../../src/engine/index.ts';
import { LEVEL_LABELS } from '../../src/ui/levels.ts';
import { allPlays, replay, type Play } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { pauseClock, runClockUntil } from './support/clock.ts';
import { playStepsByMouse, pubStory, readDebrief, screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { scenario, catalogue } = pubStory();
const { withPage } = useChromium();

/** Three plays with different grades (the best, a middling one, a failing one) and a sold-out-shop play. */
function chosenPlays(): Play[] {
  const plays = ['shift-1', 'shift-2', 'shift-3', 'shift-4', 'shift-5', 'shift-6'].flatMap((seed) =>
    allPlays(scenario, catalogue, seed),
  );
  const best = plays.find((p) => p.report.grade === 'A');
  const middling = plays.find((p) => p.report.grade === 'C' || p.report.grade === 'B');
  const failing = plays.find((p) => p.report.grade === 'F');
  const soldOut = plays.find((p) => p.report.grade === 'A' && p.report.decisions.some((d) => d.beat === 'shelf-empty'));
  const picked = [best, middling, failing, soldOut].filter((p): p is Play => p !== undefined);
  expect(
    new Set(picked.map((p) => p.report.grade)).size,
    'the story should offer A, B/C and F paths',
  ).toBeGreaterThanOrEqual(3);
  return picked;
}

describe('playing the pub story with the mouse', () => {
  for (const [n, play] of chosenPlays().entries()) {
    it(`path ${n + 1} (seed ${play.seed}, engine grade ${play.report.grade}) shows the engine's grade and levels`, async () => {
      await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
        const errors = watchErrors(page);
        await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${play.seed}`);
        await playStepsByMouse(page, play.steps, n === 0 ? 'story' : undefined);

        const shown = await readDebrief(page);
        await screenshot(page, `debrief-path-${n + 1}-grade-${shown.grade}`);
        const engine = replay(scenario, catalogue, play.seed, play.steps).report();
        expect(shown.grade).toBe(engine.grade);
        expect(shown.percent).toBe(engine.percent);
        expect(shown.levels).toEqual(engine.decisions.map((d) => d.level));
        expect(shown.levelLabels).toEqual(engine.decisions.map((d) => LEVEL_LABELS[d.level]));
        expect(shown.ending).toBe(engine.ending.title);
        // The debrief sets the path beside the best one the same seed allowed, as the engine finds it, once it is found.
        const found = bestPlay(scenario, catalogue, play.seed);
        if (found.kind !== 'found') throw new Error(`no best path for seed ${play.seed}`);
        const best = found.play.report;
        await expect
          .poll(() => page.getByRole('region', { name: /best path for this shift/ }).innerText())
          .toContain(`grade ${best.grade}, score ${best.percent}%`);
        await expect(page.locator('.path-card').getAttribute('data-best')).resolves.toBe('found');
        expect(errors).toEqual([]);
      });
    });
  }
});

describe('other ways to play', () => {
  it('plays to the end with the keyboard alone (Space, number keys, Enter)', async () => {
    const [play] = allPlays(scenario, catalogue, 'keys-1').filter((p) => p.report.grade === 'A');
    if (!play) throw new Error('no A path for seed keys-1');
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      // Slow text, so every beat is still being written when the test presses Space: a Space pressed once the
      // beat's controls are live would press the focused control instead (as it should), not skip the text.
      await page.addInitScript(() => {
        if (!localStorage.getItem('service-hero.settings'))
          localStorage.setItem(
            'service-hero.settings',
            JSON.stringify({
              version: 1,
              textSize: 'standard',
              revealSpeed: 'slow',
              motion: 'system',
              contrast: 'standard',
              sound: false,
            }),
          );
      });
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=${play.seed}`);
      const writing = page.locator('.story-screen .reveal-controls:not([hidden])');
      const controls = page.locator('.story-screen .choices:not([hidden])');
      /** Skips the new beat's text with Space, then waits for its controls. */
      const skipWithSpace = async () => {
        await writing.waitFor();
        await page.keyboard.press('Space');
        await writing.waitFor({ state: 'hidden' });
        await controls.waitFor();
      };
      const engine = replay(scenario, catalogue, play.seed, []);
      for (const step of play.steps) {
        await skipWithSpace();
        if (step.kind === 'choose') {
          const index = engine.view().choices.findIndex((c) => c.id === step.id);
          await page.keyboard.press(String(index + 1));
          engine.choose(step.id);
        } else {
          await page.keyboard.press('Enter');
          engine.continueStory();
        }
      }
      await skipWithSpace();
      await page.getByRole('button', { name: 'See your debrief' }).waitFor();
      await page.keyboard.press('Enter');
      expect((await readDebrief(page)).grade).toBe(play.report.grade);
    });
  });

  it('clicking a choice starts the next beat from its first word, not skipped', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=click-1`);
      await showAllText(page);
      const first = scenario.beats[scenario.start]?.choices?.[0];
      if (!first) throw new Error('the first beat should have choices');
      // Click the text inside the button, as a person does, not the button's edge.
      await page.getByRole('button', { name: first.text, exact: true }).getByText(first.text).click();
      // The next beat types out from its start: "Show all text" is offered, and no choices yet. Waited for, not
      // read at once: on a busy machine the next beat can take a frame or two to begin.
      await page.getByRole('button', { name: 'Show all text' }).waitFor({ state: 'visible', timeout: 5000 });
      await expect(page.locator('.choices').isHidden()).resolves.toBe(true);
    });
  });

  it('plays by touch on a phone-sized screen', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(`${baseUrl}?scenario=${scenario.id}&seed=touch-1`);
      await showAllText(page);
      const first = scenario.beats[scenario.start]?.choices?.[0];
      if (!first) throw new Error('the first beat should have choices');
      const button = page.getByRole('button', { name: first.text, exact: true });
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await button.tap();
      await expect.poll(() => page.locator('.breakdown-banner').first().innerText()).toContain('Breakdown');
      await screenshot(page, 'phone-breakdown');
    });
  });

  it('lets patience run out when the trainee hesitates, and scores it', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.clock.install();
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=wait-1`);
      const next = page.getByRole('button', { name: 'Continue', exact: true });
      await next.waitFor();
      // The page's time now moves only as the test moves it, so the patience is timed to within a step, not waited out.
      await pauseClock(page);
      await next.click();
      const timer = page.getByRole('timer', { name: "Ada's patience" });
      await runClockUntil(page, timer);
      await screenshot(page, 'patience-running');
      // The fixture's patience is 10 seconds, started within the last 50 ms: do nothing for a little less, then the rest.
      const hesitated = page.getByText("You hesitated, and Ada's patience ran out.", { exact: true });
      await page.clock.fastForward(9_900);
      expect(await hesitated.isVisible(), 'patience must not run out before its 10 seconds').toBe(false);
      await expect(timer.isVisible()).resolves.toBe(true);
      await page.clock.fastForward(100);
      expect(await hesitated.isVisible(), 'patience runs out at its 10 seconds').toBe(true);
      await page.clock.resume();
      await showAllText(page);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      const shown = await readDebrief(page);
      expect(shown.grade).toBe('F');
      expect(shown.levels).toEqual(['harmful']);
    });
  });
});
