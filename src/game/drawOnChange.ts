// Phaser redraws the whole canvas on every frame, changed or not. The stage is still most of the time (a
// backdrop and a few faces while the player reads and decides), and on a machine without a GPU (a
// conference-room laptop, an old phone, the CI machine) clearing and redrawing a full-window canvas takes a
// good part of a frame even from bitmaps (artBitmaps.ts; README › Speed), spent on nothing. So a
// frame is drawn only when something that is drawn has changed since the last one; otherwise the canvas
// keeps its picture and the browser need not repaint it.
import Phaser from 'phaser';

/** Object types whose look is fully described by what `describe` reads; any other type is redrawn every frame. */
const KNOWN = new Set(['Image', 'Sprite', 'Rectangle', 'DOMElement', 'ParticleEmitter']);

/** What the drawing knows of the stage, for the loop's rest (restWhenStill.ts). */
export interface Drawing {
  /** Whether the last frame was left undrawn, its picture the same as the one before. */
  readonly resting: boolean;
  /** Whether the stage, as it is now, differs from the last picture drawn. */
  changed(): boolean;
}

export function drawOnlyOnChange(game: Phaser.Game): Drawing {
  let last = '';
  let skip = false;
  let frame = 0;
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    const signature = frameSignature(game, ++frame);
    skip = signature === last;
    last = signature;
  });
  // The renderer exists once the game has booted, before its first frame.
  game.events.once(Phaser.Core.Events.READY, () => {
    const { renderer, scene } = game;
    const preRender = renderer.preRender.bind(renderer);
    const postRender = renderer.postRender.bind(renderer);
    const render = scene.render.bind(scene);
    renderer.preRender = () => {
      if (!skip) preRender();
    };
    scene.render = (target) => {
      if (!skip) render(target);
    };
    renderer.postRender = () => {
      if (!skip) postRender();
    };
  });
  return {
    get resting() {
      return skip;
    },
    // A frame number no frame has: a stage with something that must be drawn every frame has always changed.
    changed: () => frameSignature(game, frame + 0.5) !== last,
  };
}

/** Everything drawn this frame, as text: equal texts mean an equal picture. `frame` makes a frame that must be drawn unique. */
function frameSignature(game: Phaser.Game, frame: number): string {
  const parts: (string | number | boolean)[] = [game.scale.width, game.scale.height];
  for (const scene of game.scene.getScenes(true)) {
    const camera = scene.cameras.main;
    parts.push(
      scene.sys.settings.key,
      scene.sys.settings.visible,
      camera.scrollX,
      camera.scrollY,
      camera.zoom,
      camera.alpha,
      camera.width,
      camera.height,
    );
    if (camera.fadeEffect.isRunning || camera.flashEffect.isRunning || camera.shakeEffect.isRunning) return `${frame}`;
    for (const object of scene.children.list) {
      const described = describe(object);
      if (described === null) return `${frame}`;
      parts.push(described);
    }
  }
  return parts.join('|');
}

function describe(object: Phaser.GameObjects.GameObject): string | null {
  if (!KNOWN.has(object.type)) return null;
  // By type name, not class: the production build's lean Phaser does not list the particle classes (src/game/phaserLean.js).
  if (object.type === 'ParticleEmitter')
    return (object as Phaser.GameObjects.Particles.ParticleEmitter).getAliveParticleCount() > 0 ? null : 'emitter-idle';
  const o = object as Phaser.GameObjects.Image & Partial<Pick<Phaser.GameObjects.Rectangle, 'fillColor' | 'fillAlpha'>>;
  return [
    o.type,
    o.x,
    o.y,
    o.alpha,
    o.visible,
    o.scaleX,
    o.scaleY,
    o.angle,
    o.depth,
    o.width,
    o.height,
    o.originX,
    o.originY,
    o.texture?.key,
    o.frame?.name,
    o.fillColor,
    o.fillAlpha,
  ].join(',');
}
