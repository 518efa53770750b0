// Settings › Read aloud: each beat's lines are given to the browser's speech synthesis in order, each in its own
// language, narration in a plain voice and each character in one of their own; a line with a recording plays it
// in its turn instead; a new beat stops the last one's lines, the settings dialog pauses the reading, and with
// the setting off nothing is said. The browser's speech synthesis and its audio elements' play() are replaced by
// a recorder (no voices in headless Chromium, and no sound before a press on the page), which keeps every call in
// order and says each utterance and recording ended soon after.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { translationsOf } from '../../tools/vite/shippedContent.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { replay } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { pubStory, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const { scenario, catalogue } = pubStory();
const SEED = 'read-aloud-1';

type Call =
  | { call: 'speak'; text: string; lang: string; pitch: number; rate: number }
  | { call: 'play'; src: string }
  | { call: 'cancel' | 'pause' | 'resume' };

async function openWithRecorder(page: Page, readAloud: boolean, lang = 'en', story = scenario.id): Promise<void> {
  await page.addInitScript((readAloud) => {
    localStorage.setItem(
      'service-hero.settings',
      JSON.stringify({ version: 2, revealSpeed: 'instant', sound: false, readAloud }),
    );
    const calls: unknown[] = [];
    Object.assign(window, { speechCalls: calls });
    const recorder = {
      speak: (u: SpeechSynthesisUtterance) => {
        calls.push({ call: 'speak', text: u.text, lang: u.lang, pitch: u.pitch, rate: u.rate });
        setTimeout(() => u.dispatchEvent(new Event('end')), 20);
      },
      cancel: () => calls.push({ call: 'cancel' }),
      pause: () => calls.push({ call: 'pause' }),
      resume: () => calls.push({ call: 'resume' }),
      getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: recorder, configurable: true });
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      calls.push({ call: 'play', src: this.src });
      setTimeout(() => this.dispatchEvent(new Event('ended')), 50);
      return Promise.resolve();
    };
  }, readAloud);
  await page.goto(`${baseUrl}?scenario=${story}&seed=${SEED}&lang=${lang}`);
  await page.locator('.story-screen .choices:not([hidden]) button').first().waitFor({ timeout: 30_000 });
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: Call[] }).speechCalls);

describe('reading a story aloud', () => {
  const first = replay(scenario, catalogue, SEED, []).view();

  it('reads each beat’s lines in order, a voice per character, stops them for the next beat, pauses with the story', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await openWithRecorder(page, true);
      await expect
        .poll(async () => (await calls(page)).filter((c) => c.call === 'speak').length)
        .toBe(first.lines.length);
      const spoken = (await calls(page)).filter((c) => c.call === 'speak');
      expect(spoken.map((c) => c.text)).toEqual(first.lines.map((line) => line.text));
      expect(spoken.every((c) => c.lang === 'en')).toBe(true);
      const voice = (speaker: string | null) => {
        const index = first.lines.findIndex((line) => line.speaker === speaker);
        return { pitch: spoken[index]!.pitch, rate: spoken[index]!.rate };
      };
      expect(voice(null)).toEqual({ pitch: 1, rate: 1 });
      expect(voice('ruth')).not.toEqual(voice(null));
      expect(voice('ruth')).not.toEqual(voice('tom'));

      // The settings dialog pauses the reading; closing it goes on.
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await calls(page)).slice(-2).map((c) => c.call)).toEqual(['pause', 'resume']);

      // A choice: the last beat's lines stop, the next beat's are read, in order.
      const before = (await calls(page)).length;
      const choice = first.choices[0]!;
      await page.locator(`.choices button.choice[data-choice="${choice.id}"]`).click();
      const next = replay(scenario, catalogue, SEED, [{ kind: 'choose', id: choice.id, text: choice.text }]).view();
      await expect
        .poll(async () => (await calls(page)).slice(before).filter((c) => c.call === 'speak').length)
        .toBe(next.lines.length);
      const after = (await calls(page)).slice(before);
      expect(after[0]).toEqual({ call: 'cancel' });
      expect(after.filter((c) => c.call === 'speak').map((c) => (c.call === 'speak' ? c.text : ''))).toEqual(
        next.lines.map((line) => line.text),
      );
      expect(errors).toEqual([]);
    });
  });

  it('reads a translated story in its language, and with the setting off says nothing', async () => {
    const spanish = translationsOf(readLibrary(), 'es').stories[scenario.id]!;
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await openWithRecorder(page, true, 'es');
      await expect
        .poll(async () => (await calls(page)).filter((c) => c.call === 'speak').length)
        .toBe(first.lines.length);
      const spoken = (await calls(page)).filter((c) => c.call === 'speak');
      expect(spoken[0]).toMatchObject({ lang: 'es', text: spanish[`beats.${first.beat}.lines.0`] });
    });
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await openWithRecorder(page, false);
      await page.waitForTimeout(500);
      expect(await calls(page)).toEqual([]);
    });
  });

  it('plays a line’s recording in its turn, from a file the build ships, and reads the other lines', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await openWithRecorder(page, true, 'en', 'bakery-mini');
      const heard = async () =>
        (await calls(page)).flatMap((c) => (c.call === 'speak' ? [c.text] : c.call === 'play' ? [c.src] : []));
      const recording = /\/assets\/ada-morning-[\w-]+\.wav$/;
      // The first beat: the narration is said, then Ada's recorded line plays (and is not said).
      await expect
        .poll(heard, { timeout: 10_000 })
        .toEqual([expect.stringMatching(/^Morning rush/), expect.stringMatching(recording)]);
      // The file is real sound the page may load (its Content-Security-Policy allows it): 0.4 s of it.
      const src = (await heard())[1]!;
      const seconds = await page.evaluate(
        (url) =>
          new Promise<number>((resolve, reject) => {
            const audio = new Audio(url);
            audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
            audio.addEventListener('error', () => reject(new Error(`the recording at ${url} does not load`)));
          }),
        src,
      );
      expect(seconds).toBeCloseTo(0.4, 1);
      // The next beat, with no recording: its lines are said, after the recording, in order.
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect
        .poll(async () => (await heard()).slice(2), { timeout: 10_000 })
        .toEqual(["We're out of sourdough.", "Oh no. It's for my father's lunch."]);
      expect(errors).toEqual([]);
    });
  });
});
