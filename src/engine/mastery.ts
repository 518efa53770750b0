// What a finished play shows about each principle: where it was at stake, and
// whether the player upheld it, broke it, or let a chance to uphold it pass.
import { z } from 'zod';
import type { StoryContext } from './compileScenario.ts';
import type { Scenario } from './schema.ts';

export const PrincipleOutcome = z.enum(['upheld', 'broken', 'missed']);
export type PrincipleOutcome = z.infer<typeof PrincipleOutcome>;

export const PrincipleEvidence = z.strictObject({ principle: z.string().min(1).max(100), outcome: PrincipleOutcome });
export type PrincipleEvidence = z.infer<typeof PrincipleEvidence>;

/** A principle is at stake at a decision when the option taken, or any option on offer, cites it. */
export function principleEvidence(scenario: Scenario, context: StoryContext): PrincipleEvidence[] {
  return context.decisions.flatMap((decision) => {
    const beat = scenario.beats[decision.beat];
    if (!beat) return [];
    const taken = decision.choice === null ? beat.patience : beat.choices?.find((c) => c.id === decision.choice);
    const offered = (beat.choices ?? []).filter((c) => decision.offered.includes(c.id));
    const atStake = new Set([taken, ...offered].flatMap((o) => (o ? [...Object.keys(o.upholds ?? {}), ...Object.keys(o.breaks ?? {})] : [])));
    return [...atStake].map((principle): PrincipleEvidence => {
      if (taken?.breaks?.[principle]) return { principle, outcome: 'broken' };
      if (taken?.upholds?.[principle]) return { principle, outcome: 'upheld' };
      return { principle, outcome: 'missed' };
    });
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
