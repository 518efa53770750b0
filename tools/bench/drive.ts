// Plays the game through its buttons with the mouse, as a person does, but
// without knowing the path in advance: "Try another path" starts a play with a
// fresh random seed, so the driver reads whatever buttons the beat offers and
// picks one. It clicks with page.mouse at the button's centre, after reading
// the screen in one call: Playwright's own click first checks the element is
// stable over several frames, which on this busy 2-core machine cost 0.3–1.5 s
// a click and would have made the 50 plays of the memory run far too long.
import type { Locator, Page } from 'playwright-core';
import { beatState, buttonSpot, type BeatState, type Spot } from './pageScripts.ts';

const STEP_TIMEOUT_MS = 15_000;
/** No story the game ships is anywhere near this long; more steps means the driver is going round in circles. */
const MAX_STEPS = 200;

async function waitForBeat(page: Page, options: { ready: boolean; after: number }): Promise<BeatState> {
  return page.evaluate<BeatState>(beatState({ ...options, timeoutMs: STEP_TIMEOUT_MS }));
}

const clickAt = (page: Page, spot: Spot) => page.mouse.click(spot.x, spot.y);

/** A beat's buttons, once its text is all shown; with `skip`, pressing "Show all text" if it is still coming. */
async function readyBeat(page: Page, after: number, skip: boolean): Promise<Extract<BeatState, { kind: 'ready' }>> {
  const state = await waitForBeat(page, { ready: !skip, after });
  if (state.kind === 'ready') return state;
  await clickAt(page, state.skip);
  const ready = await waitForBeat(page, { ready: true, after });
  if (ready.kind !== 'ready') throw new Error('the beat never showed its buttons');
  return ready;
}

export interface StepResult {
  /** False at the ending, where the only button is the debrief's. */
  went: boolean;
  /** The beat the step was taken from; the next step waits for another. */
  token: number;
}

/**
 * Takes one step of the story: picks choice `pick` modulo the number offered (so plays take different
 * paths) or presses Continue. Without `skip` the text is left to type itself out.
 */
export async function takeStep(page: Page, pick: number, after: number, skip = true): Promise<StepResult> {
  const beat = await readyBeat(page, after, skip);
  const only = beat.buttons.length === 1 ? beat.buttons[0]! : null;
  if (only?.label === 'See your debrief') return { went: false, token: beat.token };
  // Measured again just before the click: reading every button scrolled the choices box for each in turn, so
  // where there are more choices than fit, the first ones' places were stale and a click could land between them.
  await clickAt(page, await page.evaluate<Spot>(buttonSpot(pick % beat.buttons.length)));
  return { went: true, token: beat.token };
}

/** Waits for a button by role and name, then clicks its centre with the mouse. */
async function press(page: Page, button: Locator): Promise<void> {
  await button.waitFor({ timeout: STEP_TIMEOUT_MS });
  await button.scrollIntoViewIfNeeded({ timeout: STEP_TIMEOUT_MS });
  const box = await button.boundingBox();
  if (!box) throw new Error('a button vanished before it could be clicked');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Plays from the current beat to the debrief; `play` varies the picks between plays, `after` is the beat a
 * step was last taken from, if any. Returns the steps taken.
 */
export async function playToDebrief(page: Page, play: number, after = -1): Promise<number> {
  let steps = 0;
  for (;;) {
    const step = await takeStep(page, play + steps, after);
    after = step.token;
    if (!step.went) break;
    if (++steps > MAX_STEPS) throw new Error(`no ending after ${MAX_STEPS} steps`);
  }
  await press(page, page.getByRole('button', { name: 'See your debrief' }));
  await page.getByRole('img', { name: /^Grade [A-F]$/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
  return steps;
}

/** From the debrief, back into the same story with a new seed. */
export async function tryAnotherPath(page: Page): Promise<void> {
  await press(page, page.getByRole('button', { name: 'Try another path' }));
  await page.getByRole('region', { name: 'Story' }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

export function skipButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Show all text' });
}
