// Every way through a scenario for one seed, without letting patience run out: the plays a trainee could
// have had on that shift, each with its report card. Used to find the best path for a debrief and, in tests,
// to choose paths from the story itself. The walk is walkPlays.ts's, so every condition is respected.
import type { Catalogue } from './catalogue.ts';
import type { PlayStep } from './playStep.ts';
import type { Scenario } from './schema.ts';
import { GRADES } from './track.ts';
import { scorePlay, type ReportCard } from './scoring.ts';
import { rollVariations } from './seededRandom.ts';
import { walkPlays } from './walkPlays.ts';

export interface ExploredPlay {
  seed: string;
  steps: PlayStep[];
  report: ReportCard;
}

export function explorePlays(scenario: Scenario, catalogue: Catalogue, seed: string, limit = 5000): ExploredPlay[] {
  const { plays } = walkPlays(scenario, { seed, variations: [rollVariations(scenario.variations, seed)], timeouts: false, limit });
  return plays.map((p) => ({ seed, steps: p.steps, report: scorePlay(scenario, p.context, catalogue) }));
}

/** The best play for this seed: the highest grade, then the highest score, then the fewest steps. */
export function bestPlay(scenario: Scenario, catalogue: Catalogue, seed: string, limit = 2000): ExploredPlay | null {
  // A seed changes a play only through the variations it rolls, and a story has few combinations of those, so
  // the search (every path, replayed) is done once per combination; replays with fresh seeds find it done.
  const key = `${limit}|${JSON.stringify(rollVariations(scenario.variations, seed))}`;
  let byScenario = searched.get(catalogue);
  if (!byScenario) searched.set(catalogue, (byScenario = new WeakMap()));
  let byVariation = byScenario.get(scenario);
  if (!byVariation) byScenario.set(scenario, (byVariation = new Map()));
  if (!byVariation.has(key)) byVariation.set(key, searchBestPlay(scenario, catalogue, seed, limit));
  const best = byVariation.get(key);
  return best ? { ...best, seed, report: { ...best.report, seed } } : null;
}

const searched = new WeakMap<Catalogue, WeakMap<Scenario, Map<string, ExploredPlay | null>>>();

function searchBestPlay(scenario: Scenario, catalogue: Catalogue, seed: string, limit: number): ExploredPlay | null {
  const rank = (p: ExploredPlay) => [GRADES.indexOf(p.report.grade), -p.report.percent, p.steps.length];
  return (
    explorePlays(scenario, catalogue, seed, limit).reduce<ExploredPlay | null>((best, p) => {
      if (!best) return p;
      const [a, b] = [rank(p), rank(best)];
      return a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!))) ? p : best;
    }, null)
  );
}
