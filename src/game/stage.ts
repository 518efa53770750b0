// The drawn half of a story: the backdrop, and the cast on stage with faces
// that follow what the engine says. The cast stands in the part of the window the story screen leaves to it.
import Phaser from 'phaser';
import type { Expression } from '../engine/index.ts';
import { useArt } from './artBitmaps.ts';
import { textureKeys } from './services.ts';

export interface OnStage {
  id: string;
  look: string;
  expression: Expression;
}

import { castLayout, ART_HEIGHT, type Figure, type StageBox } from './castLayout.ts';

export class Stage {
  private readonly backdrop: Phaser.GameObjects.Image;
  private readonly shade: Phaser.GameObjects.Rectangle;
  private readonly people = new Map<string, Phaser.GameObjects.Image>();
  private order: string[] = [];
  private box: StageBox | null = null;
  private figures: Figure[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    backdropId: string,
    private readonly reducedMotion: boolean,
    options: { shade?: number } = {},
  ) {
    const key = textureKeys.backdrop(backdropId);
    this.backdrop = scene.add.image(0, 0, useArt(scene.textures, scene.textures.exists(key) ? key : textureKeys.fallbackBackdrop)).setOrigin(0.5);
    this.shade = scene.add.rectangle(0, 0, 10, 10, 0x1a1020, options.shade ?? 0).setOrigin(0);
  }

  show(cast: readonly OnStage[]): void {
    const wanted = new Set(cast.map((c) => c.id));
    for (const [id, image] of this.people) {
      if (!wanted.has(id)) {
        this.people.delete(id);
        this.fade(image, 0, () => image.destroy());
      }
    }
    for (const member of cast) {
      const key = textureKeys.character(member.look, member.expression);
      // Art that failed to load leaves the stage empty rather than showing Phaser's placeholder.
      if (!this.scene.textures.exists(key)) continue;
      const existing = this.people.get(member.id);
      useArt(this.scene.textures, key);
      if (!existing) {
        const image = this.scene.add.image(0, 0, key).setOrigin(0.5, 1).setAlpha(0);
        this.people.set(member.id, image);
        this.fade(image, 1);
      } else if (existing.texture.key !== key) {
        existing.setTexture(key);
        this.bounce(existing);
      }
    }
    this.order = cast.map((c) => c.id);
    this.layout(this.scene.scale.width, this.scene.scale.height, this.box);
  }

  /**
   * `box` is the part of the window left to the stage (beside or above the story's text, below the heads-up bar);
   * the cast stands in it with every head inside it. The backdrop still fills the whole window behind the text.
   */
  layout(width: number, height: number, box: StageBox | null): void {
    this.box = box;
    const cover = Math.max(width / this.backdrop.width, height / this.backdrop.height);
    this.backdrop.setPosition(width / 2, height / 2).setScale(cover);
    this.shade.setSize(width, height);
    this.figures = castLayout(box ?? { left: 0, right: width, top: 0, bottom: height }, this.order.filter((id) => this.people.has(id)));
    for (const figure of this.figures) {
      this.people.get(figure.id)?.setScale(figure.height / ART_HEIGHT).setPosition(figure.x, figure.top + figure.height);
    }
  }

  /** Where each figure is drawn, in window pixels: for tests, which check no head is hidden. */
  drawn(): readonly Figure[] {
    return this.figures;
  }

  private fade(image: Phaser.GameObjects.Image, alpha: number, done?: () => void): void {
    if (this.reducedMotion) {
      image.setAlpha(alpha);
      done?.();
      return;
    }
    this.scene.tweens.add({ targets: image, alpha, duration: 300, ease: 'Sine.easeOut', onComplete: () => done?.() });
  }

  private bounce(image: Phaser.GameObjects.Image): void {
    if (this.reducedMotion) return;
    const base = image.scaleY;
    this.scene.tweens.add({ targets: image, scaleY: base * 1.03, duration: 120, yoyo: true, ease: 'Sine.easeInOut' });
  }
}
