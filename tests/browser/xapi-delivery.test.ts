// Plain xAPI delivery when the LRS refuses a statement for good (403) and when
// two tabs of one browser report to the same LRS while it is down.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestLrs, type TestLrs } from '../../tools/testLrs/testLrs.ts';
import { useChromium } from './support/chromium.ts';
import { allPlays } from '../support/plays.ts';
import { playStepsByMouse, pubStory, screenshot } from './support/game.ts';
import {
  actor,
  allSent,
  byRegistration,
  expectedVerbs,
  play,
  SEED,
  strictlyIncreasing,
  verbOf,
  waitFor,
} from './support/lrsAssertions.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const activityId = 'https://lms.example.com/courses/onboarding';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  await lrs.close();
});

const pub = pubStory();
/** A passing play of the pub story with at least three steps, for the second tab. */
const pubPlay = allPlays(pub.scenario, pub.catalogue, 'pub-1').find(
  (p) => p.steps.length >= 3 && ['A', 'B', 'C'].includes(p.report.grade),
)!;
const launch = (registration: string) =>
  `${baseUrl}?scenario=bakery-mini&seed=${SEED}&${lrs.xapiLaunchQuery({ actor, activityId, registration })}`;

describe('a statement the LRS refuses for good', () => {
  it('is set aside after a few tries, kept and exportable, and every later statement still arrives in order', async () => {
    const registration = crypto.randomUUID();
    let refusedId: string | undefined;
    // The LRS answers 403 to the third statement of this play, every time it is sent.
    lrs.setFault({
      reject: (s) => {
        if (s.context?.registration !== registration) return false;
        refusedId ??=
          lrs.statements().filter((t) => t.statement.context?.registration === registration).length === 2
            ? s.id
            : undefined;
        return s.id === refusedId;
      },
      status: 403,
    });
    await withPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true }, async (page) => {
      await page.goto(launch(registration));
      await playStepsByMouse(page, play.steps);
      const status = await allSent(page, 90_000);
      expect(status).toMatch(/1 set aside/);
      for (const [width, height] of [
        [1280, 720],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        await screenshot(page, `xapi-set-aside-${width}`);
      }
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /Save set-aside statements/ }).click();
      const saved = JSON.parse(await readDownload(await download)) as { id: string; verb: { id: string } }[];
      expect(saved.map((s) => s.id)).toEqual([refusedId]);
    });
    lrs.setFault('none');
    const stored = byRegistration(lrs, registration);
    const expected = expectedVerbs(play, ['passed', 'completed']);
    expected.splice(2, 1);
    expect(stored.map(verbOf)).toEqual(expected);
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    expect(strictlyIncreasing(stored)).toBe(true);
    expect(lrs.invalid()).toEqual([]);
  });
});

describe('two tabs while the LRS is down', () => {
  it('deliver every statement of both, once each and in order per tab, when it comes back, though one tab was closed', async () => {
    const registrations = [crypto.randomUUID(), crypto.randomUUID()];
    // Two stories: two tabs on one story would share its play in progress, which is the progress store's matter, not this test's.
    const tabs = [
      { url: launch(registrations[0]!), play },
      {
        url: `${baseUrl}?scenario=pub-caesar-dressing&seed=pub-1&${lrs.xapiLaunchQuery({ actor, activityId, registration: registrations[1] })}`,
        play: pubPlay,
      },
    ];
    lrs.setFault('down');
    await withPage({ viewport: { width: 1280, height: 800 } }, async (first) => {
      const second = await first.context().newPage();
      const pages: Page[] = [first, second];
      await Promise.all(pages.map((page, i) => page.goto(tabs[i]!.url)));
      // Interleaved, so each tab writes its queue between the other's writes.
      for (const [from, to] of [
        [0, 1],
        [1, 2],
        [2, Infinity],
      ] as const) {
        for (const [i, page] of pages.entries()) {
          // A page behind another is hidden, and a hidden page's story does not move on.
          await page.bringToFront();
          await playStepsByMouse(page, tabs[i]!.play.steps.slice(from, to), undefined, to === Infinity);
        }
      }
      for (const page of pages) await expect(page.locator('.lms-status').innerText()).resolves.toMatch(/waiting/);
      // The first tab is closed while the LRS is still down: only the browser's storage has its statements now.
      await first.close();
      lrs.setFault('none');
      // The next page reporting to this LRS takes over what the closed tab left; the open tab sends its own once online.
      const third = await second.context().newPage();
      await third.goto(`${baseUrl}?${lrs.xapiLaunchQuery({ actor, activityId, registration: crypto.randomUUID() })}`);
      await second.bringToFront();
      await second.evaluate(() => window.dispatchEvent(new Event('online')));
      await allSent(second, 90_000);
      await third.bringToFront();
      await waitFor(
        () => byRegistration(lrs, registrations[0]!).length,
        (n) => n >= expectedVerbs(play, ['passed', 'completed']).length,
        60_000,
      );
      await allSent(third, 90_000);
    });
    for (const [i, registration] of registrations.entries()) {
      const stored = byRegistration(lrs, registration);
      expect(stored.map(verbOf), registration).toEqual(expectedVerbs(tabs[i]!.play, ['passed', 'completed']));
      expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
      expect(strictlyIncreasing(stored)).toBe(true);
    }
    expect(lrs.invalid()).toEqual([]);
  });
});

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
