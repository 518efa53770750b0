// Statements counted as they come (countStatements in fromStatements.ts, which the Insights worker's pool tallies
// through): whatever order the pages arrive in, and however the sources grow, the plays are those of counting
// every statement at once in the order read, exactly.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/play/insights/figures.ts';
import { countStatements, playsFromStatements } from '../../src/play/insights/fromStatements.ts';
import { createInsightsPool } from '../../src/play/insights/insightsPool.ts';
import type { SourceReading } from '../../src/play/insights/playRecords.ts';
import { playsOf } from '../../src/play/insights/readInsightFile.ts';
import type { InsightStatement } from '../../src/play/insights/statementShape.ts';
import { cohort, shelf, stories } from '../../tools/insightsCohort.ts';

const { learners } = cohort(6, 3);
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The cohort's statements as an LRS could hold them: the first learner's launched by an LMS under addresses of its
 * own (their stories known by title only, from the statements that name them), one statement about another course,
 * and one sent twice; the learners' statements interleaved, as those of learners playing at the same time are.
 */
async function statements(): Promise<InsightStatement[]> {
  await settled();
  // Interleaved, as learners playing at the same time are stored.
  const longest = Math.max(...learners.map((l) => l.statements.length));
  const interleaved = Array.from({ length: longest }, (_, i) => learners.flatMap((l) => l.statements[i] ?? []));
  const all = structuredClone(interleaved.flat()) as InsightStatement[];
  const first = new Set(learners[0]!.statements.map((s) => s.id));
  for (const s of all) {
    if (!first.has(s.id)) continue;
    s.object.id = s.object.id.replace('/onboarding/scenarios/', '/course/launch-');
    // An end sent without the activity's definition: only the start names its story.
    if (/\/(passed|failed|scored)$/.test(s.verb.id)) delete s.object.definition;
  }
  const other = { ...structuredClone(all.find((s) => s.verb.id.endsWith('/experienced'))!), id: 'another-course' };
  other.object.id = 'https://lms.example.com/other-course/beats/intro';
  return [...all.slice(0, 40), other, ...all.slice(40), { ...all[7]! }];
}

/** Cut into pages of `size`, each with where its first statement was read. */
const pagesOf = (all: readonly InsightStatement[], size: number) =>
  Array.from({ length: Math.ceil(all.length / size) }, (_, i) => ({
    page: all.slice(i * size, (i + 1) * size),
    order: i * size,
  }));

describe('counting statements as they come', () => {
  it('gives the plays of counting them all at once, whatever order the pages come in, at every step', async () => {
    const all = await statements();
    const launched = all.filter((s) => s.object.id.includes('/course/launch-'));
    expect(launched.length).toBeGreaterThan(10);
    const once = playsFromStatements(all, stories);
    expect(once.skipped).toBe(1);
    expect(once.plays.filter((p) => p.learner.key === 'mbox:mailto:trainee1@example.com').length).toBeGreaterThan(0);

    // Newest first, as an LRS answers: a launched story's decisions come before the statement that names it.
    for (const pages of [
      pagesOf(all, 7).reverse(),
      pagesOf(all, 13),
      pagesOf(all, 5).sort((a, b) => (a.order % 3) - (b.order % 3)),
    ]) {
      const count = countStatements(stories);
      const read: { page: InsightStatement[]; order: number }[] = [];
      for (const page of pages) {
        count.add(page.page, page.order);
        read.push(page);
        const asRead = read.toSorted((a, b) => a.order - b.order).flatMap((p) => p.page);
        expect(count.plays()).toEqual(playsFromStatements(asRead, stories));
      }
      expect(count.plays()).toEqual(once);
    }
  });

  it('counts again what a source read earlier changes: a copy read first, a story’s activity named anew', async () => {
    const all = await statements();
    // A statement's copy in the first source counts, though the second source's was counted first.
    const decision = all.findIndex((s) => s.verb.id.endsWith('/answered'));
    const copy = structuredClone(all[decision]!);
    copy.result = { ...copy.result, response: 'changed-copy' };
    const count = countStatements(stories);
    count.add(all, 1000);
    count.add([copy], 20);
    expect(count.plays()).toEqual(playsFromStatements([copy, ...all], stories));
    expect(JSON.stringify(count.plays())).toContain('changed-copy');

    // A launched story's address named, later, with another story's title: its statements are that story's now.
    const start = all.find((s) => s.object.id.includes('/course/launch-') && s.object.definition?.name)!;
    const renamed = structuredClone(start);
    renamed.id = 'renamed';
    const other = [...shelf.tracks[0]!.stories]
      .map((s) => shelf.scenario(s.scenario)!)
      .find((s) => !start.object.id.endsWith(s.id))!;
    renamed.object.definition = { ...renamed.object.definition, name: { 'en-US': other.title } };
    const before = count.plays().plays.filter((p) => p.scenarioId === other.id).length;
    count.add([renamed], 5000);
    expect(count.plays()).toEqual(playsFromStatements([copy, ...all, renamed], stories));
    expect(count.plays().plays.filter((p) => p.scenarioId === other.id).length).toBeGreaterThan(before);
  });

  it('in the Insights pool: the figures of everything read, after every page of a source that grows', async () => {
    const all = await statements();
    const pool = createInsightsPool(shelf, stories);
    const lrs: SourceReading = { source: 'lrs', kind: 'statements', plays: [], statements: [], problems: [] };
    const file: SourceReading = {
      source: 'dump.json',
      kind: 'statements',
      plays: [],
      statements: all.slice(100, 160),
      problems: [],
    };
    pool.add(lrs);
    for (const { page } of pagesOf(all, 50)) {
      lrs.statements.push(...page);
      if (lrs.statements.length === 100) pool.add(file);
      const tally = pool.tally();
      const readings = lrs.statements.length >= 100 ? [lrs, file] : [lrs];
      const { plays, skipped } = playsOf(readings, stories);
      expect(tally.figures).toEqual(figuresOf(plays, shelf));
      expect([tally.plays, tally.skipped]).toEqual([plays.length, skipped]);
    }
    // A source taken out: counted again without it.
    pool.remove(lrs);
    expect(pool.tally().figures).toEqual(figuresOf(playsOf([file], stories).plays, shelf));
  });
});
