// Starting a story while another is in progress replaces it (its place is saved over), so the player is
// asked first: resume the one in progress, start the new one, or cancel.
import type Phaser from 'phaser';
import { storyFor } from '../play/assessedStories.ts';
import { resumedStory } from '../play/firstScreen.ts';
import { askBeforeReplacing } from '../ui/replaceDialog.ts';
import { SceneKeys, type GameServices, type StoryData } from './services.ts';

export function startStory(
  scene: Phaser.Scene,
  services: Pick<GameServices, 'progress' | 'library'>,
  data: StoryData,
): void {
  const start = (story: StoryData) => scene.scene.start(SceneKeys.Story, story);
  const current = services.progress.progress().current;
  const samePlay =
    current && current.scenarioId === data.scenarioId && current.seed === data.seed && current.trackId === data.trackId;
  // A workshop's play is the room's and a studio's try is nobody's: never saved, so they replace nothing.
  const inProgress =
    current && !samePlay && !data.workshop && !data.rehearsal
      ? storyFor(services.library, current.scenarioId, !!current.trackId)
      : null;
  if (!current || !inProgress) {
    start(data);
    return;
  }
  const wanted = storyFor(services.library, data.scenarioId, !!data.trackId)?.title ?? data.scenarioId;
  askBeforeReplacing({ title: inProgress.title, savedAt: current.savedAt }, wanted, {
    resume: () => start(resumedStory(current)),
    startNew: () => start(data),
  });
}
