// A story link is played in the page before the graphics engine has loaded: the story's text and
// choices come first, Phaser and the art follow, and the stage joins the running story without a
// step replayed or lost, the keyboard focus kept, and the debrief agreeing with the engine.
// Phaser's chunk is held back here until the test lets it through, so "before" is certain. Earlier still,
// the page's first program shows the story's opening beat before the engine has arrived (its chunk held
// back too), and the session takes that screen over with what the player did on it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { replaySteps, type PlayStep } from '../../src/engine/index.ts';
import { projectRoot, readLibrary } from '../../tools/projectFiles.ts';
import { inlineContents } from '../../tools/vite/contentSecurityPolicy.ts';
import { useChromium } from './support/chromium.ts';
import { holdChunk, holdPhaser, readDebrief, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const library = readLibrary([join(projectRoot, 'tests/fixtures/bakery-mini.yaml')], []);
const bakery = library.entries[0]!.scenario!;

/** Strings found only in Phaser's code and in the YAML reader's: neither may reach the page before the first choice. */
const PHASER_MARK = 'Phaser v';
const YAML_MARK = 'Implicit keys need to be on a single line';

/** The rest of the game behind the page's entry (src/main.ts): the engine, XState, zod, the LMS clients. */
const holdEngine = (page: Page) => holdChunk(page, /\/assets\/start-[^/]*\.js$/);
/** Strings found only in XState's code and in zod's. */
const ENGINE_MARKS = ['xstate.init', '$ZodObject'];

/**
 * The JavaScript the page had when the story's first button became visible, as text: the scripts in the
 * page itself and those whose response had ended by then. The moment is taken in the page (resource
 * timing, on every DOM change), as the benchmark takes it, and like the benchmark the page presses
 * "Show all text" as soon as it can, as a quick reader would.
 */
async function scriptsBeforeFirstButton(page: Page): Promise<() => Promise<string>> {
  const bodies = new Map<string, Promise<string>>();
  let inPage = Promise.resolve('');
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document')
      inPage = response.text().then(
        (html) => inlineContents(html, 'script').join('\n'),
        () => '',
      );
    else if (/\.js$/.test(new URL(response.url()).pathname))
      bodies.set(
        response.url(),
        response.text().catch(() => ''),
      );
  });
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const skip = [...document.querySelectorAll<HTMLButtonElement>('.story-screen button')].find(
        (b) => b.textContent?.trim() === 'Show all text',
      );
      if (skip && skip.offsetParent !== null) skip.click();
      const button = document.querySelector('.story-screen .choices:not([hidden]) button');
      if (!button || (button as HTMLElement).offsetParent === null) return;
      const now = performance.now();
      const ended = performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= now)
        .map((e) => e.name);
      Object.assign(window, { scriptsAtFirstButton: ended });
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  return async () => {
    const urls = await page.evaluate(
      () => (window as unknown as { scriptsAtFirstButton?: string[] }).scriptsAtFirstButton ?? null,
    );
    if (!urls) throw new Error('the page never showed a story button');
    return [
      await inPage,
      ...(await Promise.all(urls.filter((url) => bodies.has(url)).map((url) => bodies.get(url)!))),
    ].join('\n');
  };
}

const savedPlay = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}') as {
        current?: { steps: PlayStep[] } | null;
        attempts?: { steps: PlayStep[]; grade: string; percent: number }[];
      },
  );

/** The bakery story opened with this seed and its first step (Continue) taken and saved: a play to resume. */
async function playOneStep(page: Page, seed: string): Promise<void> {
  await page.goto(`${baseUrl}?scenario=bakery-mini&seed=${seed}`);
  await showAllText(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect
    .poll(async () => (await savedPlay(page)).current?.steps, { timeout: 15_000 })
    .toEqual([{ kind: 'continue' }]);
}

describe('a story before the graphics', () => {
  it('is playable before Phaser loads; the stage joins the running story with nothing lost', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      const scripts = await scriptsBeforeFirstButton(page);
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=early-1`);

      await showAllText(page);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await showAllText(page);
      const choices = page.getByRole('group', { name: 'What do you do?' }).getByRole('button');
      await expect(choices.allInnerTexts()).resolves.toHaveLength(3);
      expect(await page.locator('canvas').count()).toBe(0);
      const received = await scripts();
      expect(received.length).toBeGreaterThan(10_000);
      expect(received.includes(PHASER_MARK), 'Phaser arrived before the first choice').toBe(false);
      expect(received.includes(YAML_MARK), 'the YAML reader arrived before the first choice').toBe(false);

      // A reload before the stage has ever appeared resumes at the same beat.
      await page.reload();
      await showAllText(page);
      await expect(page.locator('.dialogue').innerText()).resolves.toContain('The last sourdough went a minute ago.');

      // The player has a choice focused when the stage arrives: it stays focused, and the beat stays as it was.
      const ask = page.getByRole('button', { name: 'Ask Sam whether another batch is coming.' });
      await ask.focus();
      const before = await page.locator('.dialogue').innerText();
      phaser.release();
      await page.locator('canvas').waitFor({ state: 'attached' });
      await page.locator('.early-host').waitFor({ state: 'detached' });
      await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain(
        'Ask Sam whether another batch is coming.',
      );
      expect(await page.locator('.dialogue').innerText()).toBe(before);
      expect(await page.locator('.screen-host .story-screen').count()).toBe(1);
      // Two short lines fit their box: the story text is no Tab stop (it would have nothing to scroll).
      await expect.poll(() => page.locator('.story-screen .scroll').getAttribute('tabindex')).toBeNull();

      // Played on with the keyboard: the focused choice, then the first choice of every beat to the end.
      await page.keyboard.press('Enter');
      for (let beat = 0; beat < 5; beat++) {
        await showAllText(page);
        if (await page.getByRole('button', { name: 'See your debrief' }).isVisible()) break;
        await page.getByRole('group', { name: 'What do you do?' }).getByRole('button').first().click();
      }
      await page.getByRole('button', { name: 'See your debrief' }).click();
      const shown = await readDebrief(page);
      const attempts = (await savedPlay(page)).attempts ?? [];
      expect(attempts).toHaveLength(1);
      const steps = attempts[0]!.steps;
      expect(steps[0]).toEqual({ kind: 'continue' });
      expect(steps[1]).toEqual({ kind: 'choose', id: 'ask-sam' });
      const { player } = replaySteps(bakery, library.catalogue!, 'early-1', steps, { timers: false });
      expect({ grade: shown.grade, percent: shown.percent }).toEqual({
        grade: player.report().grade,
        percent: player.report().percent,
      });
      expect(shown.levels).toHaveLength(player.report().decisions.length);
      expect(errors).toEqual([]);
    });
  });

  it('finished before Phaser loads, opens its debrief as soon as the stage is ready', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      const errors = watchErrors(page);
      const phaser = await holdPhaser(page);
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=early-2`);
      await showAllText(page);
      await page.getByRole('button', { name: 'Continue', exact: true }).tap();
      await showAllText(page);
      await page.getByRole('button', { name: 'Say there is none left.' }).tap();
      await showAllText(page);
      await page.getByRole('button', { name: 'See your debrief' }).tap();
      await page.getByRole('status').filter({ hasText: 'Setting the stage' }).waitFor();
      phaser.release();
      const shown = await readDebrief(page);
      const { player } = replaySteps(
        bakery,
        library.catalogue!,
        'early-2',
        [{ kind: 'continue' }, { kind: 'choose', id: 'shrug' }],
        { timers: false },
      );
      expect({ grade: shown.grade, percent: shown.percent }).toEqual({
        grade: player.report().grade,
        percent: player.report().percent,
      });
      expect(await page.locator('.early-host').count()).toBe(0);

      // Only this story's pictures were loaded for it; the screens after it load their own as they open.
      const loaded = (key: string) =>
        page.evaluate(
          (k) =>
            (
              window as unknown as { serviceHero: { game: { textures: { exists(k: string): boolean } } } }
            ).serviceHero.game.textures.exists(k),
          key,
        );
      expect(await loaded('character:woman-auburn-cardigan:content')).toBe(true);
      expect(await loaded('character:man-grey-beard-shirt:content')).toBe(false);
      await page.getByRole('button', { name: 'Choose another story' }).tap();
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      expect(await loaded('backdrop:title')).toBe(true);
      await page.getByRole('button', { name: /Hold the Dressing/ }).tap();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect.poll(() => loaded('character:man-grey-beard-shirt:content')).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('shows the opening beat before the engine arrives, and the engine takes over what the player did there', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const engine = await holdEngine(page);
      const scripts = await scriptsBeforeFirstButton(page);
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=early-3`);

      await showAllText(page);
      await expect(page.locator('.dialogue').innerText()).resolves.toContain('One sourdough, please. The usual.');
      await expect
        .poll(() => page.locator('#announcer').textContent())
        .toContain('Morning rush, but a calm moment at the counter.');
      const received = await scripts();
      for (const mark of ENGINE_MARKS)
        expect(received.includes(mark), `${mark} arrived before the opening's first button`).toBe(false);
      expect(received.includes(PHASER_MARK)).toBe(false);
      expect(await page.evaluate(() => 'serviceHero' in window)).toBe(false);
      // The web fonts are switched on once the opening is painted (not with the engine), and the story text gets them.
      const loadedFaces = () =>
        page.evaluate(() =>
          [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`),
        );
      await expect.poll(loadedFaces, { timeout: 10_000 }).toContain('Atkinson Hyperlegible 400');
      expect(
        await page
          .locator('.dialogue .text')
          .first()
          .evaluate((text) => getComputedStyle(text).fontFamily),
      ).toContain('Atkinson Hyperlegible');

      // Pressed while the engine is still on its way: the press waits for it, and counts once.
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Continue', exact: true }).isVisible()).resolves.toBe(true);
      expect((await savedPlay(page)).current ?? null).toBeNull();
      engine.release();
      await expect
        .poll(() => page.locator('.dialogue').innerText(), { timeout: 15_000 })
        .toContain('The last sourdough went a minute ago.');
      await expect
        .poll(() => page.locator('#announcer').textContent())
        .toContain('The last sourdough went a minute ago.');
      expect((await savedPlay(page)).current?.steps).toEqual([{ kind: 'continue' }]);
      expect(await page.locator('.story-screen').count()).toBe(1);

      await showAllText(page);
      await page.getByRole('button', { name: 'Say there is none left.' }).click();
      await showAllText(page);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      const shown = await readDebrief(page);
      const steps = (await savedPlay(page)).attempts?.[0]?.steps;
      expect(steps).toEqual([{ kind: 'continue' }, { kind: 'choose', id: 'shrug' }]);
      const { player } = replaySteps(bakery, library.catalogue!, 'early-3', steps!, { timers: false });
      expect({ grade: shown.grade, percent: shown.percent }).toEqual({
        grade: player.report().grade,
        percent: player.report().percent,
      });
      expect(errors).toEqual([]);
    });
  });

  it('resumes a saved play at its beat before the engine arrives, and the engine takes over what the player did there', async () => {
    await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      const errors = watchErrors(page);
      await playOneStep(page, 'early-4');
      await expect.poll(() => page.locator('.dialogue').innerText()).toContain('The last sourdough went a minute ago.');

      // A reload of the bare address, the engine held back: the beat the play stands at is on show, its choices live.
      const engine = await holdEngine(page);
      const scripts = await scriptsBeforeFirstButton(page);
      await page.goto(baseUrl);
      await showAllText(page);
      const shrug = page.getByRole('button', { name: 'Say there is none left.' });
      await shrug.waitFor({ timeout: 15_000 });
      await expect(page.locator('.dialogue').innerText()).resolves.toContain('The last sourdough went a minute ago.');
      const received = await scripts();
      for (const mark of ENGINE_MARKS)
        expect(received.includes(mark), `${mark} arrived before the resumed beat's first button`).toBe(false);
      expect(await page.locator('.title-screen').count()).toBe(0);

      // Pressed while the engine is on its way: nothing is saved until it has decided, then the step counts once.
      await shrug.click();
      expect((await savedPlay(page)).current?.steps).toEqual([{ kind: 'continue' }]);
      engine.release();
      await page.getByRole('button', { name: 'See your debrief' }).waitFor({ timeout: 15_000 });
      expect((await savedPlay(page)).attempts?.[0]?.steps).toEqual([
        { kind: 'continue' },
        { kind: 'choose', id: 'shrug' },
      ]);
      expect(await page.locator('.story-screen').count()).toBe(1);
      // The play is over: nothing is kept to resume.
      expect(await page.evaluate(() => localStorage.getItem('service-hero.progress.view'))).toBeNull();
      expect(errors).toEqual([]);
    });
  });

  it('resumes with the rest of the game when the kept beat is not the saved play’s', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await playOneStep(page, 'early-5');
      // The kept beat no longer stands where the saved play does (written by another version, say).
      await page.evaluate(() => {
        const key = 'service-hero.progress.view';
        const kept = JSON.parse(localStorage.getItem(key)!) as { steps: unknown[] };
        localStorage.setItem(key, JSON.stringify({ ...kept, steps: [] }));
      });
      const engine = await holdEngine(page);
      await page.goto(baseUrl);
      await page.waitForTimeout(1500);
      expect(await page.locator('.story-screen').count()).toBe(0);
      engine.release();
      await showAllText(page);
      await page.getByRole('button', { name: 'Say there is none left.' }).waitFor({ timeout: 15_000 });
      await expect(page.locator('.dialogue').innerText()).resolves.toContain('The last sourdough went a minute ago.');
      expect(errors).toEqual([]);
    });
  });

  it('asks for the whole library only with the stage, not while a story link’s story plays without it', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      // No idle moment ever comes, so nothing but a press could ask for the stage (and the library with it).
      await page.addInitScript('window.requestIdleCallback = () => 0;');
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=early-5`);
      await showAllText(page);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await showAllText(page);
      await expect(page.getByRole('group', { name: 'What do you do?' }).getByRole('button').count()).resolves.toBe(3);
      // The engine has played the Continue: the rest of the game is in, the library is not (on a phone,
      // reading it in is a long task of its own).
      expect(requested.some((path) => /\/assets\/start-[^/]*\.js$/.test(path))).toBe(true);
      expect(requested.filter((path) => /shipped-library/.test(path))).toEqual([]);
    });
  });

  it('asks for the engine at once in a tab that paints nothing (opened in the background)', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      // A background tab: hidden, and no animation frames. With an opening on screen the engine is asked
      // for after its first paint, which such a tab never has.
      await page.addInitScript(`Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
        window.requestAnimationFrame = () => 0;`);
      const asked = page.waitForRequest(/\/assets\/start-[^/]*\.js$/, { timeout: 15_000 });
      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=early-4`);
      await expect(page.locator('.early-host .dialogue').count()).resolves.toBe(1);
      await asked;
    });
  });
});
