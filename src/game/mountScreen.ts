// Places a DOM screen over the canvas with Phaser's DOM support, sized to the
// game and kept so on resize; Phaser removes it with the scene.
import Phaser from 'phaser';
import type { PlayReporter } from '../lms/reporter.ts';
import { moveKeepingFocus } from '../ui/dom.ts';
import { screenShown } from '../ui/pageNotices.ts';
import { reportingStatus } from '../ui/reportingStatus.ts';

export function mountScreen(scene: Phaser.Scene, screen: HTMLElement): Phaser.GameObjects.DOMElement {
  // Phaser sets `display` on the element it manages every frame, so the screen's own flex layout lives one level down.
  const element = document.createElement('div');
  element.className = 'screen-host';
  const dom = scene.add.dom(0, 0, element).setOrigin(0, 0);
  onResize(scene, (width, height) => {
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
  });
  // After the host is in the page, at its size: a screen already on show (the title, or a story that started before
  // Phaser) keeps its focus and its scroll, which a host of no height yet would have clamped to the top.
  moveKeepingFocus(screen, element);
  screenShown();
  // The screen itself lets clicks through to the stage; its cards and buttons take them.
  dom.pointerEvents = 'none';
  return dom;
}

/** Runs `layout` now and on every resize while the scene lives. */
export function onResize(scene: Phaser.Scene, layout: (width: number, height: number) => void): void {
  const run = () => layout(scene.scale.width, scene.scale.height);
  run();
  scene.scale.on(Phaser.Scale.Events.RESIZE, run);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, run));
}

/** Puts the LMS reporting line (when an LMS launched the game) at the top of a screen, for as long as the scene lives. */
export function showReportingStatus(scene: Phaser.Scene, screen: HTMLElement, reporter: PlayReporter): void {
  const { element, dispose } = reportingStatus(reporter);
  if (!element) return;
  screen.prepend(element);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, dispose);
}
