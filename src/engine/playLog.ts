// A play as the list of steps the player took. With the seed it fully determines
// the story's state, so saving, resuming and rewinding are all "replay the steps".
import type { Catalogue } from './catalogue.ts';
import type { PlayStep } from './playStep.ts';
import type { Scenario } from './schema.ts';
import { createStoryPlayer, type Clock, type StoryPlayer } from './storyPlayer.ts';

export interface Replayed {
  player: StoryPlayer;
  /** How many of the steps were taken; fewer than given when the scenario changed since they were saved. */
  applied: number;
}

/** Plays `steps` on a fresh player; stops at the first step the story no longer accepts. */
export function replaySteps(
  scenario: Scenario,
  catalogue: Catalogue,
  seed: string,
  steps: readonly PlayStep[],
  options: { timers?: boolean; clock?: Clock; flags?: readonly string[] | undefined } = {},
): Replayed {
  const player = createStoryPlayer(
    scenario,
    catalogue,
    { seed, timers: options.timers ?? true, flags: options.flags },
    options.clock ? { clock: options.clock } : {},
  );
  let applied = 0;
  for (const step of steps) {
    if (!applyStep(player, step)) break;
    applied++;
  }
  return { player, applied };
}

export function applyStep(player: StoryPlayer, step: PlayStep): boolean {
  switch (step.kind) {
    case 'choose':
      return player.choose(step.id);
    case 'continue':
      return player.continueStory();
    case 'timeout':
      return player.timeOut();
  }
}
