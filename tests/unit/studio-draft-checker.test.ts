// The page's side of the studio's check worker (src/play/studio/draftChecker.ts), with a stand-in for the worker
// that answers when told: drafts sent during a check wait and only the newest is checked next; each listener hears
// only its own check; and the first check slow enough to matter, but not too slow, is run again for nobody while it
// stays slow (a few times at most), so the author's first edit finds the worker's code compiled.
import { describe, expect, it } from 'vitest';
import type { ArtManifest, Catalogue } from '../../src/engine/runtime.ts';
import type { CheckAnswer, CheckRequest } from '../../src/play/studio/checkWorker.ts';
import type { DraftReport } from '../../src/play/studio/draftCheck.ts';
import {
  startDraftChecker,
  WARM_AGAIN,
  type CheckOutcome,
  type CheckWorkerPort,
} from '../../src/play/studio/draftChecker.ts';

type Check = Extract<CheckRequest, { kind: 'check' }>;

function fakeWorker() {
  const checks: Check[] = [];
  const port: CheckWorkerPort = {
    postMessage: (request) => void (request.kind === 'check' && checks.push(request)),
    onmessage: null,
    onerror: null,
  };
  const answer = (data: CheckAnswer) => port.onmessage?.({ data } as MessageEvent<CheckAnswer>);
  /** The worker finishes the newest check it was sent, taking `ms`. */
  const finish = (ms: number) => {
    const check = checks.at(-1)!;
    answer({ seq: check.seq, report: reportFor(check.text), ms });
  };
  return { port, checks, finish };
}

const reportFor = (text: string): DraftReport => ({
  errors: [],
  warnings: [{ file: 'a.yaml', line: 1, col: 1, field: '', message: text }],
  story: null,
});
const catalogue = {} as Catalogue;
const art = {} as ArtManifest;

function heard() {
  const outcomes: CheckOutcome[] = [];
  return { outcomes, listener: { done: (outcome: CheckOutcome) => void outcomes.push(outcome) } };
}
const textOf = (outcome: CheckOutcome | undefined) =>
  outcome && 'report' in outcome ? outcome.report.warnings[0]?.message : undefined;

describe('the studio’s draft checker', () => {
  it('checks the newest of the drafts sent during a check, and tells each listener only its own', () => {
    const worker = fakeWorker();
    const checker = startDraftChecker(catalogue, art, 'warm-up', worker.port);
    const [a, b, c] = [heard(), heard(), heard()];
    checker.check('s.yaml', 'one', a.listener);
    checker.check('s.yaml', 'two', b.listener);
    checker.check('s.yaml', 'three', c.listener);
    expect(worker.checks.map((r) => r.text)).toEqual(['one']);
    worker.finish(10);
    expect(worker.checks.map((r) => r.text)).toEqual(['one', 'three']);
    expect(a.outcomes).toEqual([]);
    worker.finish(10);
    expect(b.outcomes).toEqual([]);
    expect(c.outcomes.map(textOf)).toEqual(['three']);
  });

  it('runs the first slow check again for nobody while it stays slow, and a draft sent meanwhile waits', () => {
    const worker = fakeWorker();
    const checker = startDraftChecker(catalogue, art, 'warm-up', worker.port);
    const first = heard();
    checker.check('s.yaml', 'opened', first.listener);
    const slow = WARM_AGAIN.over + 100;
    worker.finish(slow);
    expect(first.outcomes.map(textOf)).toEqual(['opened']);
    expect(worker.checks.map((r) => r.text)).toEqual(['opened', 'opened']);
    const edit = heard();
    checker.check('s.yaml', 'edited', edit.listener);
    expect(worker.checks).toHaveLength(2);
    worker.finish(slow);
    expect(first.outcomes).toHaveLength(1);
    expect(worker.checks.map((r) => r.text)).toEqual(['opened', 'opened', 'edited']);
    worker.finish(slow);
    expect(edit.outcomes.map(textOf)).toEqual(['edited']);
    // Still slow, and nothing waits: the newest text is run again, up to the limit.
    expect(worker.checks.map((r) => r.text)).toEqual(['opened', 'opened', 'edited', 'edited']);
    worker.finish(slow);
    expect(worker.checks).toHaveLength(1 + WARM_AGAIN.runs + 1);
    worker.finish(slow);
    expect(worker.checks, 'no more than the limit').toHaveLength(1 + WARM_AGAIN.runs + 1);
    expect(edit.outcomes).toHaveLength(1);
    checker.check('s.yaml', 'later', heard().listener);
    worker.finish(slow);
    expect(worker.checks, 'the warming is over').toHaveLength(1 + WARM_AGAIN.runs + 2);
  });

  it('ends the warming at the first quick check', () => {
    const worker = fakeWorker();
    const checker = startDraftChecker(catalogue, art, 'warm-up', worker.port);
    checker.check('s.yaml', 'opened', heard().listener);
    worker.finish(WARM_AGAIN.over + 100);
    expect(worker.checks).toHaveLength(2);
    worker.finish(WARM_AGAIN.over - 1);
    expect(worker.checks).toHaveLength(2);
    checker.check('s.yaml', 'edited', heard().listener);
    worker.finish(WARM_AGAIN.over + 100);
    expect(worker.checks).toHaveLength(3);
  });

  it('does not run again a check too quick to matter or too slow to repeat, and waits for one that is not', () => {
    for (const ms of [WARM_AGAIN.over - 1, WARM_AGAIN.under + 1]) {
      const worker = fakeWorker();
      const checker = startDraftChecker(catalogue, art, 'warm-up', worker.port);
      checker.check('s.yaml', 'opened', heard().listener);
      worker.finish(ms);
      expect(worker.checks, `a check of ${ms} ms`).toHaveLength(1);
      // The story grown (or cut) into one worth warming for.
      checker.check('s.yaml', 'edited', heard().listener);
      worker.finish(WARM_AGAIN.over + 100);
      expect(worker.checks.map((r) => r.text)).toEqual(['opened', 'edited', 'edited']);
    }
  });
});
