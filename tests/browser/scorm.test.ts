// The SCORM packages in real Chromium, inside a page that plays the LMS with
// scorm-again (a real SCORM runtime): play part of a story, close the SCO,
// relaunch it in a fresh browser (so only suspend_data can resume it), finish,
// and check what the runtime recorded — for SCORM 1.2 and 2004.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/engine/index.ts';
import { listScenarioFiles, listTrackFiles, projectRoot, readLibrary } from '../../tools/projectFiles.ts';
import { packageScorm } from '../../tools/scorm/packageScorm.ts';
import { replay } from '../support/plays.ts';
import { useChromium } from './support/chromium.ts';
import { holdChunk, screenshot, watchErrors } from './support/game.ts';

const { withPage } = useChromium();
const LMS = 'http://lms.test';
const library = readLibrary(
  [...listScenarioFiles(), join(projectRoot, 'tests/fixtures/bakery-mini.yaml')],
  [...listTrackFiles(), join(projectRoot, 'tests/fixtures/e2e/tracks/quick-track.yaml')],
);
const bakery = scenarioById(library, 'bakery-mini')!;
const textOf = (id: string) =>
  Object.values(bakery.beats)
    .flatMap((b) => b.choices ?? [])
    .find((c) => c.id === id)!.text;
/** The seed (random in the game) decides whether a batch is coming, so the third step depends on it. */
const THIRD_STEP = { 'no-batch': 'honest-rye', 'batch-coming': 'deliver-loaf' } as const;

type Cmi = Record<string, string>;
interface Launch {
  version: '1.2' | '2004';
  files: Record<string, Uint8Array>;
  /** The SCO's launch page, as the manifest's resource names it. */
  href: string;
  parameters: string;
  /** What the LMS kept from the last session (element → value), loaded before the SCO starts. */
  kept: Cmi;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  json: 'application/json',
  woff: 'font/woff',
  woff2: 'font/woff2',
  jpg: 'image/jpeg',
  png: 'image/png',
  xml: 'application/xml',
};

/** The LMS's player page: the API in the top window, the SCO in a frame, every accepted SetValue recorded. */
function playerPage(launch: Launch): string {
  const api = launch.version === '1.2' ? 'API' : 'API_1484_11';
  const ctor = launch.version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
  const set = launch.version === '1.2' ? 'LMSSetValue' : 'SetValue';
  return `<!doctype html><html><head><title>LMS</title><script src="/scorm-again.js"></script><script>
    window.written = {}; window.calls = [];
    window.${api} = new ${ctor}({ logLevel: 5 });
    window.${api}.loadFromFlattenedJSON(${JSON.stringify(launch.kept)}, '');
    window.${api}.on('${set}.cmi.*', function (element, value) { if (String(window.${api}.lastErrorCode) === '0') window.written[element] = value; });
    ['Initialize','Terminate','LMSInitialize','LMSFinish','Commit','LMSCommit'].forEach(function (name) { window.${api}.on(name, function () { window.calls.push(name); }); });
    window.closeSco = function () { document.getElementById('sco').remove(); };
  </script><style>html,body,iframe{margin:0;border:0;width:100%;height:100%}</style></head>
  <body><iframe id="sco" title="Course" src="/pkg/${launch.href}${launch.parameters}"></iframe></body></html>`;
}

/** `beforeOpening`: run once the LMS's routes are in place and before its page is opened (to hold a chunk back). */
async function openLms(page: Page, launch: Launch, beforeOpening?: () => Promise<void>): Promise<void> {
  const runtime = readFileSync(
    join(
      projectRoot,
      'node_modules/scorm-again/dist',
      launch.version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js',
    ),
  );
  await page.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/player.html') return route.fulfill({ contentType: 'text/html', body: playerPage(launch) });
    if (path === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: runtime });
    const file = launch.files[decodeURIComponent(path.replace(/^\/pkg\//, ''))];
    if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
      body: Buffer.from(file),
    });
  });
  await beforeOpening?.();
  await page.goto(`${LMS}/player.html`);
}

const sco = (page: Page) => page.frameLocator('#sco');

async function clickWhenShown(page: Page, name: string | RegExp): Promise<void> {
  const frame = sco(page);
  const skip = frame.getByRole('button', { name: 'Show all text' });
  const target = frame.getByRole('button', { name, exact: typeof name === 'string' });
  for (let tries = 0; !(await target.isVisible()); tries += 1) {
    if (tries > 200) {
      await screenshot(page, 'scorm-stuck');
      throw new Error(`the SCO never showed a "${String(name)}" button (screenshot: scorm-stuck.png)`);
    }
    if (await skip.isVisible()) await skip.dispatchEvent('click', undefined, { timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(100);
  }
  await target.click();
}

async function whichIsShown(page: Page): Promise<keyof typeof THIRD_STEP> {
  const frame = sco(page);
  for (let tries = 0; tries < 300; tries += 1) {
    for (const [beat, id] of Object.entries(THIRD_STEP))
      if (await frame.getByRole('button', { name: textOf(id), exact: true }).isVisible())
        return beat as keyof typeof THIRD_STEP;
    const skip = frame.getByRole('button', { name: 'Show all text' });
    if (await skip.isVisible()) await skip.dispatchEvent('click', undefined, { timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(100);
  }
  throw new Error('neither third-step choice was shown');
}

/** The LMS's calls so far (Initialize, Commit, Terminate and their 1.2 names), in order. */
const callsOf = (page: Page) => page.evaluate(() => (window as unknown as { calls: string[] }).calls);
const commitsOf = async (page: Page) => (await callsOf(page)).filter((c) => c === 'Commit' || c === 'LMSCommit').length;

/** What the LMS knows of a learner before the SCO starts: their id and name ("Last, First", as LMSs send it). */
function learner(version: '1.2' | '2004', id: string, name: string): Cmi {
  return version === '1.2'
    ? { 'cmi.core.student_id': id, 'cmi.core.student_name': name }
    : { 'cmi.learner_id': id, 'cmi.learner_name': name };
}

async function closeSco(page: Page): Promise<Cmi> {
  await page.evaluate(() => (window as unknown as { closeSco(): void }).closeSco());
  await page.waitForFunction(() =>
    (window as unknown as { calls: string[] }).calls.some((c) => c === 'Terminate' || c === 'LMSFinish'),
  );
  return page.evaluate(() => (window as unknown as { written: Record<string, string> }).written);
}

function unpack(zipPath: string): { files: Record<string, Uint8Array>; href: string; parameters: string } {
  const files = unzipSync(readFileSync(zipPath));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const parameters = /parameters="([^"]+)"/.exec(manifest)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const href = /scorm[tT]ype="sco" href="([^"]+)"/.exec(manifest)?.[1] ?? '';
  return { files, href, parameters };
}

describe.each([
  { version: '1.2' as const, per: 'track' as const, only: 'quick-track' },
  { version: '2004' as const, per: 'scenario' as const, only: 'bakery-mini' },
])('SCORM $version package, one SCO per $per', ({ version, per, only }) => {
  let pkg: { files: Record<string, Uint8Array>; href: string; parameters: string };
  beforeAll(async () => {
    const [result] = await packageScorm({
      site: join(projectRoot, 'test-output/site'),
      outDir: join(projectRoot, 'test-output/scorm', version),
      per,
      only: [only],
      versions: [version],
      library,
    });
    pkg = unpack(result!.zipPath);
    expect(pkg.parameters).toBe(`?scorm=${version}&${per}=${only}`);
    expect(pkg.href).toBe(`sco/${per}-${only}.html`);
  });

  it('reports a play, resumes it from suspend_data in a fresh browser, and records the result', async () => {
    const errors: string[] = [];
    // A learner in New York, deciding at 20:06:30 local time (01:06:30 UTC the next day).
    const first = await withPage(
      { viewport: { width: 1100, height: 760 }, timezoneId: 'America/New_York' },
      async (page) => {
        const seen = watchErrors(page);
        await page.clock.setFixedTime(new Date('2026-12-06T01:06:30Z'));
        await openLms(page, { version, ...pkg, kept: {} });
        if (per === 'track')
          await sco(page)
            .getByRole('button', { name: /^Start: The last sourdough$/ })
            .click();
        await clickWhenShown(page, 'Continue');
        await clickWhenShown(page, textOf('ask-sam'));
        const beat = await whichIsShown(page);
        await screenshot(page, `scorm${version}-first-launch`);
        const written = await closeSco(page);
        errors.push(...seen);
        return { written, beat, commits: await commitsOf(page), calls: await callsOf(page) };
      },
    );
    const third = THIRD_STEP[first.beat];
    const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
    expect(first.written[status]).toBe('incomplete');
    expect(first.written[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
    expect(first.written['cmi.suspend_data']).toContain('ask-sam');
    expect(first.written['cmi.interactions.0.id']).toMatch(/^bakery-mini\./);
    // Commit: once for the new attempt's status, once for the one decision, once on leaving.
    expect(first.commits).toBe(3);
    // One session, however early the page started it (a story SCO's first launch opens its story at once).
    expect(first.calls.filter((c) => c === 'Initialize' || c === 'LMSInitialize')).toHaveLength(1);
    // The learner's own clock: 1.2's CMITime is bare local time; 2004's timestamp carries its zone (RTE time(second,10,0)).
    if (version === '1.2') expect(first.written['cmi.interactions.0.time']).toBe('20:06:30');
    else expect(first.written['cmi.interactions.0.timestamp']).toBe('2026-12-05T20:06:30.00-05:00');

    // The LMS relaunches with what it kept; the 2004 LMS also sets a mastery score.
    const kept: Cmi =
      version === '1.2'
        ? {
            'cmi.suspend_data': first.written['cmi.suspend_data']!,
            'cmi.core.entry': 'resume',
            'cmi.core.lesson_status': 'incomplete',
          }
        : {
            'cmi.suspend_data': first.written['cmi.suspend_data']!,
            'cmi.entry': 'resume',
            'cmi.completion_status': 'incomplete',
            'cmi.scaled_passing_score': '0.8',
          };
    const second = await withPage({ viewport: { width: 1100, height: 760 } }, async (page) => {
      const seen = watchErrors(page);
      await openLms(page, { version, ...pkg, kept });
      // Straight back at the decision where the trainee left, in a browser with no local save.
      await clickWhenShown(page, textOf(third));
      await clickWhenShown(page, 'See your debrief');
      const seed = (
        await sco(page)
          .getByRole('button', { name: /^Replay seed / })
          .innerText()
      ).replace('Replay seed ', '');
      const expected = replay(bakery, library.catalogue!, seed, [
        { kind: 'continue' },
        { kind: 'choose', id: 'ask-sam', text: '' },
        { kind: 'choose', id: third, text: '' },
      ]).report();
      const badge = sco(page).getByRole('img', { name: /^Grade [A-F]$/ });
      await expect(badge.getAttribute('aria-label')).resolves.toBe(`Grade ${expected.grade}`);
      const line = await sco(page).locator('.lms-status').innerText();
      expect(line).toContain(`SCORM ${version}`);
      if (version === '2004' && expected.percent < 80)
        expect(line).toContain(`${expected.percent}% recorded, not passed yet (your course asks for 80%)`);
      await screenshot(page, `scorm${version}-debrief`);
      const written = await closeSco(page);
      errors.push(...seen);
      return { written, percent: expected.percent, commits: await commitsOf(page) };
    });
    expect(errors).toEqual([]);
    const { percent } = second;
    // The last decision and the result it brings are one Commit; leaving is the other.
    expect(second.commits).toBe(2);
    expect(second.written['cmi.interactions.0.id']).toBe(`bakery-mini.${first.beat}.2`);
    if (version === '1.2') {
      expect(second.written['cmi.core.lesson_status']).toBe('passed');
      expect(second.written['cmi.core.score.raw']).toBe(String(percent));
      expect(second.written['cmi.interactions.0.student_response']).toMatch(/^[a-z]$/);
      expect(second.written['cmi.core.exit']).toBe('');
      expect(second.written['cmi.core.session_time']).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
    } else {
      expect(second.written['cmi.completion_status']).toBe('completed');
      // The LMS's mastery score decides, not the grade: a B (67%) fails a 0.8 bar, an A passes it.
      const passed = percent / 100 >= 0.8;
      expect(second.written['cmi.success_status']).toBe(passed ? 'passed' : 'failed');
      expect(second.written['cmi.score.scaled']).toBe(String(percent / 100));
      expect(second.written['cmi.interactions.0.learner_response']).toBe(third);
      expect(second.written['cmi.exit']).toBe(passed ? 'normal' : 'suspend');
      expect(second.written['cmi.session_time']).toMatch(/^PT/);
    }
  });
  it.runIf(per === 'scenario')(
    'opens a first launch at its story before the engine has arrived, in the one LMS session the play is reported in',
    async () => {
      await withPage({ viewport: { width: 1100, height: 760 } }, async (page) => {
        const errors = watchErrors(page);
        let engine: { release(): void } = { release: () => undefined };
        await openLms(page, { version, ...pkg, kept: {} }, async () => {
          engine = await holdChunk(page, /\/assets\/start-[^/]*\.js$/);
        });
        const frame = sco(page);
        const next = frame.getByRole('button', { name: 'Continue', exact: true });
        await next.waitFor({ timeout: 15_000 });
        // The page's first program asked the LMS whether it holds anything of this learner's: one session, begun.
        expect(await callsOf(page)).toEqual([version === '1.2' ? 'LMSInitialize' : 'Initialize']);
        // Pressed while the engine is on its way: carried out once it has arrived, and reported once.
        await next.click();
        engine.release();
        await clickWhenShown(page, textOf('ask-sam'));
        await whichIsShown(page);
        const written = await closeSco(page);
        expect(written['cmi.interactions.0.id']).toMatch(/^bakery-mini\./);
        expect(written['cmi.interactions.1.id']).toBeUndefined();
        expect(written['cmi.suspend_data']).toContain('ask-sam');
        expect((await callsOf(page)).filter((c) => c === 'Initialize' || c === 'LMSInitialize')).toHaveLength(1);
        expect(errors).toEqual([]);
      });
    },
  );

  it('keeps two learners on one browser apart: the second starts fresh and records nothing of the first; the first resumes their own', async () => {
    const ada = learner(version, 'ada-0001', 'Lovelace, Ada');
    const bob = learner(version, 'bob-0002', 'Builder, Bob');
    const statusKey = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
    const entry = version === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
    const kept = (who: Cmi, written: Cmi): Cmi => ({
      ...who,
      'cmi.suspend_data': written['cmi.suspend_data']!,
      [entry]: 'resume',
      [statusKey]: 'incomplete',
    });
    const suspended = (written: Cmi) =>
      JSON.parse(written['cmi.suspend_data'] ?? 'null') as { c: string[] | null; a: unknown[] } | null;
    await withPage({ viewport: { width: 1100, height: 760 } }, async (page) => {
      const errors = watchErrors(page);
      // Ada plays part of the story.
      await openLms(page, { version, ...pkg, kept: ada });
      if (per === 'track')
        await sco(page)
          .getByRole('button', { name: /^Start: The last sourdough$/ })
          .click();
      await clickWhenShown(page, 'Continue');
      await clickWhenShown(page, textOf('ask-sam'));
      const adaBeat = await whichIsShown(page);
      const adaFirst = await closeSco(page);
      const adaPlay = suspended(adaFirst)!.c!;
      expect(adaPlay[3]).toBe('. ask-sam');

      // Bob, on the same browser, launched with nothing kept: a fresh start, at the story's first beat (or the track's start).
      await openLms(page, { version, ...pkg, kept: bob });
      if (per === 'track') {
        await expect(sco(page).locator('.track-progress').innerText()).resolves.toBe('0 of 1 passed.');
        await sco(page)
          .getByRole('button', { name: /^Start: The last sourdough$/ })
          .click();
      }
      await clickWhenShown(page, 'Continue');
      await sco(page)
        .getByRole('button', { name: textOf('ask-sam'), exact: true })
        .waitFor();
      const bobFirst = await closeSco(page);
      const bobPlay = suspended(bobFirst)!.c!;
      expect(bobPlay[3]).toBe('.');
      expect(bobPlay[4]).not.toBe(adaPlay[4]); // not Ada's attempt id
      expect(bobFirst[statusKey]).toBe('incomplete');
      expect(Object.keys(bobFirst).filter((k) => k.startsWith('cmi.interactions.'))).toEqual([]);

      // Ada again: straight back at her own decision, from what the LMS kept for her.
      await openLms(page, { version, ...pkg, kept: kept(ada, adaFirst) });
      await expect(whichIsShown(page)).resolves.toBe(adaBeat);
      await clickWhenShown(page, textOf(THIRD_STEP[adaBeat]));
      await clickWhenShown(page, 'See your debrief');
      await sco(page)
        .getByRole('img', { name: /^Grade [A-F]$/ })
        .waitFor();
      if (per === 'track') {
        // Her track is complete, and the certificate offers the name the LMS gave, as "First Last", to change if she likes.
        await sco(page).getByRole('button', { name: 'Back to the track' }).click();
        await expect(sco(page).locator('.track-progress').innerText()).resolves.toBe('1 of 1 passed: track complete.');
        await sco(page).getByRole('button', { name: 'Your certificate' }).click();
        await expect(sco(page).getByRole('textbox', { name: 'Name on the certificate' }).inputValue()).resolves.toBe(
          'Ada Lovelace',
        );
        await screenshot(page, 'scorm-certificate-lms-name');
      }
      const adaSecond = await closeSco(page);
      expect(suspended(adaSecond)!.a).toHaveLength(1);

      // Bob again: his own story resumes, and his record still holds nothing of Ada's finished play.
      await openLms(page, { version, ...pkg, kept: kept(bob, bobFirst) });
      await clickWhenShown(page, textOf('ask-sam'));
      await whichIsShown(page);
      const bobSecond = await closeSco(page);
      expect(suspended(bobSecond)).toMatchObject({ a: [] });
      expect(suspended(bobSecond)!.c![4]).toBe(bobPlay[4]);
      expect(bobSecond[version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBeUndefined();
      expect(errors).toEqual([]);
    });
  });

  it('records nothing when the LMS opens the lesson to browse or without credit, and says so', async () => {
    const mode: Cmi =
      version === '1.2' ? { 'cmi.core.lesson_mode': 'browse' } : { 'cmi.mode': 'normal', 'cmi.credit': 'no-credit' };
    await withPage({ viewport: { width: 1100, height: 760 } }, async (page) => {
      await openLms(page, { version, ...pkg, kept: { ...learner(version, 'cy-3', 'Young, Cy'), ...mode } });
      if (per === 'track')
        await sco(page)
          .getByRole('button', { name: /^Start: The last sourdough$/ })
          .click();
      await clickWhenShown(page, 'Continue');
      await clickWhenShown(page, textOf('ask-sam'));
      await clickWhenShown(page, textOf(THIRD_STEP[await whichIsShown(page)]));
      await clickWhenShown(page, 'See your debrief');
      const line = await sco(page).locator('.lms-status').innerText();
      expect(line).toBe(
        `Connected to your LMS (SCORM ${version}), but it opened this lesson ${version === '1.2' ? 'to browse' : 'without credit'}, so this play is not recorded.`,
      );
      for (const [width, height] of [
        [1280, 720],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        await sco(page).locator('.lms-status').scrollIntoViewIfNeeded();
        await screenshot(page, `scorm${version}-not-recorded-${width}`);
      }
      expect(await closeSco(page)).toEqual({});
      expect(await callsOf(page)).toEqual(
        version === '1.2' ? ['LMSInitialize', 'LMSFinish'] : ['Initialize', 'Terminate'],
      );
    });
  });

  it("finds the LMS and reports the SCO's own story or track when the LMS drops the launch parameters", async () => {
    await withPage({ viewport: { width: 1100, height: 760 } }, async (page) => {
      await openLms(page, { version, ...pkg, parameters: '', kept: learner(version, 'di-4', 'Ng, Di') });
      // The SCO's launch page carries its parameters: the track (or story) opens, not the title screen.
      if (per === 'track')
        await sco(page)
          .getByRole('button', { name: /^Start: The last sourdough$/ })
          .click();
      await clickWhenShown(page, 'Continue');
      await clickWhenShown(page, textOf('ask-sam'));
      await whichIsShown(page);
      const written = await closeSco(page);
      expect((await callsOf(page))[0]).toBe(version === '1.2' ? 'LMSInitialize' : 'Initialize');
      expect(written[version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status']).toBe('incomplete');
      expect(written['cmi.interactions.0.id']).toMatch(/^bakery-mini\.[a-z0-9-]+\.1$/);

      // An older package's SCO, index.html itself with nothing after it: the API is still found and the session
      // started, and the line says plainly that no result can be recorded for a lesson it cannot name.
      await openLms(page, {
        version,
        ...pkg,
        href: 'index.html',
        parameters: '',
        kept: learner(version, 'di-4', 'Ng, Di'),
      });
      await expect(sco(page).locator('.lms-status').innerText()).resolves.toBe(
        `Connected to your LMS (SCORM ${version}), but it did not say which story or track this lesson is, so no result is recorded.`,
      );
      await screenshot(page, `scorm${version}-no-parameters`);
      await closeSco(page);
      expect((await callsOf(page))[0]).toBe(version === '1.2' ? 'LMSInitialize' : 'Initialize');
    });
  });
});
