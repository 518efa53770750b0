// The story studio (issue 14, first step): a story file opened in it is checked off the page's thread with the
// command line's very messages at the same lines, a problem's button puts the cursor on its line, the draft is
// saved as the author types and is there after a reload, the story plays on the real story screen and its
// debrief leads back to the draft; a draft the browser cannot read is kept, not wiped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { checkDraft } from '../../src/play/studio/draftCheck.ts';
import { readArtManifest, readLibrary, projectRoot, listScenarioFiles } from '../../tools/projectFiles.ts';
import { violations } from './support/axe.ts';
import { auditText } from './support/pageText.ts';
import { pngDataUrl } from '../support/pngImage.ts';
import { downloadedText, useChromium } from './support/chromium.ts';
import { readDebrief, screenshot, showAllText, untilShown, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const bakery = readFileSync(join(projectRoot, 'tests/fixtures/bakery-mini.yaml'), 'utf8');
const { catalogue } = readLibrary(listScenarioFiles().slice(0, 1));
const art = readArtManifest();
/** The bakery story with one `next:` naming a beat that is not there. */
const broken = bakery.replace('next: sold-out', 'next: sold-oot');

async function openStudio(page: Page): Promise<void> {
  await page.goto(`${baseUrl}?studio`);
  await page.getByRole('heading', { name: 'Story studio', level: 1 }).waitFor();
}

/** A new blank story in the studio, once its check says it plays; returns the check's status line. */
async function newBlankStory(page: Page): Promise<ReturnType<Page['locator']>> {
  await openStudio(page);
  await page.getByRole('button', { name: 'New blank story' }).click();
  const status = page.locator('.studio-status');
  await status.filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });
  return status;
}

type Story = { start: string; beats: Record<string, { next?: string; choices?: { next: string }[] }> };

/** The story's text as Download saves it. */
async function downloaded(page: Page): Promise<string> {
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  return downloadedText(await saving);
}

/**
 * Plays the story on show to its end and opens the debrief, taking at each beat the choice `pick` names among those on
 * show (their texts; -1 for none, which takes Continue).
 */
async function playToDebrief(page: Page, pick: (shown: string[]) => number = untakenFirst()): Promise<void> {
  for (let beat = 0; beat < 30; beat++) {
    await showAllText(page);
    const debrief = page.getByRole('button', { name: 'See your debrief' });
    if (await debrief.isVisible()) return debrief.click();
    const choices = page.getByRole('group', { name: 'What do you do?' }).getByRole('button');
    const shown = (await choices.first().isVisible()) ? await choices.allInnerTexts() : [];
    const index = pick(shown);
    if (index >= 0) await choices.nth(index).click();
    else await page.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  throw new Error('the story did not end within 30 beats');
}

/**
 * The first choice on show not taken before: a story being written may loop (a choice led back to an earlier beat),
 * and the choices' order changes with the play's seed.
 */
function untakenFirst(): (shown: string[]) => number {
  const taken = new Set<string>();
  return (shown) => {
    const index = Math.max(
      0,
      shown.findIndex((text) => !taken.has(text)),
    );
    if (shown.length) taken.add(shown[index]!);
    return shown.length ? index : -1;
  };
}

/** The choice with one of these texts. */
const choosing = (texts: readonly string[]) => (shown: string[]) =>
  shown.findIndex((text) => texts.some((wanted) => text.includes(wanted)));

/** Every place in the story's data whose text is still a "FILL IN:" note. */
function fillIns(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data === 'string') return data.startsWith('FILL IN:') ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => fillIns(item, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => fillIns(v, [...path, k]));
  return [];
}

/** The beats with choices and no title of their own, as the place a title goes. */
function untitled(data: unknown): (string | number)[][] {
  const beats = (data as { beats?: Record<string, { title?: string; choices?: unknown[] }> }).beats ?? {};
  return Object.entries(beats).flatMap(([id, b]) => (b.choices && !b.title ? [['beats', id, 'title']] : []));
}

/** The studio's form field for a place in the story, and the beat to put in focus on the map first (if any). */
function controlFor(path: (string | number)[]): { control: string; beatId: string | null } {
  const [top, id, ...rest] = path.map(String);
  if (top === 'cast') return { control: `cast-${id}-${rest.join('-')}`, beatId: null };
  if (top === 'variations') return { control: `variation-${id}-${rest.join('-')}`, beatId: null };
  if (top !== 'beats') return { control: `detail-${path.join('-')}`, beatId: null };
  const [part, index, field, principle] = rest;
  const control =
    part === 'lines'
      ? `beat-${id}-line-${index}-text`
      : part === 'ending'
        ? `beat-${id}-ending-${index}`
        : part === 'choices' && field === 'text'
          ? `edit-${id}-${index}-text`
          : part === 'choices'
            ? `judged-${id}-choices-${index}-${principle === undefined ? field : `${principle}-reason`}`
            : part === 'patience'
              ? `judged-${id}-patience-${field === undefined ? index : `${field}-reason`}`
              : `beat-${id}-${part}`;
  return { control, beatId: id! };
}

describe('the story studio', () => {
  it('checks a story as the command line does, keeps the draft, plays it and comes back to it', async () => {
    const expected = checkDraft('bakery-mini.yaml', broken, catalogue!, art).errors;
    expect(expected.length).toBeGreaterThan(0);
    const [first] = expected;
    // The mended story plays, with the checker's notes (its decisions have no titles).
    const notes = checkDraft('bakery-mini.yaml', bakery, catalogue!, art).warnings.length;
    expect(notes).toBeGreaterThan(0);
    const plays = `The story plays. ${notes} notes below to look at.`;
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      // A Content-Security-Policy refusal (CodeMirror's styles, the worker) is a console error.
      const errors = watchErrors(page);
      await openStudio(page);
      await expect(violations(page, 'studio')).resolves.toEqual([]);
      await page
        .locator('#studio-file')
        .setInputFiles({ name: 'bakery-mini.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
      const problems = page.locator('.studio-problems.errors button');
      await problems.first().waitFor({ timeout: 60_000 });
      // The command line's problems, in its words, at its lines and columns, in its order.
      await expect(problems.allInnerTexts()).resolves.toEqual(
        expected.map((d) => `Line ${d.line}, column ${d.col}\n${d.field ? `${d.field}: ` : ''}${d.message}`),
      );
      await expect(page.getByRole('status').filter({ hasText: 'cannot be played yet' }).count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: 'Play this story' }).isDisabled()).resolves.toBe(true);
      await screenshot(page, 'studio-broken-1280');
      await expect(violations(page, 'studio editor')).resolves.toEqual([]);

      // A problem's button puts the cursor on its line.
      await problems.first().click();
      await expect(page.locator('.cm-activeLine').innerText()).resolves.toBe(broken.split('\n')[first!.line - 1]);

      // Ctrl+Space on a new line in the beat lists the fields a beat may have and does not yet.
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Space');
      await page
        .getByRole('listbox')
        .getByRole('option', { name: /^patience/ })
        .first()
        .waitFor();
      await page.keyboard.press('Escape');

      // Mended in the source: the check follows, and the draft is saved.
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(bakery);
      await page.getByRole('status').filter({ hasText: plays }).waitFor({ timeout: 60_000 });
      await expect(page.locator('.studio-problems.warnings button').count()).resolves.toBe(notes);
      await expect(page.locator('.studio-facts').innerText()).resolves.toContain('Grades a player can get');
      // The map: a box for each beat; the arrow keys go along the story, and a beat is shown in the text.
      const map = checkDraft('bakery-mini.yaml', bakery, catalogue!, art).story!.map;
      const start = map.nodes.find((n) => n.start)!;
      const next = map.nodes.find((n) => n.id === map.edges.find((e) => e.from === start.id)!.to)!;
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await expect(page.locator('.map-node').count()).resolves.toBe(map.nodes.length);
      await expect(page.locator('.map-edge').count()).resolves.toBe(map.edges.length);
      await expect(page.locator('.map-selected h3').innerText()).resolves.toBe(start.title);
      await page.locator('.map-viewport').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.map-selected h3').innerText()).resolves.toBe(next.title);
      await expect(page.locator(`.map-node[data-beat="${next.id}"]`).getAttribute('class')).resolves.toContain(
        'selected',
      );
      await screenshot(page, 'studio-map-1280');
      await expect(violations(page, 'studio map')).resolves.toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page.locator('.cm-activeLine').innerText()).resolves.toBe(`  ${next.id}:`);
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await expect(page.locator('.list-beat').count()).resolves.toBe(map.nodes.length);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('bakery-mini.yaml');
      expect(await downloadedText(file)).toBe(bakery);

      // A choice's level changed in the map's form is changed in the text, and only there; Ctrl+Z undoes it.
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      const firstChoice = map.edges.find((e) => e.from === next.id && e.kind === 'choice')!;
      const level = page.locator(`#edit-${next.id}-${firstChoice.choice}-level`);
      const other = firstChoice.level === 'heroic' ? 'good' : 'heroic';
      await level.selectOption(other);
      const edited = await downloaded(page);
      type Levels = { beats: Record<string, { choices: { level: string }[] }> };
      const want = parse(bakery) as Levels;
      want.beats[next.id]!.choices[firstChoice.choice!]!.level = other;
      expect(parse(edited)).toEqual(want);
      // One word changed, every other byte as it was.
      expect(edited.length - bakery.length).toBe(other.length - firstChoice.level!.length);
      await page.getByRole('button', { name: 'Text', exact: true }).click();
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+z');
      await expect(downloaded(page)).resolves.toBe(bakery);

      // After a reload the draft is listed, and opens as it was left.
      await openStudio(page);
      await page.getByRole('button', { name: 'Open The last sourdough' }).click();
      await page.getByRole('status').filter({ hasText: plays }).waitFor({ timeout: 60_000 });

      await page.getByRole('button', { name: 'Play this story' }).click();
      await playToDebrief(page);
      await untilShown(page, '.grade-badge[data-grade]');
      await page.getByRole('button', { name: 'Back to the studio' }).click();
      await page.getByRole('heading', { name: 'Editing bakery-mini.yaml' }).waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('adds, renames, duplicates and deletes beats from the map, each one step of undo', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const status = await newBlankStory(page);
      const blank = await downloaded(page);
      const story = () => downloaded(page).then((text) => parse(text) as Story);
      const start = (parse(blank) as Story).start;
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      const selectedId = () =>
        page
          .locator('.map-tags')
          .innerText()
          .then((tags) => tags.split(' · ')[0]);

      // A new beat on the start's Continue: the way leads to it, and it goes on where the way went before.
      const was = (parse(blank) as Story).beats[start]!.next!;
      await page.getByRole('button', { name: 'New beat after Continue' }).click();
      await expect.poll(selectedId, { timeout: 60_000 }).toBe(`beat ${start}-then`);
      let now = await story();
      expect(now.beats[start]!.next).toBe(`${start}-then`);
      expect(now.beats[`${start}-then`]!.next).toBe(was);

      // A rename to an id the format refuses says why; a good one renames every way to the beat too.
      await page.getByRole('button', { name: 'Rename', exact: true }).click();
      await page.getByLabel('New id').fill('Manager Called');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: '“Manager Called” cannot be an id' }).waitFor();
      await page.getByLabel('New id').fill('manager-called');
      await page.getByRole('button', { name: 'Rename the beat' }).click();
      await expect.poll(selectedId, { timeout: 60_000 }).toBe('beat manager-called');
      now = await story();
      expect(now.beats[start]!.next).toBe('manager-called');
      expect(Object.keys(now.beats)).not.toContain(`${start}-then`);

      // A copy nobody leads to yet stops the story loading: the map stays, marked, and a choice can lead to it.
      await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
      await page.locator('.map-stale').waitFor({ timeout: 60_000 });
      await screenshot(page, 'studio-beat-copy-1280');
      const breakdown = Object.keys(now.beats).find((id) => now.beats[id]!.choices)!;
      // From the renamed beat (still in focus: the copy is not on the map) along its Continue.
      await page.locator('.map-viewport').focus();
      await page.keyboard.press('ArrowRight');
      await expect(selectedId()).resolves.toBe(`beat ${breakdown}`);
      await page.locator(`#edit-${breakdown}-0-next`).selectOption('manager-called-2');
      await status.filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });
      await expect(page.locator('.map-stale').isHidden()).resolves.toBe(true);
      await expect(page.locator('.map-node[data-beat="manager-called-2"]').count()).resolves.toBe(1);

      // Deleting asks first, says how many ways lead there; Undo brings the beat back, byte for byte.
      const before = await downloaded(page);
      // The copy, in focus as soon as the map shows it.
      await expect(selectedId()).resolves.toBe('beat manager-called-2');
      await page.getByRole('button', { name: 'Delete the beat' }).click();
      await page.getByText('One way leads to this beat', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Delete for good' }).click();
      await status.filter({ hasText: 'cannot be played yet' }).waitFor({ timeout: 60_000 });
      expect(Object.keys((await story()).beats)).not.toContain('manager-called-2');
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => downloaded(page), { timeout: 30_000 }).toBe(before);

      // A choice added to the breakdown, to fill in; then taken out again.
      await page.locator('.map-viewport').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(selectedId()).resolves.toBe(`beat ${breakdown}`);
      const choices = (await story()).beats[breakdown]!.choices!.length;
      await page.getByRole('button', { name: 'Add a choice' }).click();
      await expect.poll(() => page.locator('.map-choice').count(), { timeout: 60_000 }).toBe(choices + 1);
      await expect(page.locator(`#edit-${breakdown}-${choices}-text`).inputValue()).resolves.toBe(
        'FILL IN: what the trainee does',
      );
      await screenshot(page, 'studio-choice-added-1280');
      await expect(violations(page, 'studio beat tools')).resolves.toEqual([]);
      await page.getByRole('button', { name: `Delete choice ${choices + 1}` }).click();
      await expect.poll(() => page.locator('.map-choice').count(), { timeout: 60_000 }).toBe(choices);
      await expect(downloaded(page)).resolves.toBe(before);

      // The first choice's arrow pulled by its grip onto another beat leads there; let go off the beats, nothing.
      const firstWay = (await story()).beats[breakdown]!.choices![0]!.next;
      const other = Object.keys((await story()).beats).find((id) => id !== firstWay && id !== breakdown)!;
      const centre = async (locator: ReturnType<Page['locator']>) => {
        const box = (await locator.boundingBox())!;
        return [box.x + box.width / 2, box.y + box.height / 2] as const;
      };
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      const pull = async (to: readonly [number, number], giveUp = false) => {
        await page.mouse.move(...(await centre(page.locator('.map-grip').first())));
        await page.mouse.down();
        await page.mouse.move(to[0], to[1], { steps: 8 });
        if (giveUp) await page.keyboard.press('Escape');
        await page.mouse.up();
      };
      await pull([(await centre(page.locator('.map-viewport')))[0], 1]);
      await expect(downloaded(page)).resolves.toBe(before);
      // Over a beat, Escape gives the pull up: nothing changes, and letting go does not choose that beat.
      await pull(await centre(page.locator(`.map-node[data-beat="${other}"]`)), true);
      await expect(downloaded(page)).resolves.toBe(before);
      await expect(selectedId()).resolves.toBe(`beat ${breakdown}`);
      await pull(await centre(page.locator(`.map-node[data-beat="${other}"]`)));
      await expect
        .poll(() => story().then((s) => s.beats[breakdown]!.choices![0]!.next), { timeout: 30_000 })
        .toBe(other);
      await expect(selectedId()).resolves.toBe(`beat ${breakdown}`);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => downloaded(page), { timeout: 30_000 }).toBe(before);
      await status.filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });

      // A try from the breakdown: it opens there, and its debrief says it is not saved or counted, and is not.
      await page.getByRole('button', { name: 'Play from here' }).click();
      await showAllText(page);
      await expect(page.locator('.lines').innerText()).resolves.toContain('FILL IN: what goes wrong');
      await playToDebrief(page);
      await page.getByText('A try from “FILL IN: a short title for the breakdown”', { exact: false }).waitFor();
      await screenshot(page, 'studio-try-debrief-1280');
      const progress = await page.evaluate(() => localStorage.getItem('service-hero.progress'));
      const kept = JSON.parse(progress ?? '{}') as { attempts?: unknown[]; current?: unknown };
      expect([kept.attempts?.length ?? 0, kept.current ?? null]).toEqual([0, null]);
      await page.getByRole('button', { name: 'Back to the studio' }).click();
      await page.getByRole('heading', { name: 'Editing my-story.yaml' }).waitFor();
      // Back where the try began: on the map, the breakdown in focus.
      await expect(page.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).resolves.toBe(
        'true',
      );
      await expect.poll(selectedId, { timeout: 30_000 }).toBe(`beat ${breakdown}`);
      // A try left midway, by the bar's first button, goes back there too.
      await page.getByRole('button', { name: 'Play from here' }).click();
      await showAllText(page);
      await page.locator('.hud').getByRole('button', { name: 'Back to the studio' }).click();
      await page.getByRole('heading', { name: 'Editing my-story.yaml' }).waitFor();
      await expect.poll(selectedId, { timeout: 30_000 }).toBe(`beat ${breakdown}`);
      expect(errors).toEqual([]);
    });
  });

  it('writes a beat through its form: title, breakdown, who says each line and with what face, principles, an ending', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await newBlankStory(page);
      type Written = {
        beats: Record<
          string,
          {
            title?: string;
            breakdown?: string;
            lines: (string | Record<string, string>)[];
            choices?: {
              upholds?: Record<string, string>;
              breaks?: Record<string, string>;
              feedback?: string;
              effects?: Record<string, number>;
              set?: string[];
              when?: object;
            }[];
            ending?: { core: string; experience?: string };
            patience?: { seconds: number; breaks?: Record<string, string>; next: string };
          }
        >;
      };
      const story = () => downloaded(page).then((text) => parse(text) as Written);
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      const form = page.locator('.beat-form');
      // The check's word at the field it is about, as in Details: here a FILL IN note, which does not mark it invalid.
      const line = form.locator('[data-field="beats › opening › lines › #1"]');
      await expect(line.getAttribute('aria-describedby')).resolves.toContain('-problem');
      const note = page.locator(`[id="${await line.getAttribute('id')}-problem"]`);
      await expect(note.innerText()).resolves.toBe('still to fill in: set the scene in a sentence or two');
      await expect(line.getAttribute('aria-invalid')).resolves.toBe('false');

      // The start's title and a breakdown, each written where the format puts it when the field is left.
      await page.getByLabel('Title', { exact: true }).fill('At the help desk');
      await page.getByLabel('Breakdown', { exact: true }).fill('The printer has eaten the boarding pass.');
      await page.getByLabel('Line 1', { exact: true }).focus();
      await expect
        .poll(() => story().then((s) => s.beats['opening']!.breakdown), { timeout: 30_000 })
        .toBe('The printer has eaten the boarding pass.');
      expect((await story()).beats['opening']!.title).toBe('At the help desk');

      // A check that comes while a field is being typed in leaves the field, and its words, alone until it is left.
      const checksDrawn = () => page.evaluate(() => performance.getEntriesByName('studio:drawn').length);
      const title = page.getByLabel('Title', { exact: true });
      // Counted before the edit whose check is to come: a warm worker may draw it before the words are typed.
      const checks = await checksDrawn();
      await page.getByLabel('Breakdown', { exact: true }).fill('The printer has eaten the boarding pass!');
      await title.fill('At the help desk, again');
      await title.evaluate((field) => field.setAttribute('data-kept', ''));
      await expect.poll(checksDrawn, { timeout: 30_000 }).toBeGreaterThan(checks);
      await expect(page.locator('[data-kept]').inputValue()).resolves.toBe('At the help desk, again');
      await title.press('Tab');
      await expect.poll(() => page.locator('[data-kept]').count(), { timeout: 30_000 }).toBe(0);
      await expect
        .poll(() => story().then((s) => [s.beats['opening']!.title, s.beats['opening']!.breakdown]), {
          timeout: 30_000,
        })
        .toEqual(['At the help desk, again', 'The printer has eaten the boarding pass!']);

      // Narration given to the customer, then a face for them: the words stay as written.
      const first = (await story()).beats['opening']!.lines[0] as string;
      await page.getByLabel('Line 1, said by').selectOption('customer');
      await page.getByLabel('Line 1, face').selectOption('worried', { timeout: 30_000 });
      await expect
        .poll(() => story().then((s) => s.beats['opening']!.lines[0]), { timeout: 30_000 })
        .toEqual({ customer: first, face: 'worried' });

      // A line added after the last, moved up and deleted again: the text is as it was.
      const before = await downloaded(page);
      await form.getByRole('button', { name: 'Add a line' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Move line 3 up' }).waitFor({ timeout: 30_000 });
      // The panel drawn again with the new line gives the focus back to the button pressed, for the next one.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add a line');
      await page.getByRole('button', { name: 'Move line 3 up' }).click();
      await expect
        .poll(() => story().then((s) => s.beats['opening']!.lines[1]), { timeout: 30_000 })
        .toEqual({ customer: 'FILL IN: what is said or happens in this line' });
      // The panel shows the move before its next button is pressed.
      await expect
        .poll(() => page.locator('[id="beat-opening-line-1-text"]').inputValue(), { timeout: 30_000 })
        .toBe('FILL IN: what is said or happens in this line');
      await page.getByRole('button', { name: 'Delete line 2' }).click();
      await expect.poll(() => downloaded(page), { timeout: 30_000 }).toBe(before);

      // Said only while the customer is upset: a line's own condition, added in its fold, then taken out again.
      await page.getByText('Said only when… (always, now)').first().click();
      const lineWhen = page.locator('.line-when').first();
      await lineWhen.getByLabel('Test', { exact: true }).selectOption('mood-below');
      await lineWhen.getByLabel('Asks for', { exact: true }).fill('40');
      await lineWhen.getByRole('button', { name: 'Add the test' }).click();
      await expect
        .poll(() => story().then((s) => s.beats['opening']!.lines[0]), { timeout: 30_000 })
        .toEqual({ customer: first, face: 'worried', when: { mood: { below: 40 } } });
      await expect
        .poll(() => lineWhen.locator(':scope > summary').innerText(), { timeout: 30_000 })
        .toBe('Said only when…');
      await lineWhen.getByRole('button', { name: 'Remove: the mood is below 40' }).click({ timeout: 30_000 });
      await expect.poll(() => downloaded(page), { timeout: 30_000 }).toBe(before);

      // At the breakdown, a choice's fold: a second principle added with a reason to write, then moved to breaks.
      await page.locator('.map-node[data-beat="breakdown"]').click();
      await page.getByRole('heading', { name: /a short title for the breakdown/ }).waitFor();
      const fold = page.locator('.choice-more').first();
      await fold.locator(':scope > summary').click();
      await fold.getByLabel('Principle', { exact: true }).selectOption('listen-to-the-story');
      await fold.getByRole('button', { name: 'Add the principle' }).focus();
      await page.keyboard.press('Enter');
      // The panel drawn again with it gives the focus back to the button pressed.
      await fold.locator('#judged-breakdown-choices-0-listen-to-the-story-stance').waitFor({ timeout: 30_000 });
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add the principle');
      const choice = () => story().then((s) => s.beats['breakdown']!.choices![0]!);
      await expect
        .poll(() => choice().then((c) => c.upholds?.['listen-to-the-story']), { timeout: 30_000 })
        .toMatch(/^FILL IN: why this choice/);
      // The fold stays open as the panel is drawn again after the check.
      await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
      await fold.locator('#judged-breakdown-choices-0-listen-to-the-story-stance').selectOption('breaks');
      await expect
        .poll(() => choice().then((c) => [c.upholds?.['listen-to-the-story'], c.breaks?.['listen-to-the-story']]), {
          timeout: 30_000,
        })
        .toEqual([undefined, expect.stringMatching(/^FILL IN: why this choice/)]);
      // What the choice does to the play: a mood change, and two flags a later beat can ask for.
      await fold.getByLabel('Mood change').fill('10');
      await fold.getByLabel('Flags it sets').fill('kept-calm, asked-first');
      await fold.getByLabel('Flags it sets').press('Tab');
      await expect
        .poll(() => choice().then((c) => [c.effects, c.set]), { timeout: 30_000 })
        .toEqual([{ mood: 10 }, ['kept-calm', 'asked-first']]);

      // Offered only while the customer is still calm: a test added by kind, shown in words, and taken out.
      await fold.getByLabel('Test', { exact: true }).selectOption('mood-above');
      await fold.getByLabel('Asks for', { exact: true }).fill('40');
      await fold.getByRole('button', { name: 'Add the test' }).click();
      await expect.poll(() => choice().then((c) => c.when), { timeout: 30_000 }).toEqual({ mood: { above: 40 } });
      await fold.getByRole('button', { name: 'Remove: the mood is above 40' }).click({ timeout: 30_000 });
      await expect.poll(() => choice().then((c) => c.when), { timeout: 30_000 }).toBeUndefined();
      // Not offered once the customer has been asked: an exception (`not:`), unfolded, with a test of its own.
      await fold.getByText('Unless…').click();
      await fold.getByLabel('Test for the exception').selectOption('flag');
      await fold.getByLabel('The exception asks for').fill('kept-calm');
      await fold.getByRole('button', { name: 'Add to the exception' }).click();
      await expect
        .poll(() => choice().then((c) => c.when), { timeout: 30_000 })
        .toEqual({ not: { flag: 'kept-calm' } });
      await fold
        .getByRole('button', { name: 'Remove from the exception: the flag kept-calm is set' })
        .click({ timeout: 30_000 });
      await expect.poll(() => choice().then((c) => c.when), { timeout: 30_000 }).toBeUndefined();

      // A time limit for the breakdown, leading where its first choice leads: its length changed, its reason to write.
      await form.getByRole('button', { name: 'Give the customer a time limit' }).click();
      await page.getByLabel('Seconds they wait').fill('30', { timeout: 30_000 });
      await page.getByLabel('Seconds they wait').press('Tab');
      const leadsTo = ((await choice()) as { next?: string }).next;
      await expect
        .poll(() => story().then((s) => s.beats['breakdown']!.patience), { timeout: 30_000 })
        .toEqual({
          seconds: 30,
          breaks: { 'customers-side': expect.stringMatching(/^FILL IN: why leaving the customer waiting/) },
          next: leadsTo,
        });
      await screenshot(page, 'studio-beat-form-1280');
      await expect(violations(page, 'studio beat form')).resolves.toEqual([]);

      // An ending's core: a failed core offers no experience; an honest one does.
      await page.locator('.map-node[data-beat="lost"]').click();
      await page.getByLabel('What became of the core service').selectOption('handled-honestly');
      await page.getByLabel('The experience').fill('They walked away with a plan they trusted.');
      await page.getByLabel('The experience').press('Tab');
      await expect
        .poll(() => story().then((s) => s.beats['lost']!.ending), { timeout: 30_000 })
        .toMatchObject({ core: 'handled-honestly', experience: 'They walked away with a plan they trusted.' });
      expect(errors).toEqual([]);
    });
  });

  it('writes a whole story through its forms alone, which the command line passes and the game plays to an A and a C', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const status = await newBlankStory(page);
      const view = (name: string) => page.getByRole('button', { name, exact: true }).click();
      const beat = async (id: string) => {
        await view('Map');
        await page.locator(`.map-node[data-beat="${id}"]`).click();
      };

      // The shape the blank story lacks: a variation, a time limit, and a choice offered on the variation's outcome.
      await view('Details');
      await page.getByLabel("New variation's id").fill('weather');
      await page.getByLabel("Its outcomes' ids, parted by commas (at least two)").fill('dry, wet');
      await page.getByRole('button', { name: 'Add the variation' }).click();
      await page.getByLabel('About wet').waitFor({ timeout: 30_000 });
      await beat('breakdown');
      await page.getByRole('button', { name: 'Give the customer a time limit' }).click();
      await page.getByLabel('Seconds they wait').waitFor({ timeout: 30_000 });
      await beat('second-breakdown');
      const fold = page.locator('.choice-more').first();
      await fold.locator(':scope > summary').click();
      await fold.getByLabel('Test', { exact: true }).selectOption('variation');
      await fold.getByLabel('Asks for', { exact: true }).fill('weather: wet');
      await fold.getByRole('button', { name: 'Add the test' }).click();
      await fold.getByRole('button', { name: 'Remove: weather came out wet' }).waitFor({ timeout: 30_000 });
      // And a way that depends on the play: fixing it in the wet leads straight to the careful ending, by keyboard.
      const fixing = page.locator('.map-way', { has: page.locator('[id="edit-second-breakdown-1-text"]') });
      const branching = fixing.locator('.way-new-branch');
      await branching.locator('summary').focus();
      await page.keyboard.press('Enter');
      await branching.getByLabel('Test', { exact: true }).selectOption('variation');
      await branching.getByLabel('Asks for', { exact: true }).fill('weather: wet');
      await branching.getByLabel('Then lead to').selectOption('fixed');
      await branching.getByRole('button', { name: 'Add the branch' }).focus();
      await page.keyboard.press('Enter');
      await fixing.getByRole('heading', { name: 'Otherwise' }).waitFor({ timeout: 30_000 });
      await page.locator('.map-edge.conditional[data-from="second-breakdown"][data-to="fixed"]').waitFor();
      await expect(fixing.getByRole('button', { name: /^Go to / }).count()).resolves.toBe(2);

      // Then every "FILL IN:" the story still has, each in the form field that shows it, and a title for each beat
      // with choices (the debrief and the mood chart name it), until the downloaded text has none left to write.
      const words = (path: (string | number)[]) => `Written in the studio for ${path.join(' ')}`.slice(0, 60);
      for (let round = 0; round < 4; round++) {
        const todo = [...fillIns(parse(await downloaded(page))), ...untitled(parse(await downloaded(page)))];
        if (!todo.length) break;
        let showing = '';
        for (const path of todo) {
          const { control, beatId } = controlFor(path);
          // The view (and the beat on the map) changes only between fields that are not on show together.
          if ((beatId ?? 'details') !== showing) await (beatId ? beat(beatId) : view('Details'));
          showing = beatId ?? 'details';
          const field = page.locator(`[id="${control}"]`);
          const folded = page.locator('details.choice-more', { has: field });
          if ((await folded.count()) && !(await folded.evaluate((d) => (d as HTMLDetailsElement).open)))
            await folded.locator(':scope > summary').click();
          await field.fill(words(path), { timeout: 30_000 });
          await field.press('Tab');
        }
      }
      await status
        .filter({ hasText: 'No problems' })
        .waitFor({ timeout: 60_000 })
        .catch(async () => {
          const problems = await page.locator('.studio-problems li').allInnerTexts();
          // Whether the text itself still has a FILL IN (an edit lost), or only the check says so (a check not redone).
          const left = fillIns(parse(await downloaded(page))).map((path) => path.join(' '));
          throw new Error(
            `the check did not come clean: ${await status.innerText()} ${problems.join(' | ')}; the text's FILL INs: ${left.join(', ') || 'none'}`,
          );
        });
      const written = await downloaded(page);
      expect(fillIns(parse(written))).toEqual([]);
      const story = parse(written) as {
        variations: object;
        beats: Record<
          string,
          { breakdown?: string; ending?: object; patience?: object; choices?: { when?: object; next: unknown }[] }
        >;
      };
      const beats = Object.values(story.beats);
      expect([
        beats.filter((b) => b.breakdown).length >= 2,
        beats.filter((b) => b.ending).length >= 3,
        beats.some((b) => b.patience),
        Object.keys(story.variations),
        beats.some((b) => b.choices?.some((c) => c.when)),
      ]).toEqual([true, true, true, ['weather'], true]);
      expect(story.beats['second-breakdown']!.choices![1]!.next).toEqual([
        { when: { variation: { weather: 'wet' } }, go: 'fixed' },
        { go: 'after-the-fix' },
      ]);

      // The command line passes it, warnings and all (--strict).
      const file = join(mkdtempSync(join(tmpdir(), 'studio-')), 'from-nothing.yaml');
      writeFileSync(file, written);
      const checked = spawnSync(process.execPath, ['--import', 'tsx', 'tools/check-scenarios.ts', '--strict', file], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
      expect([checked.status, checked.stdout + checked.stderr]).toEqual([0, expect.stringContaining('ok')]);

      // The game plays it: the heroic way through to an A, the routine one to a C.
      const text = (beatId: string, index: number) => words(['beats', beatId, 'choices', index, 'text']);
      for (const [path, grade] of [
        [[text('breakdown', 3), text('after-the-fix', 1)], 'A'],
        [[text('breakdown', 0)], 'C'],
      ] as const) {
        await page.getByRole('button', { name: 'Play this story' }).click();
        await playToDebrief(page, choosing(path));
        await expect(readDebrief(page).then((d) => d.grade)).resolves.toBe(grade);
        await page.getByRole('button', { name: 'Back to the studio' }).click();
        await page.getByRole('heading', { name: /^Editing / }).waitFor();
      }

      // A draft's plays are tries: none was saved as an attempt.
      const progress = await page.evaluate(() => localStorage.getItem('service-hero.progress'));
      expect((JSON.parse(progress ?? '{}') as { attempts?: unknown[] }).attempts ?? []).toEqual([]);

      // Every play, graded: as many as the checker walks, and the first, opened at its ending, grades as listed.
      const plays = checkDraft('from-nothing.yaml', written, catalogue!, art).story?.plays;
      if (plays?.kind !== 'listed') throw new Error('the checker listed no plays');
      await view('Plays');
      await page.getByRole('button', { name: `All (${plays.total})` }).waitFor();
      await expect(violations(page, 'studio plays')).resolves.toEqual([]);
      const first = page.locator('.plays-item').first();
      const listed = await first.getAttribute('data-play-grade');
      expect(listed).toBe(plays.plays[0]!.grade);
      // Its way through the map: the map marks the play's beats, the rest faded, and says so; Show every way clears it.
      await first.getByRole('button', { name: /on the map$/ }).click();
      await page.getByRole('status').filter({ hasText: 'The map marks play 1' }).waitFor();
      await expect(page.locator('.map-node.on-path').count()).resolves.toBe(new Set(plays.plays[0]!.path).size);
      await screenshot(page, 'studio-play-on-map');
      await page.getByRole('button', { name: 'Show every way' }).click();
      await expect(page.locator('.showing-path').count()).resolves.toBe(0);
      await view('Plays');
      await first.getByRole('button', { name: /at its ending/ }).click();
      await showAllText(page);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await expect(readDebrief(page).then((d) => d.grade)).resolves.toBe(listed);
      await page.getByRole('button', { name: 'Back to the studio' }).click();
      await page.getByRole('heading', { name: /^Editing / }).waitFor();

      // A try in a picked situation: from the second breakdown with wet weather, the choice asked for on it is offered.
      await beat('second-breakdown');
      await page.getByText('Situation for a try').click();
      await page.getByLabel('weather', { exact: true }).selectOption('wet');
      await page.getByRole('button', { name: 'Play from here' }).click();
      const wetOnly = words(['beats', 'second-breakdown', 'choices', 0, 'text']);
      const offered: string[][] = [];
      await playToDebrief(page, (shown) => {
        if (offered.length || !shown.length) return shown.length ? 0 : -1;
        offered.push(shown);
        return Math.max(
          0,
          shown.findIndex((text) => text.includes(wetOnly)),
        );
      });
      // A choice's button says its number key too: the words are a part of its text.
      expect(offered[0]?.some((text) => text.includes(wetOnly))).toBe(true);
      await page.getByText('Its variations came out as chosen: weather: wet.', { exact: false }).waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('edits the story’s details in a form: each change one edit of the text, required fields kept, the check’s word at its field', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      const status = await newBlankStory(page);
      const blank = await downloaded(page);
      const before = parse(blank) as {
        title: string;
        mood?: number;
        setting: { backdrop: string };
        sources: string[];
      };
      await page.getByRole('button', { name: 'Details', exact: true }).click();
      const title = page.getByLabel('Title', { exact: true });
      await expect(title.inputValue()).resolves.toBe(before.title);

      // Each field's change is one edit of the text, by keyboard as a trainer would type it.
      await title.fill('Corner café: the broken machine');
      await page.keyboard.press('Tab');
      // The id names the file Download saves.
      await page.getByLabel('Id', { exact: true }).fill('corner-cafe');
      await page.keyboard.press('Tab');
      const savedAs = async () => {
        const saving = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download', exact: true }).click();
        return (await saving).suggestedFilename();
      };
      await expect.poll(savedAs, { timeout: 30_000 }).toBe('corner-cafe.yaml');
      // The bar names the draft as Download names its file.
      await page.getByRole('heading', { name: 'Editing corner-cafe.yaml' }).waitFor();
      await page.getByLabel('Mood at the start').fill('35');
      await page.keyboard.press('Tab');
      await page.getByLabel('Industry').fill('coffee shops');
      await page.keyboard.press('Tab');
      await page.getByLabel('Difficulty').selectOption({ label: 'Advanced' });
      // The articles the story draws on, ticked by their titles: their file names go into the text.
      const articles = page.getByRole('group', { name: 'The articles it draws on' });
      const heroes = articles.getByRole('checkbox', { name: /^Heroes are made when the routine breaks down/ });
      const grades = articles.getByRole('checkbox', { name: /^Core service earns a C, the experience earns the A/ });
      expect(before.sources).toEqual(['000_c3e8adf0cbd3a5b1.txt']);
      await expect(heroes.isChecked()).resolves.toBe(true);
      await grades.focus();
      await page.keyboard.press('Space');
      await expect
        .poll(async () => (parse(await downloaded(page)) as { sources: string[] }).sources, { timeout: 30_000 })
        .toEqual(['000_c3e8adf0cbd3a5b1.txt', '002_ceafc355a4a27d16.txt']);
      await heroes.click();
      await expect.poll(() => heroes.isChecked(), { timeout: 30_000 }).toBe(false);
      // The last one ticked stays: a story draws on at least one article.
      await grades.click();
      await page.getByText('A story draws on at least one article').waitFor();
      await expect(grades.isChecked()).resolves.toBe(true);
      // The backdrop from the gallery, by keyboard: a night beside its day, each a button named as its picture.
      const backdrop = page.getByRole('group', { name: 'Backdrop' });
      await backdrop.getByText(/^Choose another backdrop/).click();
      // Every night on the same row as its day, wherever the gallery's rows break.
      // (Polled: a check answering the edits above draws the form again meanwhile.)
      const nights = () =>
        backdrop.locator('.backdrop-card[id$="-night"]').evaluateAll((cards) =>
          cards.map((night) => {
            const day = night.closest('ul')?.querySelector(`[id="${night.id.replace(/-night$/, '')}"]`);
            return day ? night.getBoundingClientRect().top - day.getBoundingClientRect().top : null;
          }),
        );
      await expect.poll(() => nights().then((n) => n.length), { timeout: 30_000 }).toBeGreaterThan(5);
      await expect.poll(() => nights().then((n) => n.filter((d) => d !== 0)), { timeout: 30_000 }).toEqual([]);
      const night = backdrop.getByRole('button', { name: 'Car-hire desk, at night', exact: true });
      await night.focus();
      await page.keyboard.press('Enter');
      const other = 'car-hire-desk-night';
      expect(before.setting.backdrop).not.toBe(other);
      // The form drawn again from the new text keeps the gallery open and the focus on the card chosen, now pressed.
      await expect.poll(() => night.getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('true');
      expect(await backdrop.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`backdrop-card-${other}`);
      await expect
        .poll(async () => parse(await downloaded(page)) as Record<string, unknown>, { timeout: 30_000 })
        .toMatchObject({
          id: 'corner-cafe',
          title: 'Corner café: the broken machine',
          mood: 35,
          industry: 'coffee shops',
          difficulty: 'advanced',
          setting: { backdrop: other },
          sources: ['002_ceafc355a4a27d16.txt'],
        });
      await status.filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });
      await expect(backdrop.locator('.backdrop-chosen').innerText()).resolves.toContain('Car-hire desk, at night');
      await screenshot(page, 'studio-details');

      // A field the story needs is not emptied; the checker's own words stand beside a field it refuses.
      await title.fill('');
      await page.keyboard.press('Tab');
      await page.getByText('This field cannot be left empty.').waitFor();
      expect((parse(await downloaded(page)) as { title: string }).title).toBe('Corner café: the broken machine');
      const minutes = page.getByLabel('Minutes to play');
      await minutes.fill('90');
      await page.keyboard.press('Tab');
      await expect.poll(() => minutes.getAttribute('aria-invalid'), { timeout: 60_000 }).toBe('true');
      const said = await page.locator('#detail-minutes-problem').innerText();
      expect(said).toMatch(/60/);
      // The same words as the list of problems, which the command line prints too.
      await expect(page.locator('.studio-problem', { hasText: said }).count()).resolves.toBe(1);
      // Left empty, an optional field goes from the text, and the format's own worked-out minutes apply.
      await minutes.fill('');
      await page.keyboard.press('Tab');
      await expect.poll(async () => 'minutes' in (parse(await downloaded(page)) as object)).toBe(false);
      await expect.poll(() => minutes.getAttribute('aria-invalid'), { timeout: 60_000 }).toBe('false');

      // One Undo takes back one field's change, and the form follows the text.
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => minutes.inputValue()).toBe('90');

      // The cast: a member added under an id of their own, given a voice on the phone, then taken out again.
      type Cast = { cast: Record<string, { name: string; look: string; via?: string }> };
      const cast = () => downloaded(page).then((text) => (parse(text) as Cast).cast);
      const beforeCast = await downloaded(page);
      await page.getByLabel("New member's id").fill('Night Manager');
      await page.getByRole('button', { name: 'Add to the cast' }).click();
      await page.getByRole('alert').filter({ hasText: '“Night Manager” cannot be an id' }).waitFor();
      await page.getByLabel("New member's id").fill('night-manager');
      await page.getByRole('button', { name: 'Add to the cast' }).click();
      const manager = page.getByRole('group', { name: /\(night-manager\)$/ });
      await manager.getByLabel('How they reach the trainee').selectOption('phone', { timeout: 30_000 });
      await expect
        .poll(() => cast().then((c) => c['night-manager']), { timeout: 30_000 })
        .toMatchObject({
          name: 'FILL IN: the name the trainee sees',
          via: 'phone',
        });
      await expect(page.getByRole('button', { name: /^Take out of the cast: .*customer/ }).count()).resolves.toBe(0);
      await manager.getByRole('button', { name: /^Take out of the cast/ }).click();
      await expect.poll(() => downloaded(page), { timeout: 30_000 }).toBe(beforeCast);

      // A variation with two outcomes, one made likelier, a third added; then the variation taken out again.
      type Varied = { variations?: Record<string, { id: string; weight?: number }[]> };
      const varied = () => downloaded(page).then((text) => (parse(text) as Varied).variations);
      await page.getByLabel("New variation's id").fill('weather');
      await page.getByLabel("Its outcomes' ids, parted by commas (at least two)").fill('dry');
      await page.getByRole('button', { name: 'Add the variation' }).click();
      // Said beside the boxes, in view, where the form's own line for problems is a screen's height above.
      const refused = page.locator('#variation-new-id-problem');
      await refused.filter({ hasText: 'at least two different outcomes' }).waitFor();
      // Asked again until drawn: a check answering meanwhile draws the form anew, the refusal carried into it.
      const inView = async () => {
        const at = await refused.filter({ hasText: 'at least two different outcomes' }).boundingBox();
        return at !== null && at.y > 0 && at.y + at.height < 720;
      };
      await expect.poll(inView, { timeout: 30_000 }).toBe(true);
      await page.getByLabel("Its outcomes' ids, parted by commas (at least two)").fill('dry, wet');
      await page.getByRole('button', { name: 'Add the variation' }).click();
      // Added, the boxes are empty for the next one (their words were carried into the form drawn after).
      await expect.poll(() => page.getByLabel("New variation's id").inputValue(), { timeout: 30_000 }).toBe('');
      await expect(refused.innerText()).resolves.toBe('');
      await page.getByLabel('Weight of wet').fill('3', { timeout: 30_000 });
      await page.getByLabel('Weight of wet').press('Tab');
      await expect
        .poll(() => varied().then((v) => v?.['weather']?.map((o) => [o.id, o.weight ?? 1])), { timeout: 30_000 })
        .toEqual([
          ['dry', 1],
          ['wet', 3],
        ]);
      await page.getByLabel("New outcome's id").fill('snow');
      await page.getByLabel("New outcome's id").press('Enter');
      await page.getByRole('button', { name: 'Take out snow' }).click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Take out the variation weather' }).click({ timeout: 30_000 });
      await expect.poll(varied, { timeout: 30_000 }).toBeUndefined();

      // A look of the story's own, built from the art's parts and given to the customer.
      type Looked = Cast & { looks?: Record<string, Record<string, string | boolean>> };
      await page.getByLabel("New look's id").fill('night-pharmacist');
      await page.getByRole('button', { name: 'Build a look' }).click();
      const built = page.getByRole('group', { name: 'Look night-pharmacist' });
      await built.getByLabel('Face, hair and age from').selectOption('woman-bob-polo', { timeout: 30_000 });
      await built.getByLabel('Skin tone').selectOption('deep');
      await built.getByLabel('Glasses').click();
      const customerLook = page.locator('#cast-customer-look');
      await customerLook.selectOption('night-pharmacist', { timeout: 30_000 });
      await expect
        .poll(() => downloaded(page).then((text) => parse(text) as Looked), { timeout: 30_000 })
        .toMatchObject({
          looks: { 'night-pharmacist': { head: 'woman-bob-polo', skin: 'deep', glasses: true } },
          cast: { customer: { look: 'night-pharmacist' } },
        });
      // It is shown in its four moods, and as the customer's face; a look someone wears is not taken out.
      await expect.poll(() => built.locator('.look-mood img').count(), { timeout: 30_000 }).toBe(4);
      await expect
        .poll(() => customerLook.locator('xpath=..').locator('img').getAttribute('src'), { timeout: 30_000 })
        .toMatch(/^data:image\/svg\+xml;base64,/);
      await built.getByRole('button', { name: /^Take this look out/ }).click();
      await page.getByRole('alert').filter({ hasText: '“night-pharmacist” is worn by' }).waitFor();

      // The author's own pictures, each a file kept in the story's text: the backdrop, then a look's faces.
      const png = (width: number, height: number) => Buffer.from(pngDataUrl(width, height).split(',')[1]!, 'base64');
      const own = page.locator('#detail-setting-backdrop-own');
      await own.setInputFiles({ name: 'Huge.png', mimeType: 'image/png', buffer: Buffer.alloc(400_000, 1) });
      await page.getByRole('alert').filter({ hasText: "more than the 300 kB a story's picture may be" }).waitFor();
      await own.setInputFiles({ name: 'Our Counter.png', mimeType: 'image/png', buffer: png(1920, 1080) });
      type Pictured = Looked & { setting: { backdrop: string }; images?: Record<string, string> };
      const pictured = () => downloaded(page).then((text) => parse(text) as Pictured);
      await expect
        .poll(pictured, { timeout: 30_000 })
        .toMatchObject({ setting: { backdrop: 'our-counter' }, images: { 'our-counter': pngDataUrl(1920, 1080) } });
      await page.getByLabel("New look's id").fill('drawn-by-hand');
      await page.getByRole('button', { name: 'Build a look' }).click();
      const drawn = page.getByRole('group', { name: 'Look drawn-by-hand' });
      await drawn.getByText('Draw this look from your own pictures').click({ timeout: 30_000 });
      await drawn.getByLabel('Picture for Worried').setInputFiles({
        name: 'worried.png',
        mimeType: 'image/png',
        buffer: png(600, 800),
      });
      // Its first picture stands for every mood, and the parts it was built from go.
      await expect
        .poll(() => pictured().then((story) => story.looks?.['drawn-by-hand']), { timeout: 30_000 })
        .toEqual({
          pictures: {
            content: 'drawn-by-hand-worried',
            worried: 'drawn-by-hand-worried',
            annoyed: 'drawn-by-hand-worried',
            delighted: 'drawn-by-hand-worried',
          },
        });
      await expect.poll(() => drawn.locator('.look-mood img').count(), { timeout: 30_000 }).toBe(4);
      // For the picture only: the form may be drawn again as the last edit's check lands (the element then goes
      // mid-scroll, "not attached to the DOM" in one CI rehearsal), so the scroll is tried again on the new one.
      await expect
        .poll(
          () =>
            built
              .locator('.look-moods')
              .scrollIntoViewIfNeeded({ timeout: 5_000 })
              .then(
                () => true,
                () => false,
              ),
          { timeout: 30_000 },
        )
        .toBe(true);
      await screenshot(page, 'studio-look');
      await expect(violations(page, 'studio details')).resolves.toEqual([]);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await screenshot(page, 'studio-details-1920');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'studio-details-phone');
      await page.getByRole('button', { name: 'Text', exact: true }).click();
      await expect(page.locator('.cm-content').innerText()).resolves.toContain('mood: 35');

      // The stage draws the look the story built: a figure is drawn only once its face is in the texture cache.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('button', { name: 'Details', exact: true }).click();
      await minutes.fill(''); // the 90 brought back by Undo above would keep the story from playing
      await page.keyboard.press('Tab');
      await page.getByRole('button', { name: 'Play this story' }).click({ timeout: 60_000 });
      await page.locator('.story-screen[data-figures*=\'"id":"customer"\']').waitFor({ timeout: 60_000 });
      await screenshot(page, 'studio-look-on-stage');
      expect(errors).toEqual([]);
    });
  });

  it('shows an article the catalogue does not hold among the ticked ones, with the check’s word beside it', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const stray = '009_0123456789abcdef.txt';
      const cited = bakery.replace(/^sources: \[(.*)\]$/m, `sources: [$1, ${stray}]`);
      expect(cited).not.toBe(bakery);
      await openStudio(page);
      await page
        .locator('#studio-file')
        .setInputFiles({ name: 'bakery-mini.yaml', mimeType: 'text/yaml', buffer: Buffer.from(cited) });
      await page.locator('.studio-problems.errors button').first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Details', exact: true }).click();
      const box = page.getByRole('group', { name: 'The articles it draws on' }).getByRole('checkbox', { name: stray });
      await expect(box.isChecked()).resolves.toBe(true);
      await expect.poll(() => box.getAttribute('aria-invalid'), { timeout: 60_000 }).toBe('true');
      const said = await page.locator(`#${await box.getAttribute('id')}-problem`).innerText();
      expect(said).toContain('is not one of the articles');
      // Unticked, it leaves the text, and the story loads.
      await box.click();
      await page.locator('.studio-status').filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });
      expect(await downloaded(page)).toBe(bakery);
    });
  });

  it('says beside a cast member’s pronoun when their look is drawn otherwise', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await newBlankStory(page);
      await page.getByRole('button', { name: 'Details', exact: true }).click();
      // The blank story's customer wears a look drawn as "she".
      const pronoun = page.locator('#cast-customer-pronoun');
      await pronoun.selectOption('he');
      const said = page.locator('#cast-customer-pronoun-problem');
      await expect
        .poll(() => said.innerText(), { timeout: 60_000 })
        .toMatch(/is "he", but the look "woman-auburn-cardigan" is drawn as "she"/);
      // A note, not an error: the story still plays, and the select says where its note is.
      await expect(said.getAttribute('class')).resolves.toContain('note');
      await expect(pronoun.getAttribute('aria-describedby')).resolves.toBe('cast-customer-pronoun-problem');
      await expect(pronoun.getAttribute('aria-invalid')).resolves.toBe('false');
      await pronoun.selectOption('she');
      await expect.poll(() => said.innerText(), { timeout: 60_000 }).toBe('');
    });
  });

  it('keeps the story’s text left to right on a right-to-left page', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?studio&lang=ar`);
      await page.locator('.studio-ways button').first().click();
      await page.locator('.studio-editing .studio-facts').waitFor({ timeout: 60_000 });
      const laidOut = await page.locator('.source-host').evaluate((host) => {
        const inside = host.shadowRoot!;
        const content = inside.querySelector('.cm-content')!;
        return {
          page: getComputedStyle(document.documentElement).direction,
          text: getComputedStyle(content).direction,
          gutterLeft:
            inside.querySelector('.cm-gutters')!.getBoundingClientRect().right <= content.getBoundingClientRect().left,
        };
      });
      expect(laidOut).toEqual({ page: 'rtl', text: 'ltr', gutterLeft: true });
    });
  });

  it('plays a new story begun on a Spanish page, its words marked Spanish, with the bar whole: its way back to the studio, and a long name cut short inside it', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.goto(`${baseUrl}?studio&lang=es`);
      await page.locator('.studio-ways button').first().click();
      await page.locator('.studio-editing .studio-facts').waitFor({ timeout: 60_000 });
      // Begun on a Spanish page, its words are in Spanish and the story says so: they are marked Spanish as it plays.
      await page.getByRole('button', { name: 'Datos', exact: true }).click();
      await expect(page.getByLabel('Idioma en que está escrita').inputValue()).resolves.toBe('es');
      // Its FILL IN notes, dozens in a story just begun, are said in Spanish (the command line's other words are not).
      const note = page.locator('.studio-problems.warnings .studio-problem').first();
      await expect
        .poll(() => note.innerText(), { timeout: 60_000 })
        .toMatch(/title: falta por escribir: el título de la historia$/);
      await expect(note.locator('span').last().getAttribute('lang')).resolves.toBeNull();
      // And beside its field in Details, as in the list.
      await expect
        .poll(() => page.locator('#detail-title-problem').innerText(), { timeout: 30_000 })
        .toBe('falta por escribir: el título de la historia');
      const saved = async () => {
        const saving = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Descargar', exact: true }).click();
        return downloadedText(await saving);
      };
      await expect.poll(saved, { timeout: 30_000 }).toMatch(/^language: es$/m);
      const play = page.getByRole('button', { name: 'Jugar esta historia' });
      await expect.poll(() => play.isEnabled(), { timeout: 60_000 }).toBe(true);
      await play.click();
      await page.locator('.hud').getByRole('button', { name: 'Volver al estudio' }).waitFor();
      const line = page.locator('.line').first();
      await line.waitFor();
      await expect(line.getAttribute('lang')).resolves.toBe('es');
      // The customer's name is a long FILL IN: the mood's label once ran out of the bar.
      await expect(auditText(page, 'a try in Spanish', false).then((a) => a.clipped)).resolves.toEqual([]);
    });
  });

  it('keeps a draft it cannot read, to download, and lists the rest', async () => {
    await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      await page.goto(baseUrl);
      await page.evaluate(() => localStorage.setItem('service-hero.studio.draft.kept', '{"format": 1, "text": '));
      await openStudio(page);
      await page.getByText('A draft this browser could not read (kept).').waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download as it is' }).click();
      expect(await downloadedText(await download)).toBe('{"format": 1, "text": ');
      await expect(page.evaluate(() => localStorage.getItem('service-hero.studio.draft.kept'))).resolves.toBe(
        '{"format": 1, "text": ',
      );
      await screenshot(page, 'studio-home-390');
      await expect(violations(page, 'studio on a phone')).resolves.toEqual([]);
      // At the largest text on a phone, nothing is cut off or runs out of its card (a long story title among the
      // stories to copy once widened every way to start past the screen's edge).
      await page.evaluate(() => (document.documentElement.dataset['textSize'] = 'largest'));
      await expect(auditText(page, 'studio home, largest text', false).then((a) => a.clipped)).resolves.toEqual([]);
      await screenshot(page, 'studio-home-390-largest');
    });
  });

  it('shows the check below the text on a phone, as tall as what it has to say', async () => {
    await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      await newBlankStory(page);
      const check = page.locator('.studio-check');
      // Kept to the screen's height with the text above it, the check was a strip of 20 px no one could read.
      const box = (await check.boundingBox())!;
      expect(box.height).toBeGreaterThan(400);
      await page.getByRole('heading', { name: 'Check', exact: true }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('heading', { name: 'Check', exact: true }).isVisible()).resolves.toBe(true);
      await expect(check.locator('.studio-problems button').first().isVisible()).resolves.toBe(true);
      await screenshot(page, 'studio-check-390');
    });
  });

  it('keeps a draft bigger than local storage holds, and the last keys typed before the page closes', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      // 5.6 million characters: more than Chromium's local storage holds for a whole site.
      const long = `${bakery}${'# a note kept with the story, line after line\n'.repeat(120_000)}`;
      await openStudio(page);
      await page
        .locator('#studio-file')
        .setInputFiles({ name: 'bakery-long.yaml', mimeType: 'text/yaml', buffer: Buffer.from(long) });
      await page.locator('.studio-status').filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });
      await expect(page.locator('.studio-save').innerText()).resolves.toBe('Saved in this browser');
      await openStudio(page);
      await page.getByRole('button', { name: 'Open The last sourdough' }).click();
      // Named after its story's id, as Download names it.
      await page.getByRole('heading', { name: 'Editing bakery-mini.yaml' }).waitFor();
      await expect(downloaded(page)).resolves.toBe(long);
      // On the drafts' shelf, not in local storage, which the learner's progress keeps to itself.
      const draftKeys = () =>
        page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('service-hero.studio.draft.')));
      await expect(draftKeys()).resolves.toEqual([]);

      // A key typed just before the page goes, too soon for the save that follows typing, is there next time.
      await page.getByRole('button', { name: 'All drafts' }).click();
      await page.getByRole('button', { name: 'New blank story' }).click();
      await page.locator('.studio-status').filter({ hasText: 'The story plays' }).waitFor({ timeout: 60_000 });
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('\n# the last words');
      await openStudio(page);
      await page
        .locator('.studio-draft')
        .filter({ hasText: 'my-story.yaml' })
        .getByRole('button', { name: /^Open/ })
        .click();
      await expect(downloaded(page)).resolves.toMatch(/# the last words$/);
      // Taken from local storage onto the shelf as the studio opened.
      await expect(draftKeys()).resolves.toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('lets an author write on when the browser keeps nothing, and says the draft is not saved', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      // A full storage: every write refused, as a browser does past its quota, in IndexedDB and local storage alike.
      await page.addInitScript(() => {
        const full = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        Storage.prototype.setItem = full;
        IDBObjectStore.prototype.put = full;
      });
      await openStudio(page);
      await page.getByRole('button', { name: 'New blank story' }).click();
      const bar = page.locator('.studio-save');
      await bar.filter({ hasText: 'Not saved' }).waitFor();
      await expect(bar.innerText()).resolves.toBe(
        'Not saved: this browser has no room for it. Download the story to keep it.',
      );
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('\n# still writing');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      expect(await downloadedText(await download)).toContain('# still writing');
    });
  });
});
