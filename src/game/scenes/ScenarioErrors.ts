import Phaser from 'phaser';
import { errorsScreen } from '../../ui/errorsScreen.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { queueArt, titleArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { SceneKeys, type ErrorsData, type GameServices } from '../services.ts';

export class ScenarioErrors extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.ScenarioErrors);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(data: ErrorsData): void {
    const entry = this.services.library.entries.find((e) => e.file === data.file);
    const stage = new Stage(this, 'title', true, { shade: 0.55 });
    onResize(this, (width, height) => stage.layout(width, height, null));
    const scenario = entry?.scenario;
    const screen = errorsScreen(data.file, entry?.errors ?? [], entry?.warnings ?? [], {
      back: () => this.scene.start(SceneKeys.Title),
      // A file opened from the title screen plays with the address's seed, when one is waiting (src/play/launchOptions.ts).
      ...(scenario
        ? {
            play: () =>
              this.scene.start(SceneKeys.Story, {
                scenarioId: scenario.id,
                seed: this.services.nextStorySeed.take() ?? this.services.newSeed(),
              }),
          }
        : {}),
    });
    mountScreen(this, screen);
    // A file that plays starts at its heading, so its notes are read from the top; a broken one at its way back.
    (scenario ? screen.querySelector<HTMLElement>('h1') : screen.querySelector('button'))?.focus();
  }
}
