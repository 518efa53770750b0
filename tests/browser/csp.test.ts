// The built page's Content-Security-Policy: every screen works under it without a
// single violation, it really blocks eval and inline script, and scenario text full
// of markup is shown as text (the policy is the second line of defence, not the first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../tools/projectFiles.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

/** Records every securitypolicyviolation from the first moment of every page load. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The bakery fixture with markup and script in its title, a line, the breakdown, a choice, its feedback and an ending. */
const TEXT = {
  title: 'The last <b>loaf</b><script>window.hacked = "title"</script>',
  line: '<img src=x onerror="window.hacked = \'line\'"> One sourdough, please.',
  breakdown: 'The last <marquee>sourdough</marquee> went a minute ago.',
  choice: 'Say there is none <i onmouseover="window.hacked = \'choice\'">left</i>.',
  reason: 'She leaves <img src=x onerror="window.hacked = \'feedback\'">without it.',
  ending: 'Thanks <script>window.hacked = "ending"</script>anyway',
};
const q = JSON.stringify;
const markedUp = readFileSync(join(projectRoot, 'tests/fixtures/bakery-mini.yaml'), 'utf8')
  .replace('id: bakery-mini', 'id: marked-up')
  .replace('title: The last sourdough', `title: ${q(TEXT.title)}`)
  .replace(
    '- { ada: "One sourdough, please. The usual.", audio: audio/ada-morning.wav }',
    `- { ada: ${q(TEXT.line)}, audio: audio/ada-morning.wav }`,
  )
  .replace('breakdown: The last sourdough went a minute ago.', `breakdown: ${q(TEXT.breakdown)}`)
  .replace('text: Say there is none left.', `text: ${q(TEXT.choice)}`)
  .replace('finish-it-their-way: She leaves without what she came for.', `finish-it-their-way: ${q(TEXT.reason)}`)
  .replace('title: Thanks anyway', `title: ${q(TEXT.ending)}`);
for (const text of Object.values(TEXT))
  if (!markedUp.includes(q(text))) throw new Error(`bakery-mini.yaml changed: could not put ${text} into it`);

describe('the Content-Security-Policy', () => {
  it('is in the built page and strict; no screen breaks it, and scenario markup shows as text, never run', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const violations = await recordViolations(page);
      const errors = watchErrors(page);
      await page.goto(baseUrl);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      // Scripts and styles from the site's own files only: nothing inline.
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("style-src 'self';");
      expect(policy).not.toMatch(/unsafe-/);
      expect(policy).toContain("object-src 'none'");

      // Title, then a story full of markup played to its debrief: every piece of it is shown as text
      // (HUD, lines, breakdown, choices, debrief, screen-reader mirror), and none of it becomes an element.
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await page
        .locator('#scenario-file')
        .setInputFiles({ name: 'marked-up.yaml', mimeType: 'text/yaml', buffer: Buffer.from(markedUp) });
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await showAllText(page);
      await expect(page.locator('.hud').innerText()).resolves.toContain(TEXT.title);
      await expect(page.locator('.lines').innerText()).resolves.toContain(TEXT.line);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await showAllText(page);
      await expect(page.locator('.dialogue').innerText()).resolves.toContain(TEXT.breakdown);
      await expect(page.locator('#announcer').innerText()).resolves.toContain('sourdough');
      await page.getByRole('button', { name: TEXT.choice, exact: true }).hover();
      await playStepsByMouse(page, [{ kind: 'choose', id: 'shrug', text: TEXT.choice }]);
      expect((await readDebrief(page)).grade).toBe('C');
      const debrief = await page.locator('.debrief-screen').innerText();
      for (const shown of [TEXT.choice, TEXT.reason, TEXT.ending]) expect(debrief).toContain(shown);
      await screenshot(page, 'csp-marked-up-debrief');
      const injected = () =>
        page.evaluate(() => document.querySelectorAll('body img, body script, body marquee, body b, body i').length);
      expect(await injected()).toBe(0);
      await page.getByRole('button', { name: 'Choose another story' }).click();

      // The profile (with its mastery bars), a track, a broken file's errors, the brainstorm board.
      await page.getByRole('button', { name: /Your progress/ }).click();
      await page.getByRole('heading', { name: 'Your progress' }).waitFor();
      // The mastery bars' widths are inline styles, set through the CSSOM, which the policy allows.
      const barWidths = await page
        .locator('.bar')
        .evaluateAll((bars) => bars.map((b) => (b as HTMLElement).style.width));
      expect(barWidths.length).toBeGreaterThan(0);
      expect(barWidths.every((w) => /^\d+%$/.test(w))).toBe(true);
      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.getByRole('button', { name: /New-hire essentials/ }).click();
      await page.getByRole('heading', { name: 'New-hire essentials' }).waitFor();
      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.getByRole('button', { name: /broken-story\.yaml has 3 problems/ }).click();
      await page.getByRole('alert').waitFor();
      await page.getByRole('button', { name: 'Back to the stories' }).click();
      await page.getByRole('button', { name: 'Breakdown brainstorm' }).click();
      await page
        .getByLabel('A breakdown in your business')
        .fill('The till freezes <script>window.hacked = "board"</script>');
      await page.getByRole('button', { name: 'Add to the board' }).click();
      await expect(page.locator('.brainstorm-item').first().innerText()).resolves.toContain(
        '<script>window.hacked = "board"</script>',
      );
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      // A workshop story, up to its pause for discussion.
      await page.getByLabel('Story for the room').selectOption('bakery-mini');
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('region', { name: 'Pause and discuss' }).waitFor();

      expect(await injected()).toBe(0);
      expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('reports only to the LRS hosts the deployment trusts, and leaves no handle on the engine in the window', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const violations = await recordViolations(page);
      const outside: string[] = [];
      page.on('request', (request) => {
        if (
          !request.url().startsWith(baseUrl) &&
          !request.url().startsWith('blob:') &&
          !request.url().startsWith('data:')
        )
          outside.push(request.url());
      });
      // The test build trusts only this machine's test LRS (tools/vite/deployment.ts); this link names another host.
      const actor = encodeURIComponent(JSON.stringify({ mbox: 'mailto:ada@example.com', name: 'Ada' }));
      await page.goto(
        `${baseUrl}?endpoint=${encodeURIComponent('https://collector.example.net/xapi/')}&auth=Basic%20eDp5&actor=${actor}`,
      );
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("connect-src 'self' http://127.0.0.1:* http://localhost:*;");
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      const status = page.locator('.lms-status');
      await expect
        .poll(() => status.innerText(), { timeout: 15_000 })
        .toBe(
          'The xAPI launch address cannot be used (endpoint: https://collector.example.net is not one of the addresses this site reports to (http://127.0.0.1:*, http://localhost:*)), so this play is not being reported. Relaunch from your LMS, or tell its administrator.',
        );
      await screenshot(page, 'csp-untrusted-lrs');
      // The title is drawn by Phaser, which names itself on the window when it loads; the game takes that away.
      expect(await page.locator('canvas').count()).toBe(1);
      expect(await page.evaluate(() => 'Phaser' in window)).toBe(false);
      expect(outside).toEqual([]);
      expect(await violations()).toEqual([]);
    });
  });

  it('blocks eval, inline script and inline event handlers', async () => {
    await withPage({ viewport: { width: 800, height: 600 } }, async (page) => {
      const violations = await recordViolations(page);
      await page.goto(baseUrl);
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      // Run from a timer, as page code: DevTools evaluation itself is allowed to eval, whatever the policy says.
      const outcome = await page.evaluate(
        () =>
          new Promise<{ evalError: string; functionError: string; ran: string[] }>((resolve) => {
            setTimeout(() => {
              const flags = window as unknown as Record<string, unknown>;
              let evalError = '';
              try {
                (0, eval)('window.evalRan = true');
              } catch (e) {
                evalError = (e as Error).name;
              }
              let functionError = '';
              try {
                new Function('window.functionRan = true')();
              } catch (e) {
                functionError = (e as Error).name;
              }
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true';
              document.body.append(script);
              const holder = document.createElement('div');
              holder.innerHTML =
                '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.handlerRan = true" onerror="window.handlerRan = true">';
              document.body.append(holder);
              setTimeout(
                () =>
                  resolve({
                    evalError,
                    functionError,
                    ran: ['evalRan', 'functionRan', 'inlineRan', 'handlerRan'].filter((k) => k in flags),
                  }),
                300,
              );
            });
          }),
      );
      expect(outcome).toEqual({ evalError: 'EvalError', functionError: 'EvalError', ran: [] });
      const seen = await violations();
      expect(seen.filter((v) => v.startsWith('script-src '))).toHaveLength(2); // eval and new Function
      expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
      expect(seen.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
    });
  });
});
