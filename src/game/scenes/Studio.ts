import Phaser from 'phaser';
import { t } from '../../i18n/intl.ts';
import { h } from '../../ui/dom.ts';
import { queueArt, titleArt } from '../art.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { SceneKeys, type GameServices } from '../services.ts';
import { Stage } from '../stage.ts';
import type { StudioData } from '../studio.ts';

/** The story studio (src/game/studio.ts), whose code, editor included, loads when it first opens. */
export class Studio extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Studio);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(data: StudioData = {}): void {
    const stage = new Stage(this, 'title', true, { shade: 0.7 });
    onResize(this, (width, height) => stage.layout(width, height, null));
    if (!this.services.library.catalogue) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const loading = mountScreen(
      this,
      h('div', { class: 'screen loading-screen' }, h('p', { role: 'status' }, t('app.settingTheStage'))),
    );
    void import('../studio.ts').then(({ openStudio }) => {
      if (!this.scene.isActive()) return;
      loading.destroy();
      openStudio(this, this.services, data);
    });
  }
}
