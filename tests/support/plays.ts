// Every way through a scenario for one seed, as the engine finds it, with each
// choice's text so a browser test can click it by name.
import { explorePlays, replaySteps, type Catalogue, type ReportCard, type Scenario } from '../../src/engine/index.ts';

export type Step = { kind: 'choose'; id: string; text: string } | { kind: 'continue' };

export interface Play {
  seed: string;
  steps: Step[];
  report: ReportCard;
}

export function replay(scenario: Scenario, catalogue: Catalogue, seed: string, steps: readonly Step[]) {
  const { player, applied } = replaySteps(scenario, catalogue, seed, steps, { timers: false });
  if (applied !== steps.length)
    throw new Error(`step ${applied + 1} of ${steps.length} was refused at beat ${player.view().beat}`);
  return player;
}

export function allPlays(scenario: Scenario, catalogue: Catalogue, seed: string, limit = 5000): Play[] {
  const textOf = (id: string) =>
    Object.values(scenario.beats)
      .flatMap((b) => b.choices ?? [])
      .find((c) => c.id === id)?.text ?? id;
  return explorePlays(scenario, catalogue, seed, limit).map((p) => ({
    seed: p.seed,
    report: p.report,
    steps: p.steps.flatMap((s): Step[] =>
      s.kind === 'choose'
        ? [{ kind: 'choose', id: s.id, text: textOf(s.id) }]
        : s.kind === 'continue'
          ? [{ kind: 'continue' }]
          : [],
    ),
  }));
}
