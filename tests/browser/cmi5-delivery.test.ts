// cmi5 delivery under the conditions a shared training room produces: one
// registration played in several fresh browsers, a window closed mid-story,
// and an LMS that refuses the statements of a session it has abandoned.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestLrs, type TestLrs } from '../../tools/testLrs/testLrs.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, screenshot, watchErrors } from './support/game.ts';
import {
  actor,
  allSent,
  byRegistration,
  failingPlay,
  play,
  SEED,
  sessionOf,
  strictlyIncreasing,
  verbOf,
  waitFor,
} from './support/lrsAssertions.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const activityId = 'https://lms.example.com/au/bakery-mini';
const learnerPreferences = { languagePreference: 'en-US' };
const launchUrl = (query: string) => `${baseUrl}?scenario=bakery-mini&seed=${SEED}&${query}`;

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  await lrs.close();
});

describe('cmi5 results once per registration', () => {
  it('one registration played to the end in three fresh browsers is completed and passed once', async () => {
    const registration = crypto.randomUUID();
    for (let visit = 0; visit < 3; visit += 1) {
      const query = lrs.prepareCmi5Launch({
        activityId,
        actor,
        registration,
        launchMode: 'Normal',
        masteryScore: 0.6,
        learnerPreferences,
      });
      await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
        const errors = watchErrors(page);
        await page.goto(launchUrl(query));
        await playStepsByMouse(page, play.steps);
        const status = await allSent(page);
        expect(status, `visit ${visit + 1}`).toContain('Your result is recorded');
        expect(errors).toEqual([]);
      });
    }
    const stored = byRegistration(lrs, registration);
    const verbs = stored.map(verbOf);
    expect(verbs.filter((v) => v === 'completed')).toEqual(['completed']);
    expect(verbs.filter((v) => v === 'passed')).toEqual(['passed']);
    expect(verbs.filter((v) => v === 'initialized').length).toBe(3);
    expect(verbs.filter((v) => v === 'terminated').length).toBe(3);
    // Each session: initialized first, terminated last, every timestamp after the one before.
    const sessions = [...new Set(stored.map(sessionOf))];
    expect(sessions.length).toBe(3);
    for (const session of sessions) {
      const own = stored.filter((s) => sessionOf(s) === session);
      expect(verbOf(own[0]!)).toBe('initialized');
      expect(verbOf(own.at(-1)!)).toBe('terminated');
      expect(strictlyIncreasing(own)).toBe(true);
    }
    expect(verbs.slice(0, verbs.indexOf('terminated') + 1).slice(-3)).toEqual(['passed', 'completed', 'terminated']);
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    expect(lrs.invalid()).toEqual([]);
  });

  it('sends no failed after the registration has passed, even from another browser', async () => {
    const registration = crypto.randomUUID();
    for (const [visit, steps] of [play.steps, failingPlay.steps].entries()) {
      const query = lrs.prepareCmi5Launch({
        activityId,
        actor,
        registration,
        launchMode: 'Normal',
        masteryScore: 0.6,
        learnerPreferences,
      });
      await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
        await page.goto(launchUrl(query));
        await playStepsByMouse(page, steps);
        const status = await allSent(page);
        if (visit === 1) expect(status).toContain('2 not sent because the LMS already had that result');
      });
    }
    const verbs = byRegistration(lrs, registration).map(verbOf);
    expect(verbs.filter((v) => ['passed', 'failed', 'completed'].includes(v))).toEqual(['passed', 'completed']);
    expect(verbs.filter((v) => v === 'terminated').length).toBe(2);
    expect(lrs.invalid()).toEqual([]);
  });
});

describe('cmi5 session end', () => {
  it('closing the window mid-story sends terminated once for that session', async () => {
    const registration = crypto.randomUUID();
    const query = lrs.prepareCmi5Launch({ activityId, actor, registration, launchMode: 'Normal' });
    const stored = await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(launchUrl(query));
      await playStepsByMouse(page, play.steps.slice(0, 2), undefined, false);
      const reported = await waitFor(
        () => byRegistration(lrs, registration),
        (s) => s.some((t) => verbOf(t) === 'answered'),
      );
      expect(reported.map(verbOf)).not.toContain('terminated');
      await page.close({ runBeforeUnload: true });
      // Waited for with the browser still open, as a closed tab leaves it: closing the whole context (withPage's
      // end) can cancel a keepalive request not yet sent, which no learner closing a tab does.
      return waitFor(
        () => byRegistration(lrs, registration),
        (s) => s.some((t) => verbOf(t) === 'terminated'),
      );
    });
    const verbs = stored.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.filter((v) => v === 'terminated')).toEqual(['terminated']);
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => ['passed', 'failed', 'completed'].includes(v))).toEqual([]);
    expect(new Set(stored.map(sessionOf)).size).toBe(1);
    expect(strictlyIncreasing(stored)).toBe(true);
    expect(lrs.invalid()).toEqual([]);
  });
});

describe('cmi5 after the LMS abandons a session', () => {
  it('sets aside what the LMS refuses for good (403) and the new session still arrives, initialized first', async () => {
    const registration = crypto.randomUUID();
    const first = lrs.prepareCmi5Launch({
      activityId,
      actor,
      registration,
      launchMode: 'Normal',
      sessionId: crypto.randomUUID(),
      learnerPreferences,
    });
    await withPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true }, async (page) => {
      // The statements resource fails (503) while the launch itself works: the first session's statements wait.
      lrs.setFault('error');
      await page.goto(launchUrl(first));
      await playStepsByMouse(page, play.steps.slice(0, 2), undefined, false);
      await waitFor(
        () => lrs.received().filter((r) => r.path === '/xapi/statements' && r.status === 503).length,
        (n) => n > 0,
      );
      expect(byRegistration(lrs, registration)).toEqual([]);
      await page.goto('about:blank');

      // The LMS launches a new session and refuses (403) any statement of the old one.
      const secondSession = crypto.randomUUID();
      const second = lrs.prepareCmi5Launch({
        activityId,
        actor,
        registration,
        launchMode: 'Normal',
        masteryScore: 0.6,
        sessionId: secondSession,
        learnerPreferences,
      });
      lrs.setFault({
        reject: (s) => s.context?.registration === registration && sessionOf(s) !== secondSession,
        status: 403,
      });
      // The new launch resumes the story where the first session left it.
      await page.goto(launchUrl(second));
      await playStepsByMouse(page, play.steps.slice(2));
      const status = await allSent(page, 90_000);
      await screenshot(page, 'cmi5-set-aside');
      expect(status).toMatch(/\d+ set aside/);
      expect(status).toContain('Your result is recorded');
      const stored = byRegistration(lrs, registration);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.every((s) => sessionOf(s) === secondSession)).toBe(true);
      expect(verbOf(stored[0]!)).toBe('initialized');
      expect(stored.slice(-3).map(verbOf)).toEqual(['passed', 'completed', 'terminated']);

      // What was set aside can be saved as a file of statements for the LMS's administrator.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /Save set-aside statements/ }).click();
      const file = await download;
      const saved = JSON.parse(await streamText(await file.createReadStream())) as { id: string }[];
      expect(saved.length).toBeGreaterThan(0);
      expect(saved.every((s) => !stored.some((t) => t.id === s.id))).toBe(true);
    });
    lrs.setFault('none');
    expect(lrs.invalid()).toEqual([]);
  });

  it('never says the result is recorded when the LRS refused it', async () => {
    const registration = crypto.randomUUID();
    const query = lrs.prepareCmi5Launch({
      activityId,
      actor,
      registration,
      launchMode: 'Normal',
      masteryScore: 0.6,
      learnerPreferences,
    });
    lrs.setFault({ reject: (s) => s.context?.registration === registration && verbOf(s) === 'passed', status: 403 });
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(launchUrl(query));
      await playStepsByMouse(page, play.steps);
      const status = await allSent(page, 90_000);
      expect(status).not.toContain('Your result is recorded');
      expect(status).toMatch(/1 set aside/);
    });
    lrs.setFault('none');
    const verbs = byRegistration(lrs, registration).map(verbOf);
    expect(verbs.slice(-2)).toEqual(['completed', 'terminated']);
    expect(verbs).not.toContain('passed');
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
