// The drawn half of a story: the backdrop, and the cast on stage with faces
// that follow what the engine says. The cast stands in the part of the window the story screen leaves to it.
import Phaser from 'phaser';
import type { Expression, Voice } from '../engine/runtime.ts';
import type { Scenario } from '../engine/runtime.ts';
import { lookKey } from './art.ts';
import { useArt } from './artBitmaps.ts';
import { castLayout, ART_HEIGHT, type Figure, type StageBox } from './castLayout.ts';
import { textureKeys } from './services.ts';
import { VoiceCard } from './voiceCard.ts';

export interface OnStage {
  id: string;
  name: string;
  look: string;
  expression: Expression;
  /** Heard, not seen: shown as a card with a phone or envelope badge, not standing on the stage. */
  via: Voice | null;
}

type Shown = Phaser.GameObjects.Image | VoiceCard;
const objectOf = (shown: Shown) => (shown instanceof VoiceCard ? shown.container : shown);
const viaOf = (shown: Shown) => (shown instanceof VoiceCard ? shown.via : null);

export class Stage {
  private readonly backdrop: Phaser.GameObjects.Image;
  private readonly shade: Phaser.GameObjects.Rectangle;
  private readonly people = new Map<string, Shown>();
  private order: string[] = [];
  private box: StageBox | null = null;
  private figures: Figure[] = [];
  /** The story's own looks and pictures, whose faces are cached under what they show (art.ts, lookKey). */
  private readonly ownArt: Pick<Scenario, 'looks' | 'images'>;

  constructor(
    private readonly scene: Phaser.Scene,
    backdropId: string,
    private readonly reducedMotion: boolean,
    options: { shade?: number; ownArt?: Pick<Scenario, 'looks' | 'images'> } = {},
  ) {
    this.ownArt = options.ownArt ?? {};
    const key = textureKeys.backdrop(backdropId);
    this.backdrop = scene.add
      .image(0, 0, useArt(scene.textures, scene.textures.exists(key) ? key : textureKeys.fallbackBackdrop))
      .setOrigin(0.5);
    this.shade = scene.add.rectangle(0, 0, 10, 10, 0x1a1020, options.shade ?? 0).setOrigin(0);
  }

  show(cast: readonly OnStage[]): void {
    const wanted = new Set(cast.map((c) => c.id));
    // Someone who was on the phone and now walks in (or the other way) goes, and comes back as they now are.
    const leaving = [...this.people].filter(
      ([id, shown]) => !wanted.has(id) || cast.find((c) => c.id === id)?.via !== viaOf(shown),
    );
    for (const [id, shown] of leaving) {
      this.people.delete(id);
      const object = objectOf(shown);
      this.fade(object, 0, () => object.destroy());
    }
    for (const member of cast) {
      const key = textureKeys.character(lookKey(member.look, this.ownArt), member.expression);
      // Art that failed to load leaves the stage empty rather than showing Phaser's placeholder.
      if (!this.scene.textures.exists(key)) continue;
      const existing = this.people.get(member.id);
      useArt(this.scene.textures, key);
      if (!existing) {
        const shown = member.via
          ? new VoiceCard(this.scene, member.via, member.name, key)
          : this.scene.add.image(0, 0, key).setOrigin(0.5, 1);
        this.people.set(member.id, shown);
        objectOf(shown).setAlpha(0);
        this.fade(objectOf(shown), 1);
      } else if (existing instanceof VoiceCard) {
        existing.show(key);
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
    this.figures = castLayout(
      box ?? { left: 0, right: width, top: 0, bottom: height },
      this.order.filter((id) => this.people.has(id)),
    );
    for (const figure of this.figures) {
      const shown = this.people.get(figure.id);
      const scale = figure.height / ART_HEIGHT;
      // A card is drawn from the top of the figure's frame, centred, so it sits where a head and shoulders would.
      if (shown instanceof VoiceCard) shown.container.setScale(scale).setPosition(figure.x, figure.top);
      else shown?.setScale(scale).setPosition(figure.x, figure.top + figure.height);
    }
  }

  /** Where each figure is drawn, in window pixels: for tests, which check no head is hidden. */
  drawn(): readonly Figure[] {
    return this.figures;
  }

  private fade(image: Phaser.GameObjects.Image | Phaser.GameObjects.Container, alpha: number, done?: () => void): void {
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
