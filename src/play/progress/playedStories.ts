// What the story cards on the title screen say about the player's own history with each story: how often
// they finished it and the best grade they earned, from the saved attempts.
import type { Attempt } from './progressSchema.ts';

export interface PlayedStory {
  plays: number;
  best: Attempt['grade'];
  bestPercent: number;
}

export function playedStories(attempts: readonly Attempt[]): Map<string, PlayedStory> {
  const played = new Map<string, PlayedStory>();
  for (const a of attempts) {
    const known = played.get(a.scenarioId);
    // Grades are letters A to F, so the alphabet orders them best first.
    const better = !known || a.grade < known.best || (a.grade === known.best && a.percent > known.bestPercent);
    played.set(a.scenarioId, {
      plays: (known?.plays ?? 0) + 1,
      best: better ? a.grade : known.best,
      bestPercent: better ? a.percent : known.bestPercent,
    });
  }
  return played;
}
