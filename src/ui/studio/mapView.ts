// Where the studio's map looks: the part of the map (its own units) that fills the viewport (screen pixels), and
// how fitting, zooming and following a beat move it. Pure arithmetic, apart from the page, so it can be tested.
import { NODE_HEIGHT, NODE_WIDTH, type MapNode } from '../../play/studio/storyMap.ts';

/** The map's point at the viewport's top left, and screen pixels to a unit of the map. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

const MARGIN = 40;
/** Closer than this, a box's words are larger than the page's; farther, a 100,000-beat story still fits. */
const MOST_SCALE = 4;
const LEAST_SCALE = 0.02;
/** A small story is not blown up past this to fill the viewport. */
const MOST_FIT_SCALE = 1.2;

/**
 * The whole map in the viewport, with a margin, in its middle; below `top` screen pixels, where the zoom's buttons
 * float over the map.
 */
export function fitView(map: Size, seen: Size, top = 0): View {
  const height = Math.max(1, seen.height - top);
  const scale = Math.min(MOST_FIT_SCALE, seen.width / (map.width + 2 * MARGIN), height / (map.height + 2 * MARGIN));
  return {
    scale,
    x: -MARGIN - (seen.width / scale - map.width - 2 * MARGIN) / 2,
    y: -MARGIN - top / scale - (height / scale - map.height - 2 * MARGIN) / 2,
  };
}

/** Zoomed by `factor` about a point of the viewport given as fractions of its size, which stays where it is. */
export function zoomView(view: View, seen: Size, factor: number, atX = 0.5, atY = 0.5): View {
  const scale = Math.min(MOST_SCALE, Math.max(LEAST_SCALE, view.scale * factor));
  const focusX = view.x + (atX * seen.width) / view.scale;
  const focusY = view.y + (atY * seen.height) / view.scale;
  return { scale, x: focusX - (atX * seen.width) / scale, y: focusY - (atY * seen.height) / scale };
}

/** Where a zoom by the buttons or the keys holds still: the beat in focus while it is in view, else the middle. */
export function zoomAnchor(view: View, seen: Size, node: MapNode | undefined): [number, number] {
  if (!node || seen.width === 0 || seen.height === 0) return [0.5, 0.5];
  const atX = ((node.x + NODE_WIDTH / 2 - view.x) * view.scale) / seen.width;
  const atY = ((node.y + NODE_HEIGHT / 2 - view.y) * view.scale) / seen.height;
  return atX >= 0 && atX <= 1 && atY >= 0 && atY <= 1 ? [atX, atY] : [0.5, 0.5];
}

/** The view moved to put this beat in its middle, or null when the whole box is in view already. */
export function centredOn(view: View, seen: Size, node: MapNode): View | null {
  const w = seen.width / view.scale;
  const h = seen.height / view.scale;
  const inside =
    node.x >= view.x && node.x + NODE_WIDTH <= view.x + w && node.y >= view.y && node.y + NODE_HEIGHT <= view.y + h;
  return inside ? null : { ...view, x: node.x + NODE_WIDTH / 2 - w / 2, y: node.y + NODE_HEIGHT / 2 - h / 2 };
}
