// What the xAPI browser tests share: the learner, the bakery play they report,
// and ways to read what reached the test LRS and what the game says about it.
import type { Statement } from '@xapi/xapi';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { scenarioById } from '../../../src/engine/index.ts';
import { listScenarioFiles, listTrackFiles, projectRoot, readLibrary } from '../../../tools/projectFiles.ts';
import { allPlays, type Play } from '../../support/plays.ts';
import type { TestLrs } from '../../../tools/testLrs/testLrs.ts';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const actor = { name: 'Ada Trainee', mbox: 'mailto:ada@example.com' };
const library = readLibrary(
  [...listScenarioFiles(), join(projectRoot, 'tests/fixtures/bakery-mini.yaml')],
  [...listTrackFiles(), join(projectRoot, 'tests/fixtures/e2e/tracks/quick-track.yaml')],
);
const bakery = scenarioById(library, 'bakery-mini')!;
export const SEED = 'lms-1';
/** A play graded B: it passes a 0.6 mastery score and the story's own bar. */
export const play: Play = allPlays(bakery, library.catalogue!, SEED).find((p) => p.report.grade === 'B')!;
/** A play below a 0.6 mastery score. */
export const failingPlay: Play = allPlays(bakery, library.catalogue!, SEED).find((p) => p.report.percent < 60)!;

export const verbOf = (s: Statement) => s.verb.id.replace(ADL, '');
export const sessionOf = (s: Statement) => s.context?.extensions?.[SESSION_ID] as string | undefined;

/** The registration's statements as stored; every one must be the launched learner's, or the test fails here. */
export function byRegistration(lrs: TestLrs, registration: string, learner: { mbox: string } = actor): Statement[] {
  const found = lrs
    .statements()
    .filter((s) => s.statement.context?.registration === registration)
    .map((s) => s.statement);
  const strangers = found.filter((s) => !(s.actor && 'mbox' in s.actor && s.actor.mbox === learner.mbox));
  if (strangers.length)
    throw new Error(
      `statements for another learner under registration ${registration}: ${JSON.stringify(strangers.map((s) => s.actor))}`,
    );
  return found;
}

/** What one play must leave in the LRS, verb by verb: the start, each beat shown, each answer, the result. */
export function expectedVerbs(p: Play, result: string[], start = 'initialized'): string[] {
  const verbs = [start, 'experienced'];
  for (const step of p.steps) verbs.push(...(step.kind === 'choose' ? ['answered', 'experienced'] : ['experienced']));
  return [...verbs, ...result];
}

/** Waits until the game says nothing is waiting to be sent. */
export async function allSent(page: Page, timeout = 60_000): Promise<string> {
  const status = page.locator('.lms-status');
  await status.waitFor();
  await page.waitForFunction(
    () => /Reporting to your LMS: \d+ sent(?!.*waiting)/.test(document.querySelector('.lms-status')?.textContent ?? ''),
    undefined,
    { timeout },
  );
  return status.innerText();
}

/** Every timestamp later than the one before: the order the statements were made in, made explicit. */
export function strictlyIncreasing(statements: readonly Statement[]): boolean {
  const times = statements.map((s) => Date.parse(s.timestamp ?? ''));
  return times.every((t, i) => i === 0 || t > times[i - 1]!);
}

export async function waitFor<T>(read: () => T, done: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
