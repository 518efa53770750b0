// Every screen with the keyboard alone: each Tab stop shows a focus ring that can be seen (at least 2px,
// 3:1 against what is behind it, not clipped by a scrolling box or the window's edge, not covered), the
// stops come in reading order, and a new screen, the moments menu or the settings dialog puts focus
// somewhere sensible. Standard contrast runs on a laptop window and high contrast on a phone, so both
// themes and both layouts are walked once each.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the page says about the focused element. */
interface Focused {
  name: string;
  /** Why its focus indicator or placement fails, if it does. */
  problems: string[];
  /** Where it sits in the page's content (scrolling undone), for the reading order; a radio is placed by its group. */
  place: Box;
}

/** Runs in the page: the focused element, checked where it stands. Written without nested named functions, which some transforms wrap in helpers the page lacks. */
function inspectFocus(): Focused | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const style = getComputedStyle(el);
  const field = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : null;
  const label = (el.getAttribute('aria-label') ?? field?.labels?.[0]?.innerText ?? el.innerText)
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 50);
  const name = `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} "${label}"`;
  const problems: string[] = [];

  const outlineWidth = Number.parseFloat(style.outlineWidth) || 0;
  const hasOutline = style.outlineStyle !== 'none' && style.outlineStyle !== 'auto' && outlineWidth >= 2;
  const hasShadow = style.boxShadow !== 'none';
  if (!el.matches(':focus-visible')) problems.push('does not match :focus-visible');
  if (!hasOutline && !hasShadow) problems.push(`no focus ring (outline: ${style.outlineStyle} ${style.outlineWidth})`);

  // The ring's colour against what lies behind it: a band drawn with it (box-shadow), else the nearest opaque background.
  const rgba = (css: string): number[] | null => {
    const m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m?.[1]) return null;
    const parts = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = (c: number[]): number =>
    c.slice(0, 3).reduce((sum, v, i) => {
      const s = v / 255;
      const linear = s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      return sum + linear * ([0.2126, 0.7152, 0.0722][i] ?? 0);
    }, 0);
  if (hasOutline) {
    const ring = rgba(style.outlineColor);
    let behind = hasShadow ? rgba(style.boxShadow) : null;
    if (behind && (behind[3] ?? 1) < 0.8) behind = null;
    for (let node = el.parentElement; node && !behind; node = node.parentElement) {
      const background = rgba(getComputedStyle(node).backgroundColor);
      if (background && (background[3] ?? 0) >= 0.99) behind = background;
    }
    if (!ring || (ring[3] ?? 1) < 0.99) problems.push(`ring colour ${style.outlineColor} is not opaque`);
    else if (!behind) problems.push('ring drawn over the stage picture with no band of its own');
    else {
      const [light, dark] = [luminance(ring), luminance(behind)].sort((a, b) => b - a) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      if (ratio < 3) problems.push(`ring contrast ${ratio.toFixed(2)}:1 against ${JSON.stringify(behind)}`);
    }
  }

  // The element and its ring in sight: inside the window and inside every box that would clip them.
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) problems.push('has no size');
  const reach = hasOutline ? Math.max(0, (Number.parseFloat(style.outlineOffset) || 0) + outlineWidth) : 0;
  const ringBox = {
    left: rect.left - reach,
    top: rect.top - reach,
    right: rect.right + reach,
    bottom: rect.bottom + reach,
  };
  const slack = 1.5;
  if (
    ringBox.left < -slack ||
    ringBox.top < -slack ||
    ringBox.right > innerWidth + slack ||
    ringBox.bottom > innerHeight + slack
  ) {
    problems.push(
      `ring reaches outside the window (${Math.round(ringBox.left)},${Math.round(ringBox.top)} to ${Math.round(ringBox.right)},${Math.round(ringBox.bottom)})`,
    );
  }
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = node.getBoundingClientRect();
    const clip = {
      left: r.left + node.clientLeft,
      top: r.top + node.clientTop,
      right: r.left + node.clientLeft + node.clientWidth,
      bottom: r.top + node.clientTop + node.clientHeight,
    };
    if (
      ringBox.left < clip.left - slack ||
      ringBox.top < clip.top - slack ||
      ringBox.right > clip.right + slack ||
      ringBox.bottom > clip.bottom + slack
    ) {
      problems.push(`ring clipped by ${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`);
      break;
    }
  }
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  if (!hit || !(hit === el || el.contains(hit) || hit.contains(el)))
    problems.push(`covered by ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'}`);
  if (!el.closest('.screen, dialog[open]')) problems.push('outside the current screen');

  const anchor = el instanceof HTMLInputElement && el.type === 'radio' ? (el.closest('fieldset') ?? el) : el;
  const a = anchor.getBoundingClientRect();
  let dx = 0;
  let dy = 0;
  for (let node = anchor.parentElement; node; node = node.parentElement) {
    dx += node.scrollLeft;
    dy += node.scrollTop;
  }
  return { name, problems, place: { left: a.left + dx, top: a.top + dy, right: a.right + dx, bottom: a.bottom + dy } };
}

/**
 * Whether `next` may follow `prev` when reading: on a later row (its top at or below prev's bottom), or on
 * the same row (the two overlap vertically) and further right. A new row may start back at the left.
 */
function readsAfter(prev: Box, next: Box): boolean {
  const slack = 2;
  if (next.top >= prev.bottom - slack) return true;
  const sameRow = next.top < prev.bottom && next.bottom > prev.top;
  return sameRow && next.left >= prev.left - slack;
}

/**
 * Tabs from the top of the page (or of `within`, for a modal dialog) until focus leaves the document or comes
 * round again; records every stop's problems and any step against the reading order. Returns the stops' names.
 */
async function tabThrough(page: Page, screen: string, found: string[], within?: string): Promise<string[]> {
  await page.evaluate((selector) => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'tab-start';
    (selector ? document.querySelector(selector) : document.body)?.prepend(start);
    start.focus();
  }, within ?? null);
  const stops: Focused[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('tab-start')?.remove());
    const stop = await page.evaluate(inspectFocus);
    if (
      !stop ||
      stops.some((s) => s.name === stop.name && s.place.top === stop.place.top && s.place.left === stop.place.left)
    )
      break;
    if (within && !(await page.evaluate((selector) => !!document.activeElement?.closest(selector), within))) {
      found.push(`${screen}: focus escaped the modal ${within} to ${stop.name}`);
      break;
    }
    found.push(...stop.problems.map((p) => `${screen}: ${stop.name}: ${p}`));
    const prev = stops.at(-1);
    if (prev && !readsAfter(prev.place, stop.place)) {
      const at = (b: Box) => `(${Math.round(b.left)},${Math.round(b.top)})`;
      found.push(
        `${screen}: Tab goes from ${prev.name} at ${at(prev.place)} back to ${stop.name} at ${at(stop.place)}`,
      );
    }
    stops.push(stop);
    if (i === 79) found.push(`${screen}: focus never leaves the page (trapped?)`);
  }
  if (stops.length === 0) found.push(`${screen}: nothing to Tab to`);
  return stops.map((s) => s.name);
}

/**
 * Waits (up to 5 s) for focus to settle on the element `name` describes, as inspectFocus names it, then checks
 * its ring. A miss is recorded rather than thrown, so one run reports every screen.
 */
async function expectFocus(page: Page, screen: string, name: string | RegExp, found: string[]): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const deadline = Date.now() + 5000;
  let stop = await page.evaluate(inspectFocus);
  while (!(stop && matches(stop.name)) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    stop = await page.evaluate(inspectFocus);
  }
  if (!stop || !matches(stop.name))
    found.push(`${screen}: focus lands on ${stop?.name ?? 'nothing (the page itself)'}, not ${String(name)}`);
  else found.push(...stop.problems.map((p) => `${screen} (on arrival): ${stop.name}: ${p}`));
}

/** Presses Enter on a button, as a keyboard user does once focus is on it. */
async function activate(page: Page, name: string | RegExp): Promise<void> {
  const control = page.getByRole('button', { name, exact: typeof name === 'string' });
  await control.focus();
  await page.keyboard.press('Enter');
}

const WALKS = [
  { contrast: 'standard', viewport: { width: 1280, height: 800 } },
  { contrast: 'high', viewport: { width: 390, height: 844 } },
] as const;

describe.each(WALKS)('the keyboard alone, $contrast contrast at $viewport.width px', ({ contrast, viewport }) => {
  it('reaches every control in reading order, with a visible focus ring, and lands focus sensibly on each new screen', async () => {
    await withPage({ viewport }, async (page) => {
      const found: string[] = [];
      const shot = (name: string) => screenshot(page, `keyboard-${contrast}-${name}`);
      await page.goto(baseUrl);
      await page.evaluate(
        (c) =>
          localStorage.setItem(
            'service-hero.settings',
            JSON.stringify({ version: 1, contrast: c, revealSpeed: 'instant' }),
          ),
        contrast,
      );
      await page.goto(baseUrl);
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The stage joins a few seconds after the page is quiet and takes the title over, laid out anew: walked
      // while that happens (a busy machine), a stop was measured mid-move, outside the window. Walk it after.
      await expect
        .poll(() => page.evaluate(() => document.querySelector('canvas') !== null), { timeout: 30_000 })
        .toBe(true);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      const title = await tabThrough(page, 'title', found);
      // The bar at the top, then the stories (their filters folded away here), then the tracks below them.
      expect(title.slice(0, 4)).toEqual([
        'button "Your progress"',
        'button "Settings"',
        'button "Onboarding tracks ↓"',
        'button "Run a workshop ↓"',
      ]);
      expect(title).toContainEqual('summary "Filters"');
      expect(title.findIndex((s) => s.startsWith('button "The last sourdough'))).toBeLessThan(
        title.findIndex((s) => /New-hire essentials/.test(s)),
      );

      // Progress, and back: the way home focuses the top of the title screen.
      await activate(page, /^Your progress/);
      await expectFocus(page, 'profile', 'h1 "Your progress"', found);
      await tabThrough(page, 'profile', found);
      await activate(page, 'Back to the stories');
      await expectFocus(page, 'title', 'h1 "Service Hero"', found);
      await shot('title-return');

      // A track, played by keys: Enter continues, a number chooses.
      await activate(page, /^Quick test track/);
      await expectFocus(page, 'track', 'h1 "Quick test track"', found);
      await tabThrough(page, 'track', found);
      await activate(page, 'Start: The last sourdough');
      await expectFocus(page, 'story', 'button "Continue"', found);
      // The story text is a Tab stop only while it is longer than its box (then the arrows scroll it).
      const textStop = async () =>
        (await page.locator('.story-screen .scroll').evaluate((el) => el.scrollHeight > el.clientHeight + 1))
          ? ['div "Story text"']
          : [];
      expect(await tabThrough(page, 'story', found)).toEqual([
        'button "Stories"',
        'button "Settings"',
        'button "Change time limits"',
        ...(await textStop()),
        'button "Continue"',
      ]);
      await page.getByRole('button', { name: 'Continue', exact: true }).focus();
      await page.keyboard.press('Enter');
      // The first choice shown takes focus; the choices come in the seed's order, and the number keys follow it.
      await expectFocus(page, 'story choices', /^button "1 /, found);
      const shown = await page.locator('.choices:not([hidden]) .choice').allInnerTexts();
      const plain = shown.findIndex((text) => text.includes('Say there is none left.'));
      expect(plain).toBeGreaterThanOrEqual(0);
      await page.keyboard.press(String(plain + 1));
      await expectFocus(page, 'story ending', 'button "See your debrief"', found);
      await page.keyboard.press('Enter');
      await expectFocus(page, 'debrief', /^h1 "The last sourdough: debrief"/, found);
      await shot('debrief');
      const debrief = await tabThrough(page, 'debrief', found);
      // After the grade and its axes comes how it was worked out and what the numbers mean (disclosures), then the actions.
      expect(debrief.slice(0, 4)).toEqual([
        'summary "How grade C was worked out"',
        'summary "What the score and the grades mean"',
        'button "Back to the track"',
        'button "Try another path"',
      ]);
      await activate(page, 'Back to the track');
      await expectFocus(page, 'track', 'h1 "Quick test track"', found);
      await activate(page, 'Your certificate');
      await expectFocus(page, 'certificate', 'input[text] "Name on the certificate"', found);
      expect(await tabThrough(page, 'certificate', found)).toEqual([
        'input[text] "Name on the certificate"',
        'button "Print certificate"',
        'button "Back to the track"',
      ]);
      await activate(page, 'Back to the track');
      await activate(page, 'Back to the stories');
      await expectFocus(page, 'title', 'h1 "Service Hero"', found);

      // Practice: the moments menu and the settings dialog, on a beat with no patience clock.
      await activate(page, /^The last sourdough/);
      await expectFocus(page, 'practice', 'button "Continue"', found);
      await page.keyboard.press('Enter');
      await expectFocus(page, 'practice choices', /^button "1 /, found);
      const askSam = (
        await page
          .locator('.choices:not([hidden]) .choice')
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')))
      ).indexOf('ask-sam');
      await page.keyboard.press(String(askSam + 1));
      await page.locator('[data-choice="shrug"]').waitFor({ state: 'detached' });
      await expectFocus(page, 'practice, after asking Sam', /^button "1 /, found);
      const story = await tabThrough(page, 'story with choices', found);
      const stops = [
        'button "Stories"',
        'button "Go back"',
        'button "Settings"',
        'button "Change time limits"',
        ...(await textStop()),
      ];
      expect(story.slice(0, stops.length)).toEqual(stops);
      expect(story.slice(stops.length).every((s) => /^button "\d /.test(s))).toBe(true);

      await activate(page, 'Go back');
      await expectFocus(page, 'moments menu', 'button "1. Morning rush, but a calm moment at the counter"', found);
      await shot('moments');
      const menu = page.getByRole('group', { name: 'Go back to an earlier moment' });
      await page.keyboard.press('Tab');
      await expectFocus(page, 'moments menu', /^button "2\. /, found);
      await page.keyboard.press('Tab');
      await expectFocus(
        page,
        'after the moments menu',
        (await textStop()).length ? 'div "Story text"' : /^button "1 /,
        found,
      );
      if (await menu.isVisible()) found.push('moments menu: stays open, over the stage, once focus has moved past it');
      await activate(page, 'Go back');
      await expectFocus(page, 'moments menu', 'button "1. Morning rush, but a calm moment at the counter"', found);
      await page.keyboard.press('Escape');
      await expectFocus(page, 'moments menu closed', 'button "Go back"', found);
      if (await menu.isVisible()) found.push('moments menu: Escape does not close it');

      await activate(page, 'Settings');
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.waitFor();
      await expectFocus(page, 'settings', /^input\[radio\] "/, found);
      await shot('settings');
      const settings = await tabThrough(page, 'settings', found, 'dialog[open]');
      const colours = contrast === 'high' ? 'High contrast' : 'Standard';
      expect(settings).toEqual([
        'input[radio] "As my browser"',
        'input[radio] "Standard"',
        'input[radio] "All at once"',
        'input[radio] "As the story sets them"',
        'input[radio] "Follow my device"',
        `input[radio] "${colours}"`,
        'input[checkbox] "Play sound cues"',
        'input[checkbox] "Read each line aloud as it appears"',
        'button "Done"',
      ]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expectFocus(page, 'settings closed', 'button "Settings"', found);

      await activate(page, 'Stories');
      await expectFocus(page, 'title', 'h1 "Service Hero"', found);
      const withResume = await tabThrough(page, 'title with a story to resume', found);
      expect(withResume.slice(4, 6)).toEqual(['button "Continue the story"', 'button "Discard it"']);

      // The brainstorm board: Enter in the field adds to the board, and focus stays to add the next.
      await activate(page, 'Breakdown brainstorm');
      await expectFocus(page, 'brainstorm', 'input[text] "A breakdown in your business"', found);
      await page.keyboard.type('The card reader goes offline at lunch');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /^Remove: The card reader/ }).waitFor();
      await expectFocus(page, 'brainstorm', 'input[text] "A breakdown in your business"', found);
      await tabThrough(page, 'brainstorm', found);
      await activate(page, 'Back to the stories');
      await expectFocus(page, 'title', 'h1 "Service Hero"', found);

      await activate(page, /broken-story\.yaml has 3 problems/);
      await expectFocus(page, 'errors', 'button "Back to the stories"', found);
      await tabThrough(page, 'errors', found);
      await activate(page, 'Back to the stories');
      await expectFocus(page, 'title', 'h1 "Service Hero"', found);

      // A workshop: the room votes on every choice, and discusses first at a breakdown.
      await page.getByLabel('Story for the room').focus();
      await page.getByLabel('Story for the room').selectOption('pub-caesar-dressing');
      await activate(page, 'Start the workshop');
      await expectFocus(page, 'workshop', /^input\[number\] "Hands for choice 1: /, found);
      // A choice is only marked for the room; playing it is a deliberate second step.
      await activate(page, /Ask what's made the Caesar/);
      await activate(page, /^Play the room's choice: /);
      await expectFocus(page, 'pause and discuss', 'button "Show the choices"', found);
      await shot('discuss');
      await tabThrough(page, 'pause and discuss', found);
      await activate(page, 'Show the choices');
      await expectFocus(page, 'vote', /^input\[number\] "Hands for choice 1: /, found);
      await shot('vote');
      const vote = await tabThrough(page, 'vote', found);
      // Where the first choice comes depends on whether the beat's text scrolls (a tab stop only then); in presenter mode it does not.
      const firstChoice = vote.findIndex((stop) => stop.startsWith('button "1 '));
      expect(firstChoice).toBeGreaterThan(0);
      expect(vote.slice(firstChoice, firstChoice + 4)).toEqual([
        expect.stringMatching(/^button "1 /),
        'button "One hand fewer for choice 1"',
        expect.stringMatching(/^input\[number\] "Hands for choice 1/),
        'button "One more hand for choice 1"',
      ]);

      // A story link starts playing before the stage has loaded; its first choice still takes focus. The track's
      // story is still in progress, so the link first asks, with focus on Resume; Tab, Enter starts the new one.
      await page.goto(`${baseUrl}?scenario=pub-caesar-dressing&seed=keys-1`);
      await expectFocus(page, 'replacing a story in progress', /^button "Resume “/, found);
      await page.keyboard.press('Tab');
      await expectFocus(page, 'replacing a story in progress', 'button "Start the new one"', found);
      await page.keyboard.press('Enter');
      await expectFocus(page, 'story from a link', /^button "1 /, found);

      expect(found).toEqual([]);
    });
  });
});
