// How a test drives the game the way a person does: by role and name, with
// real clicks, taps and keys, and screenshots of what was on screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { readLibrary, projectRoot } from '../../../tools/projectFiles.ts';
import type { Step } from '../../support/plays.ts';

export const screenshotDir = join(projectRoot, 'test-output', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** The pub story and catalogue as the engine loads them from disk. */
export function pubStory() {
  const library = readLibrary();
  const scenario = library.entries.find((e) => e.scenario?.id === 'pub-caesar-dressing')?.scenario;
  if (!scenario || !library.catalogue) throw new Error('pub-caesar-dressing.yaml does not load');
  return { scenario, catalogue: library.catalogue };
}

/** Collects page errors and console errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Shows the whole beat: presses "Show all text" while the text is being revealed, then waits until the beat's
 * controls (choices, Continue or the debrief button) are on screen, so what a test reads next is complete.
 *
 * The press is the button's click event sent to the button itself, not a pointer click with a short timeout. A
 * locator click arms a hit-target guard in the page (capture listeners that cancel and stop any mouse event that
 * lands elsewhere) before its mouse events; when its timeout ran out while a busy page was still arming it (the
 * text had meanwhile finished on its own), the guard stayed armed for good, and the test's next real click or
 * Enter on a choice was swallowed: "no decision at all" in input-guard.test.ts. A button that has gone by then
 * (the beat fully shown) takes the event harmlessly.
 */
export async function showAllText(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Story' }).waitFor();
  const skip = page.getByRole('button', { name: 'Show all text' });
  if (await skip.isVisible()) await skip.dispatchEvent('click', undefined, { timeout: 1000 }).catch(() => undefined);
  await untilShown(page, '.story-screen .choices:not([hidden])');
}

/**
 * Waits until an element matching `selector` is laid out, checking every frame. A locator's own wait checks less
 * and less often (every 500 ms after its first tries), and so added about 0.4 s to each beat a test played: the
 * controls come 350 ms after the text (controlsGuard.ts), after the locator has slowed down.
 */
export async function untilShown(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (css) => [...document.querySelectorAll(css)].some((el) => el.getClientRects().length > 0),
    selector,
    { polling: 'raf', timeout },
  );
}

/** Takes the steps by mouse; unless `finish` is false, then opens the debrief. */
export async function playStepsByMouse(
  page: Page,
  steps: readonly Step[],
  shots?: string,
  finish = true,
): Promise<void> {
  for (const [i, step] of steps.entries()) {
    await showAllText(page);
    const target =
      step.kind === 'choose'
        ? page.getByRole('group', { name: 'What do you do?' }).getByRole('button', { name: step.text, exact: true })
        : page.getByRole('button', { name: 'Continue', exact: true });
    await target.waitFor();
    if (shots && i < 3) await screenshot(page, `${shots}-beat-${i + 1}`);
    await target.click();
  }
  if (!finish) return;
  await showAllText(page);
  await page.getByRole('button', { name: 'See your debrief' }).click();
}

export interface ShownDebrief {
  grade: string;
  percent: number;
  levels: string[];
  levelLabels: string[];
  ending: string;
}

export async function readDebrief(page: Page): Promise<ShownDebrief> {
  await untilShown(page, '.grade-badge[data-grade]');
  const badge = page.getByRole('img', { name: /^Grade [A-F]$/ });
  const label = (await badge.getAttribute('aria-label')) ?? '';
  const decisions = page.locator('.decision');
  return {
    grade: label.replace('Grade ', ''),
    percent: Number(await page.locator('[data-percent]').getAttribute('data-percent')),
    levels: await decisions.evaluateAll((items) => items.map((item) => item.getAttribute('data-level') ?? '')),
    levelLabels: await decisions.locator('.level-tag').allInnerTexts(),
    ending: (await page.locator('.facts dd').first().innerText()).trim(),
  };
}

/** Holds every request for a chunk until release() is called: what a slow network does to that one file. */
export async function holdChunk(page: Page, chunk: RegExp): Promise<{ release(): void }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route: Route) => {
    await released;
    // To whoever else serves the page (a test's own routes, registered before this one), else the network.
    await route.fallback();
  });
  return { release };
}

/** Holds Phaser's chunk until release(): "before the stage" is then certain. */
export const holdPhaser = (page: Page) => holdChunk(page, /\/assets\/phaser-[^/]*\.js$/);
