// What a finished play shows about each principle: where it was at stake, and
// whether the player upheld it, broke it, or let a chance to uphold it pass.
// Counted by what the trainee did: the option taken upholds or breaks a principle,
// or a better option on offer would have upheld one the option taken does not
// mention. Taking a better option that happens not to cite a principle is no miss.
import { z } from 'zod';
import type { StoryContext } from './compileScenario.ts';
import { LEVEL_POINTS } from './rules.ts';
import type { Scenario } from './schema.ts';

export const PrincipleOutcome = z.enum(['upheld', 'broken', 'missed']);
export type PrincipleOutcome = z.infer<typeof PrincipleOutcome>;

export const PrincipleEvidence = z.strictObject({ principle: z.string().min(1).max(100), outcome: PrincipleOutcome });
export type PrincipleEvidence = z.infer<typeof PrincipleEvidence>;

/**
 * A principle is at stake at a decision when the option taken cites it (upheld or broken), or when an option
 * on offer at a higher level than the one taken upholds it and the one taken does not mention it (missed).
 */
export function principleEvidence(scenario: Scenario, context: StoryContext): PrincipleEvidence[] {
  return context.decisions.flatMap((decision) => {
    const beat = scenario.beats[decision.beat];
    if (!beat) return [];
    const taken = decision.choice === null ? beat.patience : beat.choices?.find((c) => c.id === decision.choice);
    const better = (beat.choices ?? []).filter((c) => decision.offered.includes(c.id) && LEVEL_POINTS[c.level] > LEVEL_POINTS[decision.level]);
    const evidence: PrincipleEvidence[] = [
      // A choice that cites one principle both ways counts against it once, as the debrief shows it broken.
      ...Object.keys(taken?.upholds ?? {}).filter((p) => !taken?.breaks?.[p]).map((principle) => ({ principle, outcome: 'upheld' as const })),
      ...Object.keys(taken?.breaks ?? {}).map((principle) => ({ principle, outcome: 'broken' as const })),
    ];
    const cited = new Set(evidence.map((e) => e.principle));
    const missed = new Set(better.flatMap((c) => Object.keys(c.upholds ?? {})).filter((p) => !cited.has(p)));
    return [...evidence, ...[...missed].map((principle) => ({ principle, outcome: 'missed' as const }))];
  });
}

export interface Mastery {
  principle: string;
  atStake: number;
  upheld: number;
  /** 0–1: the share of the moments it was at stake that the player upheld it. */
  share: number;
}

export function masteryByPrinciple(evidence: readonly PrincipleEvidence[]): Mastery[] {
  const tally = new Map<string, { atStake: number; upheld: number }>();
  for (const e of evidence) {
    const t = tally.get(e.principle) ?? { atStake: 0, upheld: 0 };
    t.atStake++;
    if (e.outcome === 'upheld') t.upheld++;
    tally.set(e.principle, t);
  }
  return [...tally].map(([principle, t]) => ({ principle, ...t, share: t.upheld / t.atStake })).sort((a, b) => a.share - b.share || a.principle.localeCompare(b.principle));
}
