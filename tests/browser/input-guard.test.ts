// A decision needs a beat the player has seen: the second click of a double-click, a key held down, Enter
// pressed over and over or keys pressed while the story is still opening must not decide anything on a beat
// that was never on screen. Each burst below, at instant text and at the standard pace, must leave exactly
// one decision in the save, on the beat that was showing when the burst began.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { PlayStep } from '../../src/engine/index.ts';
import { useChromium } from './support/chromium.ts';
import { showAllText } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const SPEEDS = ['instant', 'standard'] as const;
type Speed = (typeof SPEEDS)[number];

/** The player's settings, in place before the page's own code reads them. */
async function useSpeed(page: Page, speed: Speed): Promise<void> {
  await page.addInitScript((revealSpeed) => {
    if (!localStorage.getItem('service-hero.settings'))
      localStorage.setItem(
        'service-hero.settings',
        JSON.stringify({
          version: 1,
          textSize: 'standard',
          revealSpeed,
          motion: 'reduced',
          contrast: 'standard',
          sound: false,
        }),
      );
  }, speed);
}

/** The steps of the play in progress as saved, or of the last finished play. */
async function savedSteps(page: Page): Promise<PlayStep[]> {
  return page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}') as {
      current?: { steps: PlayStep[] } | null;
    };
    return saved.current?.steps ?? [];
  });
}

/**
 * Real input sent all at once through the browser's input pipeline (the DevTools protocol, as Playwright's own
 * mouse and keyboard), not awaited one by one: on a busy machine a round trip per event could stretch a
 * double-click past the guard and prove nothing. Each event still reaches the page as a person's would.
 */
type Burst = (
  | { mouse: 'mousePressed' | 'mouseReleased'; x: number; y: number; clickCount: number }
  | { key: string; type: 'keyDown' | 'keyUp'; autoRepeat?: boolean }
)[];

async function burst(page: Page, events: Burst): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const keyOf = (key: string) =>
    key === 'Enter'
      ? { key, code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }
      : { key, code: `Digit${key}`, windowsVirtualKeyCode: key.charCodeAt(0), text: key };
  await Promise.all(
    events.map((e) =>
      'mouse' in e
        ? cdp.send('Input.dispatchMouseEvent', {
            type: e.mouse,
            x: e.x,
            y: e.y,
            button: 'left',
            buttons: e.mouse === 'mousePressed' ? 1 : 0,
            clickCount: e.clickCount,
          })
        : cdp.send('Input.dispatchKeyEvent', {
            type: e.type,
            autoRepeat: e.autoRepeat ?? false,
            ...keyOf(e.key),
            ...(e.type === 'keyUp' ? { text: undefined } : {}),
          }),
    ),
  );
  await cdp.detach();
}

const clicks = (x: number, y: number, count: number): Burst =>
  Array.from({ length: count }, (_, i) => [
    { mouse: 'mousePressed' as const, x, y, clickCount: i + 1 },
    { mouse: 'mouseReleased' as const, x, y, clickCount: i + 1 },
  ]).flat();
const presses = (key: string, count: number): Burst =>
  Array.from({ length: count }, () => [
    { key, type: 'keyDown' as const },
    { key, type: 'keyUp' as const },
  ]).flat();
/**
 * A key held down: one press, then, after a typical auto-repeat delay (long past the guard, so only the repeat
 * flag can stop them), the repeats a held key sends, then let go.
 */
async function holdKey(page: Page, key: string): Promise<void> {
  await burst(page, [{ key, type: 'keyDown' }]);
  await page.waitForTimeout(600);
  for (let i = 0; i < 8; i++) {
    await burst(page, [{ key, type: 'keyDown', autoRepeat: true }]);
    await page.waitForTimeout(80);
  }
  await burst(page, [{ key, type: 'keyUp' }]);
}

async function centre(locator: ReturnType<Page['locator']>): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the choice has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const decisions = (steps: PlayStep[]) => steps.filter((s) => s.kind !== 'continue');

/** Long enough for any leak to have happened: a burst's last input has long been handled by then. */
const settle = (page: Page) => page.waitForTimeout(1200);

/** Opens the pub story with its first beat's choices live, and returns the first choice's button and id. */
async function openPub(page: Page, speed: Speed, seed: string) {
  await useSpeed(page, speed);
  await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=${seed}`);
  await showAllText(page);
  // The burst lands once the game has taken the beat over from the page's first screen (the pub has a timer, so its
  // time limits note appears then): a burst in the moment of the hand-over is a separate case, not this test's.
  await page.locator('.story-screen .time-note:not([hidden])').waitFor();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('unreadable')));
  expect(kept, 'the settings were read').toEqual([]);
  const first = page.locator('.choices:not([hidden]) .choice').first();
  await first.waitFor();
  return { first, id: (await first.getAttribute('data-choice')) ?? '' };
}

async function expectOneDecision(page: Page, id: string): Promise<void> {
  await settle(page);
  expect(decisions(await savedSteps(page))).toEqual([{ kind: 'choose', id }]);
}

describe('a burst of input takes one decision, on the beat that was showing', () => {
  for (const speed of SPEEDS) {
    describe(`with ${speed} text`, () => {
      it('a double-click, and a triple-click', async () => {
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { first, id } = await openPub(page, speed, 'burst-1');
          const { x, y } = await centre(first);
          await burst(page, clicks(x, y, 2));
          await expectOneDecision(page, id);
        });
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { first, id } = await openPub(page, speed, 'burst-2');
          const { x, y } = await centre(first);
          await burst(page, clicks(x, y, 3));
          await expectOneDecision(page, id);
        });
      });

      it('a click then 2, and 1 pressed twice', async () => {
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { first, id } = await openPub(page, speed, 'burst-3');
          const { x, y } = await centre(first);
          await burst(page, [...clicks(x, y, 1), ...presses('2', 1)]);
          await expectOneDecision(page, id);
        });
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { id } = await openPub(page, speed, 'burst-4');
          await burst(page, presses('1', 2));
          await expectOneDecision(page, id);
        });
      });

      it('a key held down (auto-repeat) decides once, whatever it is', async () => {
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { id } = await openPub(page, speed, 'burst-5');
          await holdKey(page, '1');
          await expectOneDecision(page, id);
        });
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { first, id } = await openPub(page, speed, 'burst-6');
          await first.focus();
          await holdKey(page, 'Enter');
          await expectOneDecision(page, id);
        });
      });

      it('Enter pressed five times', async () => {
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          const { first, id } = await openPub(page, speed, 'burst-7');
          await first.focus();
          await burst(page, presses('Enter', 5));
          await expectOneDecision(page, id);
        });
      });

      it('number keys pressed while the story opens from the title decide nothing', async () => {
        await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
          await useSpeed(page, speed);
          await page.goto(baseUrl);
          // When the story's controls appeared, and when each key reached the page (the times the guard compares).
          await page.evaluate(() => {
            const seen = { live: Infinity, keys: [] as number[] };
            Object.assign(window, { guardSeen: seen });
            addEventListener('keydown', (e) => seen.keys.push(e.timeStamp), true);
            new MutationObserver(() => {
              if (seen.live === Infinity && document.querySelector('.choices:not([hidden]) .choice'))
                seen.live = performance.now();
            }).observe(document.body, { subtree: true, childList: true, attributes: true });
          });
          await page.getByRole('button', { name: /Hold the Dressing/ }).click();
          await burst(
            page,
            ['1', '2', '3', '4', '5', '1', '1', '1'].flatMap((key) => presses(key, 1)),
          );
          await settle(page);
          await showAllText(page);
          const seen = await page.evaluate(
            () => (window as unknown as { guardSeen: { live: number; keys: number[] } }).guardSeen,
          );
          // The beat the keys fell on was never on screen before them: nothing is decided until it has been. On a
          // machine so busy that some keys only reached the page after the choices were up, those keys were a
          // person's on a beat on show: at most one decides, and the guard on the next beat holds back the rest.
          const late = seen.keys.filter((t) => t >= seen.live).length;
          expect(decisions(await savedSteps(page)).length).toBeLessThanOrEqual(late ? 1 : 0);
          if (late) return;
          const first = page.locator('.choices:not([hidden]) .choice').first();
          const id = await first.getAttribute('data-choice');
          await page.keyboard.press('1');
          await expect.poll(async () => decisions(await savedSteps(page))).toEqual([{ kind: 'choose', id }]);
        });
      });
    });
  }
});

describe('in an assessed track', () => {
  it('a double-click makes one graded decision', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await useSpeed(page, 'instant');
      await page.goto(baseUrl);
      await page.getByRole('button', { name: /New-hire essentials/ }).click();
      await page.getByRole('button', { name: /^Start: No Card, No Entry$/ }).click();
      await showAllText(page);
      const first = page.locator('.choices:not([hidden]) .choice').first();
      const id = await first.getAttribute('data-choice');
      const { x, y } = await centre(first);
      await burst(page, clicks(x, y, 2));
      await settle(page);
      const saved = await page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}') as {
            current?: { trackId?: string; steps: PlayStep[] };
          },
      );
      expect(saved.current?.trackId).toBeTruthy();
      expect(decisions(saved.current?.steps ?? [])).toEqual([{ kind: 'choose', id }]);
    });
  });
});
