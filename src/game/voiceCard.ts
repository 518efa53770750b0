// Someone heard, not seen: a caller on the phone, or the writer of a letter, chat or post. They must not
// stand on the stage as if in the room, yet a customer's face is where the trainee reads their mood, so
// they are shown as a card: their face in a frame, a phone or envelope badge, their name, and how they
// are heard. The card is drawn in the figure's units (600×800, the top 70% showing) and scaled with it.
import Phaser from 'phaser';
import type { Voice } from '../engine/runtime.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { onLocaleChange, t } from '../i18n/intl.ts';
import { useArt } from './artBitmaps.ts';
import { textureKeys } from './services.ts';

const HOW: Record<Voice, MessageId> = { phone: 'story.voice.phone', message: 'story.voice.message' };

/** The part of a figure that is the head, as fractions of the picture. */
const HEAD = { x: 0.2, y: 0.05, w: 0.6, h: 0.52 };
const CARD = { x: -190, y: 30, w: 380, h: 520 };
const PORTRAIT = { width: 260, top: 60 };
const NAME_Y = 375;
const HOW_Y = 445;

export class VoiceCard {
  readonly container: Phaser.GameObjects.Container;
  private readonly portrait: Phaser.GameObjects.Image;

  constructor(
    scene: Phaser.Scene,
    readonly via: Voice,
    name: string,
    key: string,
  ) {
    const frame = scene.add.graphics();
    frame.fillStyle(0xfff8ee, 0.94).fillRoundedRect(CARD.x, CARD.y, CARD.w, CARD.h, 36);
    frame.lineStyle(8, via === 'phone' ? 0xb8561f : 0x2f6f73, 1).strokeRoundedRect(CARD.x, CARD.y, CARD.w, CARD.h, 36);
    this.portrait = scene.add.image(0, 0, useArt(scene.textures, key));
    this.frame(key);
    const badgeKey = textureKeys.voice(via);
    const badge = scene.textures.exists(badgeKey)
      ? [scene.add.image(CARD.x + CARD.w - 62, CARD.y + 62, useArt(scene.textures, badgeKey)).setDisplaySize(100, 100)]
      : [];
    const text = (y: number, words: string, size: number, style: string) =>
      scene.add
        .text(0, y, words, {
          fontFamily: 'system-ui, sans-serif',
          fontSize: `${size}px`,
          fontStyle: style,
          color: '#2a1e2f',
          align: 'center',
        })
        .setOrigin(0.5, 0);
    const title = text(NAME_Y, name, 50, 'bold');
    // A long name is narrowed to the card rather than spilling over its edge.
    if (title.width > CARD.w - 40) title.setScale((CARD.w - 40) / title.width);
    const how = text(HOW_Y, t(HOW[via]), 40, 'normal');
    this.container = scene.add.container(0, 0, [frame, this.portrait, ...badge, title, how]);
    // How they are heard is the interface's to say, in the page's language, and again when it changes.
    const stopListening = onLocaleChange(() => how.setText(t(HOW[via])));
    // By the event's name: Phaser 4's bundle has no GameObjects.Events at run time, though its types do.
    this.container.once('destroy', stopListening);
  }

  /** A new face (a change of mood) in the same frame. */
  show(key: string): void {
    if (this.portrait.texture.key === key) return;
    this.portrait.setTexture(useArt(this.portrait.scene.textures, key));
    this.frame(key);
  }

  /** Crops the picture to the head and fits it in the card's frame. */
  private frame(key: string): void {
    const source = this.portrait.scene.textures.get(key).source[0];
    const width = source?.width ?? 675;
    const height = source?.height ?? 900;
    const crop = { x: width * HEAD.x, y: height * HEAD.y, w: width * HEAD.w, h: height * HEAD.h };
    const scale = PORTRAIT.width / crop.w;
    this.portrait.setCrop(crop.x, crop.y, crop.w, crop.h).setScale(scale).setOrigin(0, 0);
    // With the origin at the picture's corner, the cropped part starts crop.x·scale to the right of it.
    this.portrait.setPosition(-PORTRAIT.width / 2 - crop.x * scale, PORTRAIT.top - crop.y * scale);
  }
}
