import Phaser from 'phaser';
import { brainstormScreen } from '../../ui/brainstormScreen.ts';
import { download } from '../../ui/download.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { queueArt, titleArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { t } from '../../i18n/intl.ts';
import { SceneKeys, type GameServices } from '../services.ts';

/** The workshop's breakdown brainstorm; the board is kept with the facilitator's progress. */
export class Brainstorm extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Brainstorm);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(): void {
    const { progress, now } = this.services;
    const stage = new Stage(this, 'title', true, { shade: 0.55 });
    onResize(this, (width, height) => stage.layout(width, height, null));
    const screen = brainstormScreen(progress.progress().brainstorm ?? [], {
      change: (items) => progress.setBrainstorm(items),
      back: () => this.scene.start(SceneKeys.Title),
      exportSkeletons: async (items) => {
        // The YAML writer and the zip maker load only when a board is exported.
        const [{ strToU8, zipSync }, { skeletonId, skeletonScenario }] = await Promise.all([
          import('fflate'),
          import('../../play/skeleton.ts'),
        ]);
        const files = Object.fromEntries(
          items.map((item, i) => [`${skeletonId(item, i)}.yaml`, strToU8(skeletonScenario(item, i))]),
        );
        download(
          `breakdown-brainstorm-${now().toISOString().slice(0, 10)}.zip`,
          zipSync(files) as Uint8Array<ArrayBuffer>,
          'application/zip',
        );
      },
    });
    mountScreen(this, screen);
    screen.querySelector<HTMLElement>('#brainstorm-breakdown')?.focus();
    this.services.announcer.say(t('brainstorm.announce'));
  }
}
