// The hardest beat for a screen to fit: of every beat the shipped stories can reach, the one with the most choices,
// and of those the most text; found by walking each story from its start, so it stays true as the stories change.
import { replaySteps, type BeatView } from '../../../src/engine/index.ts';
import { readLibrary } from '../../../tools/projectFiles.ts';

export interface FoundBeat {
  scenarioId: string;
  seed: string;
  /** The steps from the story's start that reach it, as a saved place holds them. */
  steps: ({ kind: 'choose'; id: string } | { kind: 'continue' })[];
  view: BeatView;
}

const size = (view: BeatView) =>
  view.lines.reduce((n, l) => n + l.text.length + (l.name?.length ?? 0), 0) +
  view.choices.reduce((n, c) => n + c.text.length, 0);

/** The largest beat, and the largest of those with a patience clock. */
export function longestBeats(seed: string): { any: FoundBeat; timed: FoundBeat } {
  const library = readLibrary();
  const catalogue = library.catalogue;
  if (!catalogue) throw new Error('the catalogue does not load');
  let best: FoundBeat | null = null;
  let bestTimed: FoundBeat | null = null;
  const larger = (view: BeatView, than: FoundBeat | null) =>
    !than ||
    view.choices.length > than.view.choices.length ||
    (view.choices.length === than.view.choices.length && size(view) > size(than.view));
  for (const entry of library.entries) {
    const scenario = entry.scenario;
    if (!scenario || !entry.file.startsWith('scenarios/')) continue;
    const seen = new Set<string>();
    const queue: FoundBeat['steps'][] = [[]];
    while (queue.length > 0) {
      const steps = queue.shift()!;
      const view = replaySteps(scenario, catalogue, seed, steps, { timers: false }).player.view();
      if (seen.has(view.beat)) continue;
      seen.add(view.beat);
      if (larger(view, best)) best = { scenarioId: scenario.id, seed, steps, view };
      if (view.patienceSeconds && larger(view, bestTimed)) bestTimed = { scenarioId: scenario.id, seed, steps, view };
      if (view.kind === 'choices') for (const c of view.choices) queue.push([...steps, { kind: 'choose', id: c.id }]);
      else if (view.kind !== 'ending') queue.push([...steps, { kind: 'continue' }]);
    }
  }
  if (!best || !bestTimed) throw new Error('no beat (or no timed beat) found in the shipped stories');
  return { any: best, timed: bestTimed };
}
