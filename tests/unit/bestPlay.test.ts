// The debrief's best path: a bounded search over the story's situations (bestPlaySearch.ts) that finds what
// playing every path would, for every shipped story and variation, and stops with a reason where that cannot
// be done: a loop, or more paths than the budget allows.
import { describe, expect, it } from 'vitest';
import {
  Scenario,
  bestPlay,
  explorePlays,
  rollVariations,
  searchBestSteps,
  type BestPlay,
  type ExploredPlay,
} from '../../src/engine/index.ts';
import { variationCombinations } from '../../src/engine/analysis/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { generateScenario, miniScenario } from '../support/generateScenario.ts';
import { bakery, realCatalogue, seedFor } from './support.ts';

const ORDER = ['A', 'B', 'C', 'D', 'F'];

/** The best of every path, searched from scratch: highest grade, then score, then fewest steps. */
function bestBySearch(scenario: Scenario, seed: string): ExploredPlay | undefined {
  const plays = explorePlays(scenario, realCatalogue(), seed, 100_000);
  return [...plays].sort(
    (a, b) =>
      ORDER.indexOf(a.report.grade) - ORDER.indexOf(b.report.grade) ||
      b.report.percent - a.report.percent ||
      a.steps.length - b.steps.length,
  )[0];
}

function found(best: BestPlay): ExploredPlay & { within: number | null } {
  if (best.kind !== 'found') throw new Error(`no best play: ${best.kind === 'not-computed' ? best.reason : 'none'}`);
  return { ...best.play, within: best.within };
}

describe('the best play', () => {
  it('is the best of every path, for each variation, with the seed it was asked for', () => {
    const scenario = bakery();
    for (const outcome of ['batch-soon', 'no-batch'] as const) {
      const seed = seedFor(outcome, scenario);
      const best = found(bestPlay(scenario, realCatalogue(), seed));
      expect(best).toEqual({ ...bestBySearch(scenario, seed), seed, within: null });
    }
  });

  it('differs between variations, and gives a later seed of the same variation the same path under its own seed', () => {
    const scenario = bakery();
    const catalogue = realCatalogue();
    const soon = found(bestPlay(scenario, catalogue, seedFor('batch-soon', scenario)));
    const none = found(bestPlay(scenario, catalogue, seedFor('no-batch', scenario)));
    expect(soon.steps).not.toEqual(none.steps);

    const another = ['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6'].find(
      (seed) =>
        seed !== soon.seed && JSON.stringify(bestBySearch(scenario, seed)!.steps) === JSON.stringify(soon.steps),
    );
    expect(another).toBeDefined();
    const again = found(bestPlay(scenario, catalogue, another!));
    expect(again.seed).toBe(another);
    expect(again.steps).toEqual(soon.steps);
    expect(again.report).toEqual(bestBySearch(scenario, another!)!.report);
  });

  it('agrees with playing every path on every shipped story, for every combination of its variations', () => {
    const library = readLibrary();
    const scenarios = library.entries.map((e) => e.scenario).filter((s): s is Scenario => !!s);
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    for (const scenario of scenarios) {
      for (const variation of variationCombinations(scenario)) {
        const seed = seedRolling(scenario, variation);
        const expected = bestBySearch(scenario, seed)!;
        const best = found(bestPlay(scenario, realCatalogue(), seed));
        expect({
          story: scenario.id,
          variation,
          grade: best.report.grade,
          percent: best.report.percent,
          steps: best.steps.length,
        }).toEqual({
          story: scenario.id,
          variation,
          grade: expected.report.grade,
          percent: expected.report.percent,
          steps: expected.steps.length,
        });
        expect(best.within).toBeNull();
      }
    }
  }, 120_000);

  it('finds the best path of a story whose first choice loops back to the start, saying longer plays were left out', () => {
    const loop = miniScenario({
      ask: {
        choices: [
          ['again', 'routine', 'ask'],
          ['help', 'good', 'mid'],
        ],
      },
      mid: {
        breakdown: true,
        choices: [
          ['fix', 'heroic', 'done'],
          ['back', 'routine', 'ask'],
        ],
      },
      done: { ending: 'delivered', experience: 'A surprise.' },
    });
    const started = performance.now();
    const best = found(bestPlay(loop, realCatalogue(), 'loop-1'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(best.steps).toEqual([
      { kind: 'choose', id: 'help' },
      { kind: 'choose', id: 'fix' },
    ]);
    expect(best.report.grade).toBe('A');
    expect(best.within).toBe(200);
  });

  it('says why where a story has more ways through than its budget, and stops when asked', () => {
    const big = Scenario.parse(generateScenario({ beats: 10_000 }));
    const started = performance.now();
    const result = searchBestSteps(big, { shift: 'busy' }, { situations: 5_000 });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result).toEqual({
      kind: 'not-computed',
      reason: 'the story has more ways through than the debrief can compare (over 5,000 situations)',
    });
    expect(
      searchBestSteps(big, { shift: 'busy' }, { situations: 1_000_000, stop: () => true, stopReason: 'time ran out' }),
    ).toEqual({ kind: 'not-computed', reason: 'time ran out' });
  }, 60_000);
});

function seedRolling(scenario: Scenario, variation: Record<string, string>): string {
  for (let n = 0; n < 5000; n++) {
    const seed = `v-${n}`;
    if (JSON.stringify(rollVariations(scenario.variations, seed)) === JSON.stringify(variation)) return seed;
  }
  throw new Error(`no seed rolls ${JSON.stringify(variation)} for ${scenario.id}`);
}
