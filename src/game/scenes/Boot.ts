import Phaser from 'phaser';
import { SceneKeys } from '../services.ts';

/** Waits for the interface fonts, so the first screen does not reflow when they arrive. */
export class Boot extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    const fonts = Promise.all([
      document.fonts.load('16px "Atkinson Hyperlegible"'),
      document.fonts.load('600 16px Fredoka'),
    ]);
    const timeout = new Promise((resolve) => setTimeout(resolve, 1500));
    void Promise.race([fonts, timeout]).finally(() => this.scene.start(SceneKeys.Preloader));
  }
}
