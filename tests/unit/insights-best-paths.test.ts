// The best path the Insights screen sets beside a cohort's most common way (src/play/insights/bestPaths.ts), held
// to the debrief's own best path (explorePlays.ts's bestPlay, a different search: breadth-first over situations)
// for every combination of every shipped story's variations.
import { describe, expect, it } from 'vitest';
import { variationCombinations } from '../../src/engine/analysis/index.ts';
import { bestPlay } from '../../src/engine/explorePlays.ts';
import { rollVariations } from '../../src/engine/runtime.ts';
import { bestPathsOf, partingOf, type BestPaths } from '../../src/play/insights/bestPaths.ts';
import { readLibrary } from '../../tools/projectFiles.ts';

const library = readLibrary();
const stories = library.entries.flatMap((e) => (e.scenario ? [e.scenario] : []));

/** A seed that rolls these outcomes, so the debrief's search meets the same circumstances. */
function seedFor(scenario: (typeof stories)[number], wanted: Record<string, string>): string {
  for (let i = 0; i < 10_000; i++) {
    const seed = `seed-${i}`;
    if (JSON.stringify(rollVariations(scenario.variations, seed)) === JSON.stringify(wanted)) return seed;
  }
  throw new Error(`no seed rolls ${JSON.stringify(wanted)}`);
}

describe('the best path beside the common one', () => {
  it.each(stories.map((s) => [s.id, s] as const))(
    '%s: the debrief’s best, in each set of circumstances',
    (_, scenario) => {
      const found = bestPathsOf(scenario);
      if (found.kind !== 'found') throw new Error('every shipped story has few enough plays to walk');
      const combinations = variationCombinations(scenario);
      // Every combination is in exactly one path.
      const covered = found.paths.flatMap((p) => p.circumstances.map((c) => JSON.stringify(c)));
      expect(covered.sort()).toEqual(combinations.map((c) => JSON.stringify(c)).sort());
      for (const path of found.paths)
        for (const circumstances of path.circumstances) {
          const debrief = bestPlay(scenario, library.catalogue!, seedFor(scenario, circumstances));
          if (debrief.kind !== 'found')
            throw new Error(`the debrief found no best play in ${JSON.stringify(circumstances)}`);
          expect({ grade: path.grade, percent: path.percent }).toEqual({
            grade: debrief.play.report.grade,
            percent: debrief.play.report.percent,
          });
        }
    },
  );

  it('sets out a story with several best paths by its circumstances, and finds each once', () => {
    const several = stories.map(bestPathsOf).filter((b) => b.kind === 'found' && b.paths.length > 1);
    expect(several.length).toBeGreaterThan(0);
    const story = stories[0]!;
    expect(bestPathsOf(story)).toBe(bestPathsOf(story));
  });

  it('finds where the most common way first leaves every best path that came the same way', () => {
    const step = (beat: string, choice: string | null, level: 'routine' | 'good' | 'heroic' = 'good') => ({
      beat,
      choice,
      level,
    });
    const path = (steps: ReturnType<typeof step>[], circumstances: Record<string, string>) => ({
      circumstances: [circumstances],
      steps,
      grade: 'A' as const,
      percent: 100,
    });
    const one: BestPaths = { kind: 'found', paths: [path([step('a', 'x'), step('b', 'y', 'heroic')], {})] };
    expect(partingOf([step('a', 'x'), step('b', 'y', 'heroic')], one)).toEqual({ kind: 'same' });
    expect(partingOf([step('a', 'x'), step('b', 'z', 'routine')], one)).toEqual({
      kind: 'choice',
      common: step('b', 'z', 'routine'),
      best: [step('b', 'y', 'heroic')],
    });
    // A patience that ran out is a decision too.
    expect(partingOf([step('a', null, 'routine')], one)).toMatchObject({ kind: 'choice', common: { choice: null } });
    expect(partingOf([step('a', 'x'), step('c', 'w')], one)).toEqual({ kind: 'branch', beat: 'c' });
    expect(partingOf([step('a', 'x')], one)).toEqual({ kind: 'branch', beat: 'b' });

    // Two sets of circumstances, two best paths: the common way is held to both while it agrees with them.
    const two: BestPaths = {
      kind: 'found',
      paths: [
        path([step('a', 'x'), step('b', 'y', 'heroic')], { flight: 'on-time' }),
        path([step('a', 'x'), step('c', 'w', 'heroic')], { flight: 'late' }),
      ],
    };
    expect(partingOf([step('a', 'x'), step('c', 'w', 'heroic')], two)).toEqual({ kind: 'same' });
    expect(partingOf([step('a', 'x'), step('b', 'q', 'routine')], two)).toEqual({
      kind: 'choice',
      common: step('b', 'q', 'routine'),
      best: [step('b', 'y', 'heroic')],
    });
    // Both best paths take x at a: it is named once.
    expect(partingOf([step('a', 'v', 'routine')], two)).toEqual({
      kind: 'choice',
      common: step('a', 'v', 'routine'),
      best: [step('a', 'x')],
    });
    const split: BestPaths = {
      kind: 'found',
      paths: [path([step('a', 'x')], { v: '1' }), path([step('a', 'y')], { v: '2' })],
    };
    expect(partingOf([step('a', 'z', 'routine')], split)).toMatchObject({
      best: [step('a', 'x'), step('a', 'y')],
    });
    // Nothing to compare: no common way yet, or no best path worked out.
    expect(partingOf(null, one)).toBeNull();
    expect(partingOf([step('a', 'x')], { kind: 'too-many' })).toBeNull();
  });
});
