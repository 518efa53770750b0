// A screen whose code loads only when it first opens (the studio with its editor, Insights with its readers and
// charts): the title's backdrop at once, "Setting the stage…" while the code arrives, then the screen.
import type Phaser from 'phaser';
import { t } from '../i18n/intl.ts';
import { h } from '../ui/dom.ts';
import { mountScreen, onResize } from './mountScreen.ts';
import { SceneKeys, type GameServices } from './services.ts';
import { Stage } from './stage.ts';

export function openWhenLoaded(
  scene: Phaser.Scene,
  services: GameServices,
  load: () => Promise<(scene: Phaser.Scene) => void>,
): void {
  const stage = new Stage(scene, 'title', true, { shade: 0.7 });
  onResize(scene, (width, height) => stage.layout(width, height, null));
  if (!services.library.catalogue) {
    scene.scene.start(SceneKeys.Title);
    return;
  }
  const loading = mountScreen(
    scene,
    h('div', { class: 'screen loading-screen' }, h('p', { role: 'status' }, t('app.settingTheStage'))),
  );
  void load().then((open) => {
    if (!scene.scene.isActive()) return;
    loading.destroy();
    open(scene);
  });
}
