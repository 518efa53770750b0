import Phaser from 'phaser';
import { queueArt, titleArt } from '../art.ts';
import { openWhenLoaded } from '../lazyScreen.ts';
import { SceneKeys, type GameServices } from '../services.ts';

/** Insights for trainers (src/game/insights.ts), whose code, the readers and charts included, loads when it first opens. */
export class Insights extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Insights);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(): void {
    openWhenLoaded(this, this.services, async () => {
      const { openInsights } = await import('../insights.ts');
      return (scene) => openInsights(scene, this.services);
    });
  }
}
