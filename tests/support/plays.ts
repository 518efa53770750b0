// Every way through a scenario for one seed, found by playing the real engine
// (no timers), so tests pick their paths from the story itself.
import { createStoryPlayer, type Catalogue, type ReportCard, type Scenario } from '../../src/engine/index.ts';

export type Step = { kind: 'choose'; id: string; text: string } | { kind: 'continue' };

export interface Play {
  seed: string;
  steps: Step[];
  report: ReportCard;
}

export function replay(scenario: Scenario, catalogue: Catalogue, seed: string, steps: readonly Step[]) {
  const player = createStoryPlayer(scenario, catalogue, { seed, timers: false });
  for (const step of steps) {
    const moved = step.kind === 'choose' ? player.choose(step.id) : player.continueStory();
    if (!moved) throw new Error(`step ${JSON.stringify(step)} was refused at beat ${player.view().beat}`);
  }
  return player;
}

export function allPlays(scenario: Scenario, catalogue: Catalogue, seed: string, limit = 5000): Play[] {
  const plays: Play[] = [];
  const walk = (steps: Step[]) => {
    if (plays.length >= limit) return;
    const player = replay(scenario, catalogue, seed, steps);
    if (player.isOver()) {
      plays.push({ seed, steps, report: player.report() });
      return;
    }
    const view = player.view();
    const next: Step[] = view.kind === 'continue' ? [{ kind: 'continue' }] : view.choices.map((c) => ({ kind: 'choose', id: c.id, text: c.text }));
    player.stop();
    for (const step of next) walk([...steps, step]);
  };
  walk([]);
  return plays;
}
