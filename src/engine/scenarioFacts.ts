// Facts about a scenario that a library listing shows and filters by.
import type { Scenario } from './schema.ts';
import { routesOf } from './scenarioWalk.ts';

/** Every principle id a choice or timeout in the scenario upholds or breaks, in catalogue-independent order. */
export function principlesCited(scenario: Scenario): string[] {
  const ids = new Set<string>();
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    for (const route of routesOf(beatId, beat)) {
      if (route.kind === 'continue') continue;
      const judged = route.kind === 'choice' ? route.choice : route.patience;
      for (const id of [...Object.keys(judged.upholds ?? {}), ...Object.keys(judged.breaks ?? {})]) ids.add(id);
    }
  }
  return [...ids].sort();
}

const WORDS_PER_MINUTE = 180;
const SECONDS_PER_DECISION = 12;

/**
 * The author's estimate when given; otherwise one play's reading and deciding time. A play reads only
 * part of the story, so the text of the whole file is scaled by the share of beats a path passes through.
 */
export function estimatedMinutes(scenario: Scenario): number {
  if (scenario.minutes !== undefined) return scenario.minutes;
  const beats = Object.values(scenario.beats);
  const words = beats
    .flatMap((b) => [...b.lines.map((l) => l.text), ...(b.choices ?? []).map((c) => c.text)])
    .join(' ')
    .split(/\s+/).length;
  const choiceBeats = beats.filter((b) => b.choices).length;
  const pathShare = Math.min(1, 6 / Math.max(1, beats.length));
  const seconds = (words / WORDS_PER_MINUTE) * 60 * pathShare + Math.min(choiceBeats, 6) * SECONDS_PER_DECISION;
  return Math.max(1, Math.round(seconds / 60));
}
