import Phaser from 'phaser';
import { t } from '../../i18n/intl.ts';
import { h } from '../../ui/dom.ts';
import { queueArt, titleArt } from '../art.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { SceneKeys, type GameServices } from '../services.ts';
import { Stage } from '../stage.ts';

/** Insights for trainers (src/game/insights.ts), whose code, the file readers included, loads when it first opens. */
export class Insights extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Insights);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(): void {
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
    void import('../insights.ts').then(({ openInsights }) => {
      if (!this.scene.isActive()) return;
      loading.destroy();
      openInsights(this, this.services);
    });
  }
}
