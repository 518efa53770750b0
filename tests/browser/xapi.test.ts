// xAPI and cmi5 reporting in the real game, to a real (local) LRS that
// validates every statement independently: with the LRS up, down and brought
// back, and failing in every way, the LRS ends with exactly the expected
// statements, once each.
import type { Agent, Statement } from '@xapi/xapi';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scenarioById } from '../../src/engine/index.ts';
import { listScenarioFiles, listTrackFiles, projectRoot, readLibrary } from '../../tools/projectFiles.ts';
import { allPlays, type Play } from '../support/plays.ts';
import { startTestLrs, type TestLrs } from '../../tools/testLrs/testLrs.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, readDebrief, screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const library = readLibrary(
  [...listScenarioFiles(), join(projectRoot, 'tests/fixtures/bakery-mini.yaml')],
  [...listTrackFiles(), join(projectRoot, 'tests/fixtures/e2e/tracks/quick-track.yaml')],
);
const bakery = scenarioById(library, 'bakery-mini')!;
const SEED = 'lms-1';
const play: Play = allPlays(bakery, library.catalogue!, SEED).find((p) => p.report.grade === 'B')!;
const actor = { name: 'Ada Trainee', mbox: 'mailto:ada@example.com' };
const ADL = 'http://adlnet.gov/expapi/verbs/';

/** What one play must leave in the LRS, verb by verb: the start, each beat shown, each answer, the result. */
function expectedVerbs(p: Play, result: string[]): string[] {
  const verbs = ['initialized', 'experienced'];
  for (const step of p.steps) verbs.push(...(step.kind === 'choose' ? ['answered', 'experienced'] : ['experienced']));
  return [...verbs, ...result].map((v) => ADL + v);
}

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  await lrs.close();
});

const byRegistration = (registration: string) =>
  lrs
    .statements()
    .filter((s) => s.statement.context?.registration === registration)
    .map((s) => s.statement);
const launchUrl = (query: string) => `${baseUrl}?scenario=bakery-mini&seed=${SEED}&${query.replace(/^\?/, '')}`;

/** Waits until the game says nothing is waiting to be sent. */
async function allSent(page: Page, timeout = 60_000): Promise<string> {
  const status = page.locator('.lms-status');
  await status.waitFor();
  await page.waitForFunction(
    () => /Reporting to your LMS: \d+ sent(?!.*waiting)/.test(document.querySelector('.lms-status')?.textContent ?? ''),
    undefined,
    { timeout },
  );
  return status.innerText();
}

describe('xAPI launch', () => {
  it('reports a whole play to the LRS, valid and in order', async () => {
    const registration = crypto.randomUUID();
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(
        launchUrl(
          lrs.xapiLaunchQuery({ actor, activityId: 'https://lms.example.com/courses/onboarding', registration }),
        ),
      );
      await playStepsByMouse(page, play.steps);
      expect((await readDebrief(page)).grade).toBe('B');
      const status = await allSent(page);
      await screenshot(page, 'xapi-debrief');
      expect(errors).toEqual([]);
      const stored = byRegistration(registration);
      expect(status).toContain(`${stored.length} sent`);
      expect(lrs.invalid()).toEqual([]);
      expect(stored.map((s) => s.verb.id)).toEqual(expectedVerbs(play, ['passed', 'completed']));
      const answered = stored.filter((s) => s.verb.id === `${ADL}answered`);
      expect(answered.map((s) => s.result?.response)).toEqual(
        play.steps.flatMap((s) => (s.kind === 'choose' ? [s.id] : [])),
      );
      const passed = stored.at(-2)!;
      expect(passed.result?.score).toEqual({
        raw: play.report.percent,
        min: 0,
        max: 100,
        scaled: play.report.percent / 100,
      });
      // Launched for one story, the story is the launched activity itself, so the LMS credits it.
      expect(passed.object).toMatchObject({ id: 'https://lms.example.com/courses/onboarding' });
      expect(stored.every((s) => s.actor && 'mbox' in s.actor && s.actor.mbox === actor.mbox)).toBe(true);
    });
  });

  it('keeps statements while the LRS is down, across a closed tab, and sends them once when it is back', async () => {
    const registration = crypto.randomUUID();
    lrs.setFault('down');
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const url = launchUrl(
        lrs.xapiLaunchQuery({ actor, activityId: 'https://lms.example.com/courses/onboarding', registration }),
      );
      await page.goto(url);
      await playStepsByMouse(page, play.steps);
      await expect(page.locator('.lms-status').innerText()).resolves.toMatch(/waiting \(the LRS could not be reached/);
      await screenshot(page, 'xapi-lrs-down');
      expect(byRegistration(registration)).toEqual([]);

      // The tab closes; the LRS comes back; the next visit sends what waited.
      await page.goto('about:blank');
      lrs.setFault('none');
      await page.goto(
        `${baseUrl}?${lrs.xapiLaunchQuery({ actor, activityId: 'https://lms.example.com/courses/onboarding', registration })}`,
      );
      await allSent(page);
      const stored = byRegistration(registration);
      expect(stored.map((s) => s.verb.id)).toEqual(expectedVerbs(play, ['passed', 'completed']));
      expect(lrs.invalid()).toEqual([]);
    });
  });

  it('sends each statement once through errors, lost answers and a refused statement, in order', async () => {
    const registration = crypto.randomUUID();
    const refusedBeat = `${ADL}experienced`;
    let refusedId: string | null = null;
    // What this test's play sent: the LRS also heard this file's earlier tests, whose resends would count here.
    const earlier = lrs.received().length;
    const received = () => lrs.received().slice(earlier);
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      lrs.setFault('error');
      await page.goto(
        launchUrl(
          lrs.xapiLaunchQuery({ actor, activityId: 'https://lms.example.com/courses/onboarding', registration }),
        ),
      );
      await playStepsByMouse(page, play.steps.slice(0, 1), undefined, false);
      lrs.setFault('lose-response');
      await playStepsByMouse(page, play.steps.slice(1, 2), undefined, false);
      // Wait for an answer to be lost and the statement sent again: on a busy machine the queue may still be
      // backing off from the errors when the fault changes, and then nothing here would be resent.
      const sentTwice = () =>
        received()
          .flatMap((r) => r.statementIds)
          .some((id, i, all) => all.indexOf(id) !== i);
      await expect.poll(sentTwice, { timeout: 60_000 }).toBe(true);
      // The LRS refuses the first beat statement it is sent from now on; the rest must still arrive.
      lrs.setFault({
        reject: (s: Statement) => {
          if (
            refusedId === null &&
            s.verb.id === refusedBeat &&
            s.context?.registration === registration &&
            !lrs.statements().some((t) => t.statement.id === s.id)
          )
            refusedId = s.id ?? null;
          return s.id === refusedId;
        },
      });
      await playStepsByMouse(page, play.steps.slice(2));
      const status = await allSent(page);
      expect(status).toContain('1 set aside');
    });
    lrs.setFault('none');
    const stored = byRegistration(registration);
    const expected = expectedVerbs(play, ['passed', 'completed']);
    expect(stored.length).toBe(expected.length - 1);
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    // Lost answers were resent: the LRS saw some ids more than once but stored them once.
    const sends = received().flatMap((r) => r.statementIds);
    expect(stored.some((s) => sends.filter((id) => id === s.id).length > 1)).toBe(true);
    const times = stored.map((s) => s.timestamp ?? '');
    expect([...times].sort()).toEqual(times);
  });
});

describe('cmi5 launch', () => {
  it('initializes, reports the play, then passed (at the mastery score), completed and terminated', async () => {
    const registration = crypto.randomUUID();
    const activityId = 'https://lms.example.com/au/bakery-mini';
    const query = lrs.prepareCmi5Launch({
      activityId,
      actor,
      registration,
      launchMode: 'Normal',
      masteryScore: 0.6,
      moveOn: 'CompletedAndPassed',
      learnerPreferences: { languagePreference: 'en-US', audioPreference: 'on' },
    });
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(launchUrl(query));
      await playStepsByMouse(page, play.steps);
      await allSent(page);
      await expect(page.locator('.lms-status').innerText()).resolves.toContain('Your result is recorded');
      expect(errors).toEqual([]);
    });
    expect(lrs.invalid()).toEqual([]);
    const stored = byRegistration(registration);
    const verbs = stored.map((s) => s.verb.id.replace(ADL, ''));
    expect(verbs[0]).toBe('initialized');
    expect(verbs.slice(-3)).toEqual(['passed', 'completed', 'terminated']);
    expect(verbs.filter((v) => v === 'answered').length).toBe(2);
    const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
    const defined = stored.filter((s) => s.context?.contextActivities?.category?.some((c) => c.id === cmi5Category));
    expect(defined.map((s) => s.verb.id.replace(ADL, ''))).toEqual([
      'initialized',
      'passed',
      'completed',
      'terminated',
    ]);
    expect(defined.every((s) => s.object && 'id' in s.object && s.object.id === activityId)).toBe(true);
    const sessionIds = new Set(
      stored.map((s) => s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']),
    );
    expect(sessionIds.size).toBe(1);
    expect(stored.at(-3)?.result?.score?.scaled).toBe(play.report.percent / 100);
  });

  it('ends the cmi5 session with terminated when the page is reloaded mid-story, and says so; the story carries on', async () => {
    // cmi5 allows nothing after terminated, and a page that is going cannot tell a reload from a close (README).
    const registration = crypto.randomUUID();
    const query = lrs.prepareCmi5Launch({
      activityId: 'https://lms.example.com/au/bakery-mini',
      actor,
      registration,
      launchMode: 'Normal',
      learnerPreferences: { languagePreference: 'en-US' },
    });
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const errors = watchErrors(page);
      await page.goto(launchUrl(query));
      await playStepsByMouse(page, play.steps.slice(0, 2), undefined, false);
      await page.reload();
      await playStepsByMouse(page, play.steps.slice(2));
      expect((await readDebrief(page)).grade).toBe('B');
      await expect(page.locator('.lms-status').innerText()).resolves.toContain('This session with your LMS has ended');
      expect(errors).toEqual([]);
    });
    const stored = byRegistration(registration);
    const verbs = stored.map((s) => s.verb.id.replace(ADL, ''));
    expect(verbs.filter((v) => v === 'initialized')).toEqual(['initialized']);
    expect(verbs.filter((v) => v === 'terminated')).toEqual(['terminated']);
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => ['passed', 'failed', 'completed', 'resumed'].includes(v))).toEqual([]);
    expect(
      new Set(stored.map((s) => s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']))
        .size,
    ).toBe(1);
  });

  it("a learner who returns to the course mid-story ends the session with terminated, and lands on the LMS's return address", async () => {
    const registration = crypto.randomUUID();
    const returnURL = `${lrs.origin}/about?back=1`;
    const query = lrs.prepareCmi5Launch({
      activityId: 'https://lms.example.com/au/bakery-mini',
      actor,
      registration,
      launchMode: 'Normal',
      returnURL,
      learnerPreferences: { languagePreference: 'en-US' },
    });
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(launchUrl(query));
      await playStepsByMouse(page, play.steps.slice(0, 2), undefined, false);
      await page.getByRole('button', { name: 'Stories' }).click();
      await screenshot(page, 'cmi5-title-with-return');
      await page.getByRole('button', { name: 'Return to your course' }).click();
      await page.waitForURL(returnURL);
    });
    const verbs = byRegistration(registration).map((s) => s.verb.id.replace(ADL, ''));
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => ['passed', 'failed', 'completed'].includes(v))).toEqual([]);
  });

  it('sends no passed or completed in Browse mode, and no passed below the mastery score', async () => {
    for (const [launchMode, masteryScore, result] of [
      ['Browse', 0.5, ['terminated']],
      ['Normal', 0.9, ['failed', 'completed', 'terminated']],
    ] as const) {
      const registration = crypto.randomUUID();
      const query = lrs.prepareCmi5Launch({
        activityId: 'https://lms.example.com/au/bakery-mini',
        actor,
        registration,
        launchMode,
        masteryScore,
      });
      await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
        await page.goto(launchUrl(query));
        await playStepsByMouse(page, play.steps);
        await allSent(page);
      });
      const verbs = byRegistration(registration).map((s) => s.verb.id.replace(ADL, ''));
      expect(verbs.slice(-result.length), launchMode).toEqual(result);
      expect(verbs.filter((v) => v === 'passed' || (launchMode === 'Browse' && v === 'completed'))).toEqual([]);
    }
    expect(lrs.invalid()).toEqual([]);
  });
});

describe('learners sharing a browser, and a new registration (xAPI and cmi5)', () => {
  const activityId = 'https://lms.example.com/au/bakery-mini';
  const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
  const whoIs = (s: Statement) => {
    const a = s.actor as { mbox?: string; account?: { name: string } };
    return a.mbox ?? a.account?.name ?? '';
  };
  const of = (who: string) =>
    lrs
      .statements()
      .map((s) => s.statement)
      .filter((s) => whoIs(s) === who);
  const verbsOf = (statements: Statement[]) => statements.map((s) => s.verb.id.replace(ADL, ''));
  const launch = (kind: 'xapi' | 'cmi5', learner: Agent, registration: string) =>
    launchUrl(
      kind === 'xapi'
        ? lrs.xapiLaunchQuery({ actor: learner, activityId, registration })
        : lrs.prepareCmi5Launch({
            activityId,
            actor: learner,
            registration,
            launchMode: 'Normal',
            learnerPreferences: { languagePreference: 'en-US' },
          }),
    );
  /** The statements of part of a play: the start (cmi5 starts with the AU's initialized), each beat and each answer. */
  const partVerbs = (steps: number) =>
    verbsOf(
      expectedVerbs({ ...play, steps: play.steps.slice(0, steps) }, []).map((id) => ({ verb: { id } }) as Statement),
    );

  it.each(['xapi', 'cmi5'] as const)(
    '%s: a second learner on the same browser starts fresh; the first resumes their own play',
    async (kind) => {
      const ada = { name: 'Ada Shared', mbox: `mailto:ada.shared.${kind}@example.com` };
      const bob = { name: 'Bob Shared', account: { homePage: 'https://lms.example.com', name: `bob-shared-${kind}` } };
      const [adaRegistration, bobRegistration] = [crypto.randomUUID(), crypto.randomUUID()];
      await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
        const errors = watchErrors(page);
        await page.goto(launch(kind, ada, adaRegistration));
        await playStepsByMouse(page, play.steps.slice(0, 2), undefined, false);
        await expect.poll(() => verbsOf(of(ada.mbox)), { timeout: 15_000 }).toEqual(partVerbs(2));

        // Bob, launched on the same browser: his play starts at the beginning, under his registration only.
        await page.goto(launch(kind, bob, bobRegistration));
        await expect.poll(() => of(bob.account.name).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
        expect(verbsOf(of(bob.account.name)).slice(0, 2)).toEqual(['initialized', 'experienced']);
        await playStepsByMouse(page, play.steps);
        await allSent(page);
        const bobs = of(bob.account.name);
        expect(verbsOf(bobs)).toEqual([
          ...partVerbs(play.steps.length),
          'passed',
          'completed',
          ...(kind === 'cmi5' ? ['terminated'] : []),
        ]);
        expect(bobs.every((s) => s.context?.registration === bobRegistration)).toBe(true);
        expect(bobs.filter((s) => s.verb.id === `${ADL}answered`).map((s) => s.result?.response)).toEqual(
          play.steps.flatMap((s) => (s.kind === 'choose' ? [s.id] : [])),
        );

        // Ada again, with her registration: her own play resumes where she left it.
        await page.goto(launch(kind, ada, adaRegistration));
        await playStepsByMouse(page, play.steps.slice(2));
        await allSent(page);
        const adas = of(ada.mbox);
        expect(adas.every((s) => s.context?.registration === adaRegistration)).toBe(true);
        expect(verbsOf(adas).filter((v) => v === 'resumed')).toEqual(['resumed']);
        expect(verbsOf(adas).filter((v) => v === 'answered')).toHaveLength(
          bobs.filter((s) => s.verb.id === `${ADL}answered`).length,
        );
        expect(lrs.invalid()).toEqual([]);
        expect(errors).toEqual([]);
      });
    },
  );

  it('xapi: a launch does not open the story a plain visit left in progress on the same browser', async () => {
    const plain = {
      format: 'service-hero-progress',
      version: 1,
      current: { scenarioId: 'pub-caesar-dressing', seed: 'abc', steps: [], savedAt: new Date().toISOString() },
      attempts: [],
    };
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      // A file of the site that is not the game (a missing one would be answered with the game itself), to write storage from.
      await page.goto(`${baseUrl}manifest.webmanifest`);
      await page.evaluate((saved) => localStorage.setItem('service-hero.progress', saved), JSON.stringify(plain));
      // Launched for no story in particular, the learner gets the title screen, not someone else's story.
      await page.goto(
        `${baseUrl}?${lrs.xapiLaunchQuery({ actor: { mbox: 'mailto:cy.shared@example.com' }, activityId: 'https://lms.example.com/courses/onboarding' })}`,
      );
      await page.locator('.lms-status, .story-screen').first().waitFor();
      expect(await page.locator('.story-screen').count()).toBe(0);
      await expect(page.locator('.card.resume').count()).resolves.toBe(0);
      // The plain visit's play is still there for whoever left it.
      expect(JSON.parse((await page.evaluate(() => localStorage.getItem('service-hero.progress'))) ?? 'null')).toEqual(
        plain,
      );
    });
  });

  it('cmi5: a relaunch with a new registration mid-play reports every statement of the new session under it', async () => {
    const ada = { name: 'Ada Again', mbox: 'mailto:ada.again@example.com' };
    const [first, second] = [crypto.randomUUID(), crypto.randomUUID()];
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(launch('cmi5', ada, first));
      await playStepsByMouse(page, play.steps.slice(0, 2), undefined, false);
      await expect.poll(() => of(ada.mbox).length, { timeout: 15_000 }).toBe(partVerbs(2).length);
      const firstSession = of(ada.mbox)[0]?.context?.extensions?.[SESSION];

      // The earlier play stays under its own registration; the new one starts a play of its own.
      await page.goto(launch('cmi5', ada, second));
      await playStepsByMouse(page, play.steps);
      await allSent(page);
      const later = of(ada.mbox).filter((s) => s.context?.extensions?.[SESSION] !== firstSession);
      expect(verbsOf(later)).toEqual([...partVerbs(play.steps.length), 'passed', 'completed', 'terminated']);
      expect(later.filter((s) => s.context?.registration !== second)).toEqual([]);
    });
  });
});
