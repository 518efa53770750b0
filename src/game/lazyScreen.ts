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
  // Said only when the wait is long enough to notice: a screen whose code is already here (the studio going from
  // its drafts to a draft) has only its data to read, and would otherwise flash the words up and be announced.
  let loading: ReturnType<typeof mountScreen> | undefined;
  const slow = setTimeout(() => {
    loading = mountScreen(
      scene,
      h('div', { class: 'screen loading-screen' }, h('p', { role: 'status' }, t('app.settingTheStage'))),
    );
  }, NOTICEABLE_MS);
  scene.events.once('shutdown', () => clearTimeout(slow));
  void load().then((open) => {
    clearTimeout(slow);
    if (!scene.scene.isActive()) return;
    loading?.destroy();
    open(scene);
  });
}

/** Waits shorter than this go unremarked. */
const NOTICEABLE_MS = 150;
