// What the Insights worker keeps and hands the page (insightsPool.ts): the same figures as counting the plays
// directly, each source summed up without its statements, a source taken out again, and everything cleared; and
// the LRS reader's rule that a `more` link is only followed on the LRS's own host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/play/insights/figures.ts';
import { createInsightsPool } from '../../src/play/insights/insightsPool.ts';
import { playsOf, readInsightFile } from '../../src/play/insights/readInsightFile.ts';
import { playsFromStatements } from '../../src/play/insights/fromStatements.ts';
import { readLrs, SPANS } from '../../src/play/insights/readLrs.ts';
import type { InsightStatement } from '../../src/play/insights/statementShape.ts';
import { cohort, shelf, stories } from '../../tools/insightsCohort.ts';
import { startTestLrs, storeStatements, type TestLrs } from '../../tools/testLrs/testLrs.ts';
import { installNodeXhr } from '../../tools/testLrs/testLrsNodeXhr.ts';

const { learners } = cohort(5, 3);
// The reporter's queue sends as soon as it may: a moment later every statement is out.
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Insights pool', () => {
  it('tallies what counting the plays directly gives, and sums up each source without its statements', async () => {
    await settled();
    const statements = readInsightFile('lrs.json', JSON.stringify(learners.flatMap((l) => l.statements)), shelf);
    const progress = readInsightFile('ada.json', JSON.stringify(learners[0]!.progress), shelf);
    const broken = readInsightFile('broken.json', '{"statements": 3}', shelf);
    const pool = createInsightsPool(shelf, stories);
    [statements, progress, broken].forEach((r) => pool.add(r));

    const tally = pool.tally();
    const { plays, skipped } = playsOf([statements, progress, broken], stories);
    expect(tally.figures).toEqual(figuresOf(plays, shelf));
    expect(tally.plays).toBe(plays.length);
    expect(tally.skipped).toBe(skipped);
    // Five learners by their xAPI agents, and the progress file's player by its name: six, each once.
    expect(tally.learners.map((l) => l.key)).toEqual([...new Set(plays.map((p) => p.learner.key))]);
    expect(tally.learners).toHaveLength(6);
    expect(tally.sources.map(({ source, kind, plays, statements }) => ({ source, kind, plays, statements }))).toEqual([
      { source: 'lrs.json', kind: 'statements', plays: 0, statements: statements.statements.length },
      { source: 'ada.json', kind: 'progress', plays: progress.plays.length, statements: 0 },
      { source: 'broken.json', kind: 'statements', plays: 0, statements: 0 },
    ]);
    expect(tally.sources[2]!.problems).toHaveLength(1);
    // What crosses to the page is plain data: nothing a worker's message could not carry.
    expect(structuredClone(tally)).toEqual(tally);

    pool.remove(progress);
    expect(pool.tally().sources.map((s) => s.source)).toEqual(['lrs.json', 'broken.json']);
    expect(pool.tally().plays).toBe(playsOf([statements], stories).plays.length);
    pool.clear();
    expect(pool.tally()).toMatchObject({ plays: 0, sources: [], learners: [], skipped: 0 });
  });
});

describe('reading an LRS', () => {
  let lrs: TestLrs;
  beforeAll(async () => {
    installNodeXhr();
    lrs = await startTestLrs();
  });
  afterAll(() => lrs.close());

  it('reads every page, asking for the next while one is counted, and follows no `more` link off the host', async () => {
    await settled();
    const all = learners.flatMap((l) => l.statements);
    await storeStatements(lrs, all);
    lrs.pageStatements(25);
    const pages: number[] = [];
    const shares: (number | null)[] = [];
    const query = { endpoint: lrs.endpoint, auth: lrs.auth };
    await expect(
      readLrs(
        query,
        (page, share) => {
          pages.push(page.length);
          shares.push(share);
        },
        () => false,
      ),
    ).resolves.toEqual({ kind: 'done' });
    expect(pages.reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(pages.length).toBe(Math.ceil(all.length / 25));
    // Stored at one moment, the pages are read one after another: how much is read is not known until the end.
    expect(shares).toEqual([...pages.slice(1).map(() => null), 1]);

    // Stopped after the first page: that page is counted, and nothing after the one already asked for.
    lrs.pageStatements(25);
    let read = 0;
    await expect(
      readLrs(
        query,
        (page) => (read += page.length),
        () => read > 0,
      ),
    ).resolves.toEqual({
      kind: 'cancelled',
    });
    expect(read).toBe(25);

    lrs.pageStatements(25, { moreBefore: '@elsewhere.example' });
    await expect(
      readLrs(
        query,
        () => {},
        () => false,
      ),
    ).resolves.toEqual({
      kind: 'failed',
      failure: { kind: 'not-statements' },
    });
  });

  it('shares the stored times out into spans read side by side, every statement handed on once, in its order', async () => {
    await settled();
    // Stored a few at a time, a moment apart, as plays are: a fresh LRS, so the times are these alone.
    const spread = await startTestLrs();
    try {
      const all = learners.flatMap((l) => l.statements);
      for (let i = 0; i < all.length; i += 40) {
        await storeStatements(spread, all.slice(i, i + 40));
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
      spread.pageStatements(25);
      const read: InsightStatement[][] = [];
      const shares: number[] = [];
      const query = { endpoint: spread.endpoint, auth: spread.auth };
      await expect(
        readLrs(
          query,
          (page, share) => {
            read.push(page);
            shares.push(share ?? Number.NaN);
          },
          () => false,
        ),
      ).resolves.toEqual({ kind: 'done' });
      // How much of the stored times is read: known from the first page, never going back, whole at the end.
      expect(shares.every((share, i) => share > 0 && share <= 1 && share >= (shares[i - 1] ?? 0))).toBe(true);
      expect(shares.at(-1)).toBe(1);
      expect(shares.filter((share) => share < 0.5).length).toBeGreaterThan(1);
      const ids = read.flat().map((s) => s.id);
      expect(ids.length).toBe(all.length);
      expect(new Set(ids)).toEqual(new Set(spread.statements().map((s) => s.statement.id)));
      const asked = spread.received().filter((r) => r.path.endsWith('/statements') && /since=/.test(r.query));
      expect(asked.length).toBe(SPANS);
      // Each span its own stretch of stored times, none shared: its first page's times all lie within it.
      const spans = asked.map((r) => new URLSearchParams(r.query));
      for (const [i, span] of spans.entries()) {
        if (i > 0) expect(span.get('since')).toBe(spans[i - 1]!.get('until'));
      }
      // The same plays as the statements read in the order they were stored (each written out: the plays are listed
      // in the order their learners first come, which pages read side by side change).
      const written = (plays: readonly object[]) => plays.map((p) => JSON.stringify(p)).sort();
      const inOrder = spread.statements().map((s) => s.statement) as InsightStatement[];
      expect(written(playsFromStatements(read.flat(), stories).plays)).toEqual(
        written(playsFromStatements(inOrder, stories).plays),
      );

      // An LRS that does not honour `since` and `until` sends every statement in every span: each is handed on once.
      spread.pageStatements(25, { ignoreSpans: true });
      const again: string[] = [];
      await readLrs(
        query,
        (page) => again.push(...page.map((s) => s.id ?? '')),
        () => false,
      );
      expect(again.length).toBe(all.length);
      expect(new Set(again).size).toBe(all.length);

      // A span that fails fails the reading, the others stopping at their next page.
      spread.pageStatements(25, { failAfter: 4 });
      await expect(
        readLrs(
          query,
          () => {},
          () => false,
        ),
      ).resolves.toEqual({ kind: 'failed', failure: { kind: 'server', status: 500 } });
    } finally {
      await spread.close();
    }
  });
});
