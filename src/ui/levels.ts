import { beatTitle } from '../engine/beatTitle.ts';
import type { Scenario, ServiceLevel } from '../engine/index.ts';

export const LEVEL_LABELS: Record<ServiceLevel, string> = {
  harmful: 'Harmful',
  routine: 'Routine',
  good: 'Good service',
  heroic: 'Heroic',
};

export const MOOD_WORDS = { annoyed: 'Annoyed', worried: 'Worried', content: 'Content', delighted: 'Delighted' } as const;

/** A beat's name for the trainee: its title, or one made from its words (beatTitle.ts), never its id. */
export function beatLabel(scenario: Scenario, beat: string): string {
  return beatTitle(scenario, beat);
}
