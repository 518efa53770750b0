import Phaser from 'phaser';
import { download } from '../../ui/download.ts';
import { profileScreen } from '../../ui/profileScreen.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { queueArt, titleArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { startStory } from '../startStory.ts';
import { SceneKeys, type GameServices } from '../services.ts';

/** The player's progress; exporting writes a file, importing merges one after validating it. */
export class Profile extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Profile);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(): void {
    const { progress, library, now } = this.services;
    const stage = new Stage(this, 'title', true, { shade: 0.55 });
    onResize(this, (width, height) => stage.layout(width, height, null));
    if (!library.catalogue) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const screen = profileScreen(
      {
        attempts: progress.progress().attempts,
        catalogue: library.catalogue,
        scenarios: library.entries.flatMap((e) => (e.scenario ? [e.scenario] : [])),
        notices: progress.notices(),
        keptAside: progress.keptAside(),
      },
      {
        back: () => this.scene.start(SceneKeys.Title),
        play: (scenarioId) => startStory(this, this.services, { scenarioId, seed: this.services.newSeed() }),
        exportProgress: () => download(`service-hero-progress-${now().toISOString().slice(0, 10)}.json`, progress.exportText(), 'application/json'),
        restoreKeptAside: (key) => {
          const result = progress.restoreKeptAside(key);
          if (result.ok && result.added) this.time.delayedCall(1500, () => this.scene.restart());
          return result;
        },
        downloadKeptAside: (key) => {
          const text = progress.keptAsideText(key);
          if (text !== null) download(`${key.replace(/[^a-z0-9.-]+/gi, '-')}.json`, text, 'application/json');
        },
        importProgress: async (file) => {
          const [{ describeProgressFile }, text] = await Promise.all([import('../../app/progress/describeProgressFile.ts'), file.text()]);
          const result = progress.importText(file.name, text, describeProgressFile);
          if (result.ok) this.time.delayedCall(1500, () => this.scene.restart());
          return result;
        },
      },
    );
    mountScreen(this, screen);
    screen.querySelector<HTMLElement>('#profile-title')?.focus({ preventScroll: true });
    this.services.announcer.say('Your progress.');
  }
}
