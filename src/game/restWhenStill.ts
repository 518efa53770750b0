// Leaving a still frame undrawn (drawOnChange.ts) still has Phaser ask the browser for every frame, sixty a
// second, and the browser prepares each one: on a machine without a GPU that is about a tenth of a core for a
// page where nothing moves (README › Speed) — a phone's battery, and the CI machine's time. So once the stage
// has been still for a few frames and nothing is under way that only Phaser's loop advances (a tween, a timed
// event, a scene starting or stopping, pictures loading), the loop sleeps. It wakes at once on the player's
// input and on a resize, and a light look ten times a second wakes it for a change made by code meanwhile (a
// face, a tween, a scene, a banner above the stage that moves it).
import Phaser from 'phaser';
import type { Drawing } from './drawOnChange.ts';

/** Undrawn frames in a row before the loop sleeps: a pause between two steps of an animation is not rest. */
const STILL_FRAMES = 20;
/** How often a sleeping stage looks for a change made by code; a tenth of a second is not seen as a delay. */
const LOOK_MS = 100;
const WAKING_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'touchstart', 'resize'];

export function restWhenStill(game: Phaser.Game, drawing: Drawing): void {
  let still = 0;
  let look: ReturnType<typeof setInterval> | undefined;
  const wake = () => {
    if (look === undefined) return;
    clearInterval(look);
    look = undefined;
    // A tween begun while asleep plays from its start, not jumped on by the time slept.
    game.loop.resetDelta();
    // Phaser measures its parent twice a second of running; asleep, it missed any change of the page around it.
    game.scale.dirty = true;
    game.loop.wake();
  };
  const sleep = () => {
    game.loop.sleep();
    look = setInterval(() => {
      if (drawing.changed() || underWay(game) || moved(game.scale)) wake();
    }, LOOK_MS);
  };
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    still = drawing.resting && !underWay(game) ? still + 1 : 0;
    if (still < STILL_FRAMES) return;
    still = 0;
    sleep();
  });
  for (const type of WAKING_EVENTS) addEventListener(type, wake, { capture: true, passive: true });
  const resized = new ResizeObserver(wake);
  game.events.once(Phaser.Core.Events.READY, () => {
    if (game.scale.parent) resized.observe(game.scale.parent);
  });
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    clearInterval(look);
    resized.disconnect();
    for (const type of WAKING_EVENTS) removeEventListener(type, wake, { capture: true });
  });
}

/**
 * Whether something only the loop moves on is pending. Phaser keeps its queues of scene operations and timed
 * events private; if a new version renames them, the stage never sleeps rather than sleeping through them.
 */
export function underWay(game: Phaser.Game): boolean {
  // A game destroyed is taken apart by its next step.
  if ((game as unknown as { pendingDestroy: unknown }).pendingDestroy !== false) return true;
  const manager = game.scene as unknown as Record<'_pending' | '_queue' | '_start', unknown>;
  if (waiting(manager._pending) || waiting(manager._queue) || waiting(manager._start)) return true;
  return game.scene.scenes.some((scene) => {
    const { status } = scene.sys.settings;
    if (status > Phaser.Scenes.INIT && status < Phaser.Scenes.RUNNING) return true;
    if (status !== Phaser.Scenes.RUNNING) return false;
    const clock = scene.time as unknown as Record<'_active' | '_pendingInsertion', unknown>;
    return (
      scene.load.isLoading() ||
      scene.tweens.getTweens().length > 0 ||
      waiting(clock._active) ||
      waiting(clock._pendingInsertion)
    );
  });
}

/** Whether the page has resized or moved the stage's element since Phaser last measured it. */
function moved(scale: Phaser.Scale.ScaleManager): boolean {
  const { parent, parentSize, canvas, canvasBounds } = scale;
  if (!parent || !canvas) return false;
  const box = parent.getBoundingClientRect();
  if (box.width !== parentSize.width || box.height !== parentSize.height) return true;
  const at = canvas.getBoundingClientRect();
  return at.x !== canvasBounds.x || at.y !== canvasBounds.y;
}

const waiting = (list: unknown) => !Array.isArray(list) || list.length > 0;
