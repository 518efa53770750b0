// A try of a story being written, as the studio starts one: from a beat of the author's choosing, with the
// variations' outcomes and the flags the author picks, so a late beat can be tried in the situation it is written
// for without playing up to it.
import type { Scenario } from './schema.ts';

export interface Rehearsal {
  /** The beat the try begins at, as if the story began there. */
  from: string;
  /** An outcome for some of the story's variations; the others are rolled from the seed as in any play. */
  outcomes?: Record<string, string> | undefined;
  /** Flags the try starts with, as if earlier choices had set them. */
  flags?: readonly string[] | undefined;
}

/**
 * The story as the try plays it: begun at its beat, and each variation with a chosen outcome left with that outcome
 * alone, so every roll of it (the play's, a replay's, the debrief's best path) comes out the same. An outcome the
 * story does not have leaves its variation as written.
 */
export function rehearsedScenario(scenario: Scenario, rehearsal: Rehearsal): Scenario {
  const outcomes = rehearsal.outcomes ?? {};
  const variations = scenario.variations
    ? Object.fromEntries(
        Object.entries(scenario.variations).map(([roll, options]) => {
          const chosen = options.filter((o) => o.id === outcomes[roll]);
          return [roll, chosen.length ? chosen : options];
        }),
      )
    : undefined;
  return { ...scenario, start: rehearsal.from, ...(variations ? { variations } : {}) };
}

/** Every flag a choice (or patience running out) can set, beat by beat: what a try may start with. */
export function flagsSet(scenario: Scenario): string[] {
  const flags = new Set<string>();
  for (const beat of Object.values(scenario.beats))
    for (const judged of [...(beat.choices ?? []), ...(beat.patience ? [beat.patience] : [])])
      for (const flag of judged.set ?? []) flags.add(flag);
  return [...flags];
}
