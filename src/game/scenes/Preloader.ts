import Phaser from 'phaser';
import { firstScreen, libraryContent } from '../../play/firstScreen.ts';
import { launchNotices } from '../../play/launchNotices.ts';
import { showNotices } from '../../ui/pageNotices.ts';
import { t } from '../../i18n/intl.ts';
import { h } from '../../ui/dom.ts';
import { queueArt, storyArt } from '../art.ts';
import { mountScreen } from '../mountScreen.ts';
import { SceneKeys, textureKeys, type GameServices } from '../services.ts';
import { startExit } from './Story.ts';

/**
 * Makes the stage's own textures and opens the first screen; when a story is already on screen, loads that
 * story's pictures first, quietly (every other screen loads its own when it opens: src/game/art.ts).
 */
export class Preloader extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Preloader);
  }

  preload(): void {
    const { art, earlyStory, earlyScreen } = this.services;
    // A title or track on show already: its scene loads the pictures it needs, while the player reads.
    if (earlyScreen) return;
    if (earlyStory) {
      queueArt(this, storyArt(art, earlyStory.session.scenario));
      return;
    }
    mountScreen(
      this,
      h('div', { class: 'screen loading-screen' }, h('p', { role: 'status' }, t('app.settingTheStage'))),
    );
  }

  create(): void {
    const colours = [0xe0a23a, 0xb8561f, 0x3f9a6b, 0xfff1d6];
    textureKeys.sparks.forEach((key, i) => {
      const spark = this.make.graphics({}, false);
      spark.fillStyle(colours[i] ?? 0xffffff).fillRoundedRect(0, 0, 14, 8, 3);
      spark.generateTexture(key, 14, 8);
      spark.destroy();
    });
    // A warm evening gradient stands in for any backdrop that failed to load.
    const fallback = this.make.graphics({}, false);
    fallback.fillGradientStyle(0x3b2740, 0x3b2740, 0xb8561f, 0xe0a23a, 1).fillRect(0, 0, 160, 90);
    fallback.generateTexture(textureKeys.fallbackBackdrop, 160, 90);
    fallback.destroy();

    // A story already being played in the page: the Story scene joins it, or the player has already left it.
    const early = this.services.earlyStory;
    if (early) {
      this.services.earlyStory = null;
      const exit = early.session.exited;
      if (!exit) {
        this.scene.start(SceneKeys.Story, { session: early.session, earlyHost: early.host });
        return;
      }
      early.session.stop();
      early.host.remove();
      startExit(this, exit);
      return;
    }

    // The title or a track on show already (src/app/earlyScreens.ts), decided and announced there: its scene adopts it.
    const screen = this.services.earlyScreen;
    if (screen) {
      if (screen.kind === 'title') this.scene.start(SceneKeys.Title);
      else this.scene.start(SceneKeys.Track, { trackId: screen.trackId });
      return;
    }

    const { launch, progress, library } = this.services;
    const content = libraryContent(library);
    // The player's answer, when a link would have replaced a story in progress, stands; otherwise decide with the whole library.
    const first =
      this.services.firstScreen ?? firstScreen(launch, progress.progress().current, content, this.services.newSeed);
    showNotices(launchNotices(window.location.search, launch, progress.progress().current, first, content));
    if (first.kind === 'story') this.scene.start(SceneKeys.Story, first.data);
    else if (first.kind === 'track') this.scene.start(SceneKeys.Track, { trackId: first.trackId });
    else if (first.kind === 'errors') this.scene.start(SceneKeys.ScenarioErrors, { file: first.file });
    else if (first.kind === 'studio') this.scene.start(SceneKeys.Studio);
    else if (first.kind === 'insights') this.scene.start(SceneKeys.Insights);
    else this.scene.start(SceneKeys.Title);
  }
}
