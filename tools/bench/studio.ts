// The story studio's speed (issue 14), in the production build: a generated 500-beat story open on its map with a
// beat's form below it.
// - Keystrokes: the time from each key pressed in the beat's title field to the frame after it, in rounds of
//   typing; each round but the idle ones begins with an edit, so the check runs in its worker and its answer
//   redraws the map and the form while the keys come. The idle rounds, typed with no check running, are the
//   baseline beside them.
// - The check after each edit: from the draft sent to the worker (after the 400 ms pause the studio waits for
//   typing to stop) to its map and form redrawn, from the studio's User Timing marks (src/play/studio/studioMarks.ts).
// - A big story opened from a file, the map picked as soon as the editor shows: from the file chosen to its map
//   drawn, and to its whole check drawn.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateScenarioYaml } from '../generateScenario.ts';
import { STUDIO_MARKS } from '../../src/play/studio/studioMarks.ts';
import { benchDir } from './serve.ts';
import { ms, summarize, table, type Summary } from './stats.ts';

export interface StudioFigures {
  beats: number;
  /** Key to the frame after it, while a check runs and redraws; and with none running. */
  keystrokeMs: { whileChecking: Summary; idle: Summary };
  /** How many of the edit rounds had a check answered, and drawn, while their keys were typed. */
  roundsOverlapped: number;
  rounds: number;
  /** Per check after an edit: in the worker (the loader, checks, analysis and the map's layout), and the redraw. */
  checkMs: Summary;
  redrawMs: Summary;
  /** From the draft sent to its map drawn again (as the story loads, before the analysis is done). */
  editToMapMs: Summary;
  /** A bigger story opened from a file: to its check drawn, then to its map drawn; null if it would not open. */
  bigOpen: { beats: number; characters: number; checkedMs: number; mapMs: number } | { beats: number; refused: string };
}

const KEYS_PER_ROUND = 40;
const KEY_DELAY_MS = 45;

/** Installed in the page: every keydown's time to the frame after it (a task posted from the next animation frame). */
const recordKeys = () => {
  const w = window as unknown as { keyTimes: number[] };
  w.keyTimes = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const pressed = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.keyTimes.push(performance.now() - pressed);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
};

const takeKeys = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { keyTimes: number[] };
    return w.keyTimes.splice(0);
  });

/** The marks' times since the page opened, in order, cleared once read. */
const takeMarks = (page: Page, names: readonly string[]) =>
  page.evaluate((wanted) => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => wanted.includes(m.name))
      .map((m) => ({ name: m.name, at: m.startTime }));
    performance.clearMarks();
    return marks;
  }, names);

async function openStory(page: Page, baseUrl: string, file: string): Promise<void> {
  await page.goto(`${baseUrl}?studio`);
  await page.getByRole('heading', { name: 'Story studio', level: 1 }).waitFor();
  await page.locator('#studio-file').setInputFiles(file);
}

const status = (page: Page) => page.locator('.studio-status');
const checkedStatus = /plays|No problems|cannot|problem/;

/** Waits until a check has been drawn since `since` marks were taken: the studio is quiet again. */
async function untilChecked(page: Page): Promise<void> {
  await page.waitForFunction((drawn) => performance.getEntriesByName(drawn).length > 0, STUDIO_MARKS.drawn, {
    timeout: 120_000,
    polling: 50,
  });
}

export async function measureStudio(
  browser: Browser,
  baseUrl: string,
  options: { rounds: number; bigBeats: number },
  progress: (message: string) => void,
): Promise<StudioFigures> {
  const beats = 500;
  const file = join(benchDir, `studio-${beats}.yaml`);
  writeFileSync(file, generateScenarioYaml({ beats }));
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await openStory(page, baseUrl, file);
    await status(page).filter({ hasText: checkedStatus }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    const title = page.locator('#beat-b0-title');
    await title.waitFor();
    await page.evaluate(recordKeys);
    const busy: number[] = [];
    const idle: number[] = [];
    const checks: number[] = [];
    const redraws: number[] = [];
    const mapped: number[] = [];
    let overlapped = 0;
    for (let round = 0; round < options.rounds * 2; round++) {
      const edit = round % 2 === 0;
      await takeMarks(page, []);
      await takeKeys(page);
      await title.click();
      if (edit) {
        // A change to the title, left with Tab: one edit of the text, checked after the pause.
        await title.fill(`Decision 0, take ${round}`);
        await title.press('Tab');
        await title.click();
      }
      await title.press('End');
      const typedFrom = await page.evaluate(() => performance.now());
      await page.keyboard.type('x'.repeat(KEYS_PER_ROUND), { delay: KEY_DELAY_MS });
      const typedTo = await page.evaluate(() => performance.now());
      const times = await takeKeys(page);
      // The field is left with words of its own, so leaving it is an edit, and every round ends with a check done.
      await title.fill(`Decision 0, round ${round} done`);
      await title.press('Tab');
      if (edit) {
        const marks = await takeMarks(page, Object.values(STUDIO_MARKS));
        const sent = marks.find((m) => m.name === STUDIO_MARKS.check && m.at >= typedFrom - 2000);
        const answered = marks.find((m) => m.name === STUDIO_MARKS.checked && sent && m.at > sent.at);
        const drawn = marks.find((m) => m.name === STUDIO_MARKS.drawn && answered && m.at >= answered.at);
        // The map is on show: it is drawn as the story loads, the mark left just after.
        const map = marks.find((m) => m.name === STUDIO_MARKS.loaded && sent && m.at > sent.at);
        if (sent && answered && drawn && map && map.at <= answered.at) {
          checks.push(answered.at - sent.at);
          redraws.push(drawn.at - answered.at);
          mapped.push(map.at - sent.at);
          if (drawn.at <= typedTo) overlapped++;
        }
        busy.push(...times);
      } else idle.push(...times);
      await untilChecked(page);
      progress(`studio: round ${round + 1} of ${options.rounds * 2} (${edit ? 'with a check' : 'idle'})`);
    }
    if (!checks.length) throw new Error('no check was timed: the studio left no marks');
    const bigOpen = await measureBigOpen(browser, baseUrl, options.bigBeats, progress);
    return {
      beats,
      keystrokeMs: { whileChecking: summarize(busy), idle: summarize(idle) },
      roundsOverlapped: overlapped,
      rounds: options.rounds,
      checkMs: summarize(checks),
      redrawMs: summarize(redraws),
      editToMapMs: summarize(mapped),
      bigOpen,
    };
  } finally {
    await page.close();
  }
}

async function measureBigOpen(
  browser: Browser,
  baseUrl: string,
  beats: number,
  progress: (message: string) => void,
): Promise<StudioFigures['bigOpen']> {
  const text = generateScenarioYaml({ beats });
  const file = join(benchDir, `studio-${beats}.yaml`);
  writeFileSync(file, text);
  progress(
    `studio: opening a ${beats.toLocaleString('en')}-beat story (${(text.length / 1e6).toFixed(1)} M characters)`,
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(`${baseUrl}?studio`);
    await page.getByRole('heading', { name: 'Story studio', level: 1 }).waitFor();
    // The frame the map is first painted in: the first animation frame after a beat is drawn on it (the overview's
    // kinds of beat are drawn as .map-node too). Read from inside the page, so the check's own answer, which the page
    // takes in just after, is not counted in it.
    await page.evaluate(() => {
      const w = window as unknown as { mapPaintedAt?: number };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.map-node')) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.mapPaintedAt = performance.now()));
      }).observe(document.body, { childList: true, subtree: true });
    });
    const chosen = await page.evaluate(() => performance.now());
    await page.locator('#studio-file').setInputFiles(file);
    const notice = page.locator('.studio-notice, [role="alert"]').filter({ hasText: /at most|cannot/ });
    const mapButton = page.getByRole('button', { name: 'Map', exact: true });
    const opened = await Promise.race([
      mapButton.waitFor({ timeout: 120_000 }).then(() => 'opened' as const),
      notice.waitFor({ timeout: 120_000 }).then(() => 'refused' as const),
    ]);
    if (opened === 'refused') return { beats, refused: (await notice.first().innerText()).trim() };
    await mapButton.click();
    await page.waitForFunction(
      () => (window as unknown as { mapPaintedAt?: number }).mapPaintedAt !== undefined,
      null,
      {
        timeout: 120_000,
        polling: 50,
      },
    );
    const mapAt = await page.evaluate(() => (window as unknown as { mapPaintedAt: number }).mapPaintedAt);
    await untilChecked(page);
    const checkedAt = await page.evaluate(
      (drawn) => performance.getEntriesByName(drawn)[0]!.startTime,
      STUDIO_MARKS.drawn,
    );
    return { beats, characters: text.length, checkedMs: checkedAt - chosen, mapMs: mapAt - chosen };
  } finally {
    await page.close();
  }
}

/** The studio's section of the report. */
export function formatStudio(s: StudioFigures): string {
  const row = (name: string, v: Summary) => [name, ms(v.median), ms(v.p90), ms(v.p95), ms(v.max), String(v.n)];
  const big = s.bigOpen;
  return [
    `A generated ${s.beats}-beat story on its map, a beat's form below it; ${s.rounds} rounds of ${KEYS_PER_ROUND} keys`,
    `typed into its title field after an edit (the check answered and drew during the keys in ${s.roundsOverlapped}`,
    `of them), and as many idle rounds beside them, with no check running.`,
    '',
    table(
      ['', 'median', 'p90', 'p95', 'max', 'n'],
      [
        row('key to next frame, while a check runs', s.keystrokeMs.whileChecking),
        row('key to next frame, idle (baseline)', s.keystrokeMs.idle),
        row('check in its worker', s.checkMs),
        row('redraw (the form waits while typed in)', s.redrawMs),
        row('draft sent to map redrawn (as it loads)', s.editToMapMs),
      ],
    ),
    'The check starts 400 ms after typing stops (the studio waits for a pause), not counted here.',
    'refused' in big
      ? `A ${big.beats.toLocaleString('en')}-beat story from a file: refused: ${big.refused}`
      : `A ${big.beats.toLocaleString('en')}-beat story (${(big.characters / 1e6).toFixed(1)} M characters) from a file, the map picked as the editor showed: map drawn ${ms(big.mapMs)}, the whole check drawn ${ms(big.checkedMs)} after the file was chosen.`,
  ].join('\n');
}
