// Makes the game inside a given element, so the page (or a test) decides where it mounts.
import Phaser from 'phaser';
import { Boot } from './scenes/Boot.ts';
import { Brainstorm } from './scenes/Brainstorm.ts';
import { Debrief } from './scenes/Debrief.ts';
import { Insights } from './scenes/Insights.ts';
import { Preloader } from './scenes/Preloader.ts';
import { Profile } from './scenes/Profile.ts';
import { ScenarioErrors } from './scenes/ScenarioErrors.ts';
import { Story } from './scenes/Story.ts';
import { Studio } from './scenes/Studio.ts';
import { Title } from './scenes/Title.ts';
import { Track } from './scenes/Track.ts';
import { SceneKeys, type GameServices } from './services.ts';
import { drawOnlyOnChange } from './drawOnChange.ts';
import { followLanguage, quietable } from './followLanguage.ts';
import { restWhenStill } from './restWhenStill.ts';

// Phaser names itself on the window when it loads; nothing here needs that, and a global handle on the
// engine would let an assessed play be steered from the console.
Reflect.deleteProperty(globalThis, 'Phaser');

export function createGame(parent: HTMLElement, given: GameServices): Phaser.Game {
  // What a scene says as it opens is held back when it is only redrawn in another language (followLanguage.ts).
  const announcer = quietable(given.announcer);
  const services: GameServices = { ...given, announcer };
  const game = new Phaser.Game({
    // Canvas, not WebGL: the stage is a few images and tweens, needs no shaders, and in our tests WebGL
    // under software rendering (no GPU) both ran at a third of the frame rate and left unpainted blocks
    // where DOM panels overlap the canvas.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: '#2a1e2f',
    dom: { createContainer: true },
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
    // Keys are read from the page by the DOM screens, so Phaser must not swallow any.
    input: { keyboard: false },
    banner: false,
    scene: [
      new Boot(),
      new Preloader(services),
      new Title(services),
      new Story(services),
      new Debrief(services),
      new ScenarioErrors(services),
      new Profile(services),
      new Track(services),
      new Brainstorm(services),
      new Studio(services),
      new Insights(services),
    ],
  });
  restWhenStill(game, drawOnlyOnChange(game));
  // Boot and the Preloader show nothing to read but a passing "Setting the stage…".
  followLanguage(game, announcer, [SceneKeys.Boot, SceneKeys.Preloader]);
  return game;
}
