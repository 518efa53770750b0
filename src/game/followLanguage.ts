// A change of the interface's language redraws the screen on show at once, through one seam: the scene on
// show is restarted from the very data its screen was built from, since a scene's create() builds its whole
// screen (in the language of the moment). A restart is a redraw, not an arrival: what a scene says when it
// opens is held back (the page says the language changed instead, src/app/pageBasics.ts), and the focus goes
// back to the same control on the new screen. A scene that must not start over (the Story scene: its play
// goes on) gives the data it is redrawn from.
import Phaser from 'phaser';
import type { Announcer } from '../ui/announcer.ts';
import { onLocaleChange } from '../i18n/intl.ts';
import { focusPlace, refocusAfterDialog, trackFocus } from '../ui/focusPlace.ts';

/** A scene whose redraw needs other data than it was started with. */
export interface RedrawData {
  dataForRedraw(): object;
}

const redrawing = new WeakSet<Phaser.Scene>();

/** Whether the scene's create() now runs to redraw its screen in another language (no greeting, no fanfare). */
export const isRedraw = (scene: Phaser.Scene): boolean => redrawing.has(scene);

const hasRedrawData = (scene: Phaser.Scene): scene is Phaser.Scene & RedrawData =>
  typeof (scene as Partial<RedrawData>).dataForRedraw === 'function';

/** An announcer that can be held quiet while a screen is redrawn. */
export function quietable(announcer: Announcer): Announcer & { hush(quiet: boolean): void } {
  let quiet = false;
  return {
    say: (text) => quiet || announcer.say(text),
    hush: (value) => void (quiet = value),
  };
}

/** Redraws every screen scene on show when the language changes; `skip` names scenes with nothing to redraw. */
export function followLanguage(
  game: Phaser.Game,
  announcer: ReturnType<typeof quietable>,
  skip: readonly string[],
): () => void {
  const stopTracking = trackFocus(game.canvas.ownerDocument);
  const stopListening = onLocaleChange(() => {
    for (const scene of game.scene.getScenes(true)) {
      if (skip.includes(scene.sys.settings.key)) continue;
      redraw(scene, announcer);
    }
  });
  return () => {
    stopTracking();
    stopListening();
  };
}

function redraw(scene: Phaser.Scene, announcer: ReturnType<typeof quietable>): void {
  const place = focusPlace();
  redrawing.add(scene);
  scene.events.once(Phaser.Scenes.Events.READY, () => announcer.hush(true));
  scene.events.once(Phaser.Scenes.Events.CREATE, () => {
    announcer.hush(false);
    redrawing.delete(scene);
    if (place) refocusAfterDialog(place);
  });
  scene.scene.restart(hasRedrawData(scene) ? scene.dataForRedraw() : undefined);
}
