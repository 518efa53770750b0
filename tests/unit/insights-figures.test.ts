// Insights from real plays: learners play the shipped stories along random paths through the engine, each play
// reported through the game's own xAPI reporter and kept in a progress export as the game keeps it. Read back from
// the statements, and from the progress files, the figures equal what the plays themselves decided, exactly.
import { describe, expect, it } from 'vitest';
import { figuresOf, type Figures } from '../../src/play/insights/figures.ts';
import { wayOf } from '../../src/play/insights/flowMap.ts';
import { playsOf, readInsightFile } from '../../src/play/insights/readInsightFile.ts';
import { cohort, shelf, stories, track, type Truth } from '../../tools/insightsCohort.ts';

/** The figures in the truth's own terms, to compare exactly. */
function asTruth(figures: Figures): Truth {
  const truth: Truth = {
    choices: new Map(),
    principles: new Map(),
    grades: new Map(),
    passed: new Map(),
    flows: new Map(),
  };
  for (const story of figures.stories) {
    const scenario = shelf.scenario(story.scenarioId)!;
    story.flow.map.edges.forEach((edge, i) => {
      const count = story.flow.edges[i]!;
      if (count) truth.flows.set(`${story.scenarioId}|${edge.from}|${wayOf(scenario, edge)}|${edge.to}`, count);
    });
    for (const beat of story.beats)
      for (const way of beat.choices)
        if (way.count) truth.choices.set(`${story.scenarioId}|${beat.beat}|${way.choice}`, way.count);
    for (const [grade, count] of Object.entries(story.grades.all))
      if (count) truth.grades.set(`${story.scenarioId}|${grade}`, count);
  }
  for (const row of figures.learners)
    for (const [principle, tally] of Object.entries(row.principles))
      truth.principles.set(`${row.learner.name}|${principle}`, { ...tally });
  for (const row of figures.people.find((p) => p.trackId === track.id)?.rows ?? [])
    for (const s of row.stories)
      if (s.standing === 'passed' || s.standing === 'not-passed')
        truth.passed.set(`${row.learner.name}|${s.scenarioId}`, s.standing === 'passed');
  return truth;
}

const sorted = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => a.localeCompare(b));

describe('Insights figures from real plays', () => {
  const { learners, truth } = cohort(12);

  it('counts every choice, principle, grade and pass from the xAPI statements exactly as the plays made them', async () => {
    await new Promise((r) => setTimeout(r, 0));
    const statements = learners.flatMap((l) => l.statements);
    expect(statements.length).toBeGreaterThan(200);
    // Two LRS pages that overlap: a statement read twice counts once.
    const pages = [statements.slice(0, 300), { statements: statements.slice(250), more: '' }];
    const readings = pages.map((page, i) => readInsightFile(`page-${i}.json`, JSON.stringify(page), shelf));
    expect(readings.flatMap((r) => r.problems)).toEqual([]);
    const { plays, skipped } = playsOf(readings, stories);
    expect(skipped).toBe(0);
    expect(plays).toHaveLength(48);
    const figures = figuresOf(plays, shelf);
    const got = asTruth(figures);
    expect(truth.choices.size).toBeGreaterThan(20);
    expect(sorted(got.choices)).toEqual(sorted(truth.choices));
    expect(sorted(got.principles)).toEqual(sorted(truth.principles));
    expect(sorted(got.grades)).toEqual(sorted(truth.grades));
    expect(sorted(got.passed)).toEqual(sorted(truth.passed));
    // The choice map: every move from beat to beat, counted as the plays made it.
    expect(truth.flows.size).toBeGreaterThan(40);
    expect(sorted(got.flows)).toEqual(sorted(truth.flows));
    expect(figures.stories.reduce((n, s) => n + s.flow.plays, 0)).toBe(48);
    expect(figures.learners).toHaveLength(12);
    expect(figures.stories.every((s) => s.medianMs !== null && s.beatTimes.length > 0)).toBe(true);
  });

  it('gives the same figures from the same plays exported as progress files', () => {
    const readings = learners.map((l, i) =>
      readInsightFile(`learner-${i + 1}.json`, JSON.stringify(l.progress), shelf),
    );
    expect(readings.flatMap((r) => r.problems)).toEqual([]);
    const got = asTruth(figuresOf(playsOf(readings, stories).plays, shelf));
    expect(sorted(got.choices)).toEqual(sorted(truth.choices));
    expect(sorted(got.flows)).toEqual(sorted(truth.flows));
    expect(sorted(got.principles)).toEqual(sorted(truth.principles));
    expect(sorted(got.grades)).toEqual(sorted(truth.grades));
    expect(sorted(got.passed)).toEqual(sorted(truth.passed));
  });
});
