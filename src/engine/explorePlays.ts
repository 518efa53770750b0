// Every way through a scenario for one seed, without letting patience run out: the plays a trainee could
// have had on that shift, each with its report card, for tests to choose paths from the story itself (the walk
// is walkPlays.ts's, so every condition is respected). And the debrief's best path, found with a bound.
import type { Catalogue } from './catalogue.ts';
import type { PlayStep } from './playStep.ts';
import type { Scenario } from './schema.ts';
import { DEFAULT_SITUATIONS, searchBestSteps, type BestSteps, type SearchBudget } from './bestPlaySearch.ts';
import { replaySteps } from './playLog.ts';
import { scorePlay, type ReportCard } from './scoring.ts';
import { rollVariations } from './seededRandom.ts';
import { walkPlays } from './walkPlays.ts';

export interface ExploredPlay {
  seed: string;
  steps: PlayStep[];
  report: ReportCard;
}

export function explorePlays(scenario: Scenario, catalogue: Catalogue, seed: string, limit = 5000): ExploredPlay[] {
  const { plays } = walkPlays(scenario, {
    seed,
    variations: [rollVariations(scenario.variations, seed)],
    timeouts: false,
    limit,
  });
  return plays.map((p) => ({ seed, steps: p.steps, report: scorePlay(scenario, p.context, catalogue) }));
}

/** The debrief's best path for one seed, or why there is none to show. */
export type BestPlay =
  /** `within`: the best of the plays up to that many steps, where a loop makes longer ones. */
  | { kind: 'found'; play: ExploredPlay; within: number | null }
  | { kind: 'none' }
  | { kind: 'not-computed'; reason: string };

/**
 * The best play for this seed: the highest grade, then the highest score, then the fewest steps (bestPlaySearch.ts,
 * within the budget). It runs on the thread that asks: the game asks a worker (src/game/bestPathWorker.ts).
 */
export function bestPlay(
  scenario: Scenario,
  catalogue: Catalogue,
  seed: string,
  budget: SearchBudget = { situations: DEFAULT_SITUATIONS },
): BestPlay {
  // A seed changes a play only through the variations it rolls, and a story has few combinations of those, so
  // the search is done once per combination; replays with fresh seeds find it done.
  const variation = rollVariations(scenario.variations, seed);
  const key = `${budget.situations}|${JSON.stringify(variation)}`;
  let byScenario = searched.get(catalogue);
  if (!byScenario) searched.set(catalogue, (byScenario = new WeakMap()));
  let byVariation = byScenario.get(scenario);
  if (!byVariation) byScenario.set(scenario, (byVariation = new Map()));
  let found = byVariation.get(key);
  if (!found)
    byVariation.set(key, (found = bestPlayOf(scenario, catalogue, seed, searchBestSteps(scenario, variation, budget))));
  return reseeded(found, seed);
}

const searched = new WeakMap<Catalogue, WeakMap<Scenario, Map<string, BestPlay>>>();

/** The best play found for one seed, for another seed that rolls the same variations (and so plays the same). */
export function reseeded(best: BestPlay, seed: string): BestPlay {
  return best.kind === 'found'
    ? { ...best, play: { ...best.play, seed, report: { ...best.play.report, seed } } }
    : best;
}

/** A search's answer as the play it found, replayed on the real player for its report. */
export function bestPlayOf(
  scenario: Scenario,
  catalogue: Catalogue,
  seed: string,
  found: BestSteps,
  flags: readonly string[] = [],
): BestPlay {
  if (found.kind !== 'found') return found;
  const { player, applied } = replaySteps(scenario, catalogue, seed, found.steps, { timers: false, flags });
  // The search and the player share one machine, so this cannot happen; if it did, no path is better than a wrong one.
  if (applied !== found.steps.length || !player.isOver())
    return { kind: 'not-computed', reason: 'the path found could not be replayed' };
  const report = player.report();
  player.stop();
  return { kind: 'found', play: { seed, steps: found.steps, report }, within: found.within };
}
