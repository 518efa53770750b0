// The debrief's best path: found by playing every path, once per combination of variations, so a replay
// with a fresh seed gets the same answer as a full search would, for its own seed.
import { describe, expect, it } from 'vitest';
import { bestPlay, explorePlays } from '../../src/engine/index.ts';
import { bakery, realCatalogue, seedFor } from './support.ts';

/** The best of every path, searched from scratch: highest grade, then score, then fewest steps. */
function bestBySearch(seed: string) {
  const plays = explorePlays(bakery(), realCatalogue(), seed);
  const order = ['A', 'B', 'C', 'D', 'F'];
  return [...plays].sort((a, b) => order.indexOf(a.report.grade) - order.indexOf(b.report.grade) || b.report.percent - a.report.percent || a.steps.length - b.steps.length)[0];
}

describe('the best play', () => {
  it('is the best of every path, for each variation, with the seed it was asked for', () => {
    const scenario = bakery();
    for (const outcome of ['batch-soon', 'no-batch'] as const) {
      const seed = seedFor(outcome, scenario);
      const best = bestPlay(scenario, realCatalogue(), seed);
      expect(best).toEqual({ ...bestBySearch(seed), seed });
    }
  });

  it('differs between variations, and gives a later seed of the same variation the same path under its own seed', () => {
    const scenario = bakery();
    const catalogue = realCatalogue();
    const soon = bestPlay(scenario, catalogue, seedFor('batch-soon', scenario))!;
    const none = bestPlay(scenario, catalogue, seedFor('no-batch', scenario))!;
    expect(soon.steps).not.toEqual(none.steps);

    const another = ['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6'].find((seed) => seed !== soon.seed && bestBySearch(seed)!.steps.length === soon.steps.length && JSON.stringify(bestBySearch(seed)!.steps) === JSON.stringify(soon.steps));
    expect(another).toBeDefined();
    const again = bestPlay(scenario, catalogue, another!)!;
    expect(again.seed).toBe(another);
    expect(again.steps).toEqual(soon.steps);
    expect(again.report).toEqual(bestBySearch(another!)!.report);
  });
});
