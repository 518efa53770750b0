// Generated stories, far larger than any written by hand, go through the full
// loader (YAML, schema, reference and graph checks) and every analysis. No
// timings here: a benchmark times them; these only show the results are sane.
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/engine/index.ts';
import { analyseScenario, bestOptionPositions, scenarioRules, usesFeature } from '../../src/engine/analysis/index.ts';
import { untitledDecisions } from '../../src/engine/beatTitle.ts';
import { generateScenario, generateScenarioYaml } from '../support/generateScenario.ts';
import { realArt, realCatalogue } from './support.ts';

function load(beats: number): Scenario {
  const result = loadScenario(`generated-${beats}.yaml`, generateScenarioYaml({ beats }), {
    catalogue: realCatalogue(),
    art: realArt(),
  });
  if (!result.ok)
    throw new Error(
      `the generated story does not load: ${result.errors
        .slice(0, 3)
        .map((e) => `${e.field}: ${e.message}`)
        .join('; ')}`,
    );
  return result.scenario;
}

describe('the scenario generator', () => {
  it('is deterministic: the same options give the same text, another seed another story', () => {
    expect(generateScenarioYaml({ beats: 100 })).toBe(generateScenarioYaml({ beats: 100 }));
    expect(generateScenarioYaml({ beats: 100, seed: 2 })).not.toBe(generateScenarioYaml({ beats: 100 }));
  });

  it('makes a story the checker passes without a warning (current look names only)', () => {
    const result = loadScenario('generated-100.yaml', generateScenarioYaml({ beats: 100 }), {
      catalogue: realCatalogue(),
      art: realArt(),
    });
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    // Nor with the checker's own warnings: every decision titled, the best option's place varied.
    expect(untitledDecisions(result.scenario)).toEqual([]);
    expect(bestOptionPositions(result.scenario)).toBeNull();
  });

  it('makes exactly the number of beats asked for', () => {
    expect(Object.keys(generateScenario({ beats: 1000 }).beats)).toHaveLength(1000);
  });

  it.each([100, 1000])('makes a %i-beat story that loads cleanly and meets every rule for a scenario', (beats) => {
    const scenario = load(beats);

    expect(scenarioRules({ file: 'generated.yaml', scenario })).toEqual([]);
    expect(['patience', 'variations', 'conditions'].filter((f) => !usesFeature(scenario, f as 'patience'))).toEqual([]);
    const cores = new Set(Object.values(scenario.beats).flatMap((b) => (b.ending ? [b.ending.core] : [])));
    expect([...cores].sort()).toEqual(['delivered', 'failed', 'handled-honestly']);
  });
});

describe('a 10,000-beat story through the loader and every analysis', () => {
  it('loads from YAML text and gets path counts, a grade range and a dominance check', () => {
    const scenario = load(10_000);

    const { stats, grades, dominated } = analyseScenario(scenario);

    expect(stats.beats).toBe(10_000);
    expect(stats.paths.kind).toBe('finite');
    if (stats.paths.kind !== 'finite') return;
    expect(stats.paths.total).toBeGreaterThan(0n);
    expect(stats.paths.total).toBe(
      stats.paths.byCore.delivered + stats.paths.byCore.failed + stats.paths.byCore['handled-honestly'],
    );
    // Thousands of layers with two to four ways on from each: far beyond what a double holds.
    expect(stats.paths.total).toBeGreaterThan(2n ** 1024n);
    expect(grades).toMatchObject({ kind: 'computed', lowest: 'F', highest: 'A' });
    if (grades.kind === 'computed') {
      expect(grades.percent.min).toBeGreaterThanOrEqual(0);
      expect(grades.percent.max).toBeLessThanOrEqual(100);
      expect(grades.percent.min).toBeLessThan(grades.percent.max);
    }
    expect(dominated.kind).toBe('computed');
  }, 60_000);
});
