import type { ServiceLevel } from '../engine/runtime.ts';

export const LEVEL_LABELS: Record<ServiceLevel, string> = {
  harmful: 'Harmful',
  routine: 'Routine',
  good: 'Good service',
  heroic: 'Heroic',
};

export const MOOD_WORDS = {
  annoyed: 'Annoyed',
  worried: 'Worried',
  content: 'Content',
  delighted: 'Delighted',
} as const;
