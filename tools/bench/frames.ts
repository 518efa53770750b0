// Frame times while the game is driven: requestAnimationFrame deltas gathered
// in the page, first while the dialogue types itself out (nothing skipped), then
// through scene changes (beat to beat with the text skipped, story to debrief
// and back again with "Try another path").
import type { Browser, Page } from 'playwright-core';
import { playToDebrief, skipButton, takeStep, tryAnotherPath } from './drive.ts';
import { VIEWPORT } from './firstChoice.ts';
import { FRAME_COLLECTOR, type FrameLog } from './pageScripts.ts';
import { summarize, type Summary } from './stats.ts';

export interface FramePhase {
  frames: number;
  seconds: number;
  summary: Summary;
  /** Frames longer than two refreshes at 60 Hz: at least one frame was dropped. */
  over33ms: number;
}

export interface FrameResult {
  all: FramePhase;
  phases: Record<string, FramePhase>;
  /** Story → debrief and debrief → story changes during the transitions phase. */
  sceneChanges: number;
}

async function setPhase(page: Page, phase: string | null): Promise<void> {
  await page.evaluate(`window.__benchPhase = ${JSON.stringify(phase)}`);
}

function phaseOf(deltas: readonly number[]): FramePhase {
  if (deltas.length === 0) throw new Error('no animation frames were recorded');
  return {
    frames: deltas.length,
    seconds: deltas.reduce((a, b) => a + b, 0) / 1000,
    summary: summarize(deltas),
    over33ms: deltas.filter((d) => d > 1000 / 30).length,
  };
}

export async function measureFrames(browser: Browser, storyUrl: string, minSeconds: number): Promise<FrameResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: FRAME_COLLECTOR });
    const page = await context.newPage();
    await page.goto(storyUrl);
    await skipButton(page).waitFor({ timeout: 60_000 });

    // The typewriter: let each beat's text come out at its own pace, then choose, for at least minSeconds.
    await setPhase(page, 'dialogue reveal');
    const revealStarted = performance.now();
    let after = -1;
    for (let step = 0; performance.now() - revealStarted < minSeconds * 1000; step++) {
      const taken = await takeStep(page, step, after, false);
      if (!taken.went) break; // the story ended early: enough of the reveal was seen
      after = taken.token;
    }

    // Scene changes: beats in quick succession (faces come and go), the debrief, and back to the story.
    await setPhase(page, 'scene transitions');
    const transitionsStarted = performance.now();
    let sceneChanges = 0;
    for (let play = 0; sceneChanges < 4 || performance.now() - transitionsStarted < minSeconds * 1000; play++) {
      await playToDebrief(page, play, after);
      after = -1;
      await tryAnotherPath(page);
      sceneChanges += 2;
      if (sceneChanges >= 40) break; // enough, however slow the machine
    }
    await setPhase(page, null);

    const log = await page.evaluate<FrameLog>('window.__benchFrames');
    const phases = Object.fromEntries(Object.entries(log.deltas).map(([name, deltas]) => [name, phaseOf(deltas)]));
    return { all: phaseOf(Object.values(log.deltas).flat()), phases, sceneChanges };
  } finally {
    await context.close();
  }
}
