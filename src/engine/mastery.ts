// What a finished play shows about each principle, counted by what the trainee did: a principle counts
// for them when the option they took upholds it, and against them when it breaks it. A principle that
// only the options they did not take mention is not at stake in their play, either way: taking a better
// option that happens not to cite it is no miss, and neither is leaving a giveaway alone.
import { z } from './zod.ts';
import { judgedAt, type Decision } from './rules.ts';
import type { Scenario } from './schema.ts';

/** `missed` is no longer recorded; saves made before this rule may hold it, and it counts neither way. */
export const PrincipleOutcome = z.enum(['upheld', 'broken', 'missed']);
export type PrincipleOutcome = z.infer<typeof PrincipleOutcome>;

export const PrincipleEvidence = z.strictObject({ principle: z.string().min(1).max(100), outcome: PrincipleOutcome });
export type PrincipleEvidence = z.infer<typeof PrincipleEvidence>;

/** The principles the option taken at each decision cites, upheld or broken. */
export function principleEvidence(
  scenario: Scenario,
  context: { decisions: readonly Pick<Decision, 'beat' | 'choice'>[] },
): PrincipleEvidence[] {
  return context.decisions.flatMap((decision) => {
    const taken = judgedAt(scenario.beats[decision.beat], decision.choice);
    return taken ? evidenceOf(Object.keys(taken.upholds ?? {}), Object.keys(taken.breaks ?? {})) : [];
  });
}

/** What one option taken shows of the principles it cites, upheld and broken (as an LMS statement lists them too). */
export function evidenceOf(upholds: readonly string[], breaks: readonly string[]): PrincipleEvidence[] {
  // A choice that cites one principle both ways counts against it once, as the debrief shows it broken.
  return [
    ...upholds.filter((p) => !breaks.includes(p)).map((principle) => ({ principle, outcome: 'upheld' as const })),
    ...breaks.map((principle) => ({ principle, outcome: 'broken' as const })),
  ];
}

export interface Mastery {
  principle: string;
  /** Decisions where the option taken cited it. */
  atStake: number;
  upheld: number;
  /** 0–1: the share of the moments it was at stake that the player upheld it. */
  share: number;
}

export function masteryByPrinciple(evidence: readonly PrincipleEvidence[]): Mastery[] {
  const tally = new Map<string, { atStake: number; upheld: number }>();
  for (const e of evidence) {
    if (e.outcome === 'missed') continue;
    const t = tally.get(e.principle) ?? { atStake: 0, upheld: 0 };
    t.atStake++;
    if (e.outcome === 'upheld') t.upheld++;
    tally.set(e.principle, t);
  }
  return [...tally]
    .map(([principle, t]) => ({ principle, ...t, share: t.upheld / t.atStake }))
    .sort((a, b) => a.share - b.share || a.principle.localeCompare(b.principle));
}
