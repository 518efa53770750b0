import type { Scenario, ServiceLevel } from '../engine/index.ts';

export const LEVEL_LABELS: Record<ServiceLevel, string> = {
  harmful: 'Harmful',
  routine: 'Routine',
  good: 'Good service',
  heroic: 'Heroic',
};

export const MOOD_WORDS = { annoyed: 'Annoyed', worried: 'Worried', content: 'Content', delighted: 'Delighted' } as const;

/** A readable name for a beat: what broke there, or its id in words. */
export function beatLabel(scenario: Scenario, beat: string): string {
  const breakdown = scenario.beats[beat]?.breakdown;
  if (breakdown) return breakdown;
  const words = beat.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
