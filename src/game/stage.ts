// The drawn half of a story: the backdrop, and the cast on stage with faces
// that follow what the engine says. Layout keeps faces above the dialogue box.
import Phaser from 'phaser';
import type { Expression } from '../engine/index.ts';
import { useArt } from './artBitmaps.ts';
import { textureKeys } from './services.ts';

export interface OnStage {
  id: string;
  look: string;
  expression: Expression;
}

/** Source art is 600×800 (waist-up); roughly the top quarter is the face. */
const ART_ASPECT = 600 / 800;

export class Stage {
  private readonly backdrop: Phaser.GameObjects.Image;
  private readonly shade: Phaser.GameObjects.Rectangle;
  private readonly people = new Map<string, Phaser.GameObjects.Image>();
  private order: string[] = [];
  private band: { top: number; bottom: number } | null = null;

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
    this.layout(this.scene.scale.width, this.scene.scale.height, this.band);
  }

  /** `band` is the free strip between the interface above and below; faces must fit inside it. */
  layout(width: number, height: number, band: { top: number; bottom: number } | null): void {
    this.band = band;
    const top = band?.top ?? 0;
    const bottom = band?.bottom ?? height;
    const cover = Math.max(width / this.backdrop.width, height / this.backdrop.height);
    this.backdrop.setPosition(width / 2, height / 2).setScale(cover);
    this.shade.setSize(width, height);

    const count = Math.max(1, this.order.length);
    // The figure's top 70% (head and shoulders) must show between the bars; the rest may tuck behind the box.
    const room = Math.max(bottom - top - height * 0.02, height * 0.25);
    const byHeight = room / 0.7;
    const byWidth = (width * 0.92) / count / ART_ASPECT;
    const figureHeight = Math.min(byHeight, byWidth, height * 1.1);
    const scale = figureHeight / 800;
    this.order.forEach((id, i) => {
      const image = this.people.get(id);
      if (!image) return;
      const x = (width * (i + 1)) / (count + 1);
      image.setScale(scale).setPosition(count === 1 ? width / 2 : x, bottom + figureHeight * 0.3);
    });
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
