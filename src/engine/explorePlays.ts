// Every way through a scenario for one seed, found by playing the real engine
// (timers off), so the result respects every condition. Used to find the best
// path for a debrief and, in tests, to choose paths from the story itself.
import type { Catalogue } from './catalogue.ts';
import { replaySteps } from './playLog.ts';
import type { PlayStep } from './playStep.ts';
import type { Scenario } from './schema.ts';
import { GRADES } from './track.ts';
import type { ReportCard } from './scoring.ts';
import { rollVariations } from './seededRandom.ts';

export interface ExploredPlay {
  seed: string;
  steps: PlayStep[];
  report: ReportCard;
}

export function explorePlays(scenario: Scenario, catalogue: Catalogue, seed: string, limit = 5000): ExploredPlay[] {
  const plays: ExploredPlay[] = [];
  const stack: PlayStep[][] = [[]];
  while (stack.length > 0 && plays.length < limit) {
    const steps = stack.pop()!;
    const { player } = replaySteps(scenario, catalogue, seed, steps, { timers: false });
    if (player.isOver()) {
      plays.push({ seed, steps, report: player.report() });
    } else {
      const view = player.view();
      const next: PlayStep[] = view.kind === 'continue' ? [{ kind: 'continue' }] : view.choices.map((c) => ({ kind: 'choose', id: c.id }));
      // Pushed in reverse so the first choice is explored first, as a reader would expect.
      for (const step of [...next].reverse()) stack.push([...steps, step]);
    }
    player.stop();
  }
  return plays;
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
