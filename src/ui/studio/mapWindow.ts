// Which of a map's beats and arrows the studio draws one by one: those in and near the part of the map on show.
// A 10,000-beat story is 40,000 boxes and arrows; drawn as elements, the page took some 20 seconds to lay them out
// (`npm run bench -- --only studio`). So the map draws as elements only what is near the window, and where the window
// holds more beats than anyone can read (zoomed far out), it draws the whole map as a few shapes, one per kind of
// beat and of arrow, with no words: an overview, zoomed into for the words.

/** A rectangle in the map's own units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Past this many beats near the window, the map is drawn as an overview: at that zoom no box's words can be read. */
export const DETAIL_MOST = 600;

/** The window grown by half its size on each side: a small pan draws nothing new. */
export function around(window: Box): Box {
  const dx = (window.x1 - window.x0) / 2;
  const dy = (window.y1 - window.y0) / 2;
  return { x0: window.x0 - dx, y0: window.y0 - dy, x1: window.x1 + dx, y1: window.y1 + dy };
}

export const overlaps = (a: Box, b: Box) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

const within = (inner: Box, outer: Box) =>
  inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

const area = (b: Box) => Math.max(1, (b.x1 - b.x0) * (b.y1 - b.y0));

/**
 * Whether a window needs drawing anew after the one last drawn for: it has moved out of the area drawn, or zoomed
 * enough (twice or half the area) that the choice between detail and overview may change.
 */
export function movedOut(window: Box, drawnFor: { window: Box; area: Box } | null): boolean {
  if (!drawnFor) return true;
  const ratio = area(window) / area(drawnFor.window);
  return !within(window, drawnFor.area) || ratio > 2 || ratio < 0.5;
}

/** The indexes of the things whose boxes overlap the area; null once there are more than `most` of them. */
export function inside(things: readonly { box: Box }[], at: Box, most = Infinity): number[] | null {
  const found: number[] = [];
  for (let i = 0; i < things.length; i++) {
    if (!overlaps(things[i]!.box, at)) continue;
    if (found.length === most) return null;
    found.push(i);
  }
  return found;
}
