import Phaser from 'phaser';
import { queueArt, titleArt } from '../art.ts';
import { openWhenLoaded } from '../lazyScreen.ts';
import { SceneKeys, type GameServices } from '../services.ts';
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
    openWhenLoaded(this, this.services, async () => {
      const { studioOpener } = await import('../studio.ts');
      return studioOpener(this.services, data);
    });
  }
}
