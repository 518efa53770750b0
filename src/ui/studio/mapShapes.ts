// What each beat and arrow of the studio's map is drawn as: a beat a box with its title and id, a way on a curve
// from one box to another, labelled with the choice's words; and the room each takes, for deciding whether it is
// near the part of the map on show (mapWindow.ts).
import type { MapEdge, MapNode } from '../../play/studio/storyMap.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../play/studio/storyMap.ts';
import { svg } from '../dom.ts';
import type { Box } from './mapWindow.ts';
import { storyLanguageOf } from '../../i18n/storyLanguage.ts';

/** Room around an arrow's label, in the map's units, for deciding whether it is near the window. */
const LABEL_REACH = 110;

/** A text cut to `most` characters, an ellipsis showing the cut. */
export const clip = (text: string, most: number) => (text.length > most ? `${text.slice(0, most - 1)}…` : text);

export interface EdgeShape {
  from: string;
  to: string;
  d: string;
  className: string;
  text: string | null;
  x: number;
  y: number;
}

export type Point = [number, number];

/**
 * An arrow's curve, as its start, two control points and its end: forward arrows curve from the right side to the
 * left; one within a column bows out to its right; one going back loops below.
 */
export function curveOf(from: MapNode, to: MapNode): [Point, Point, Point, Point] {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + NODE_HEIGHT / 2;
  if (x2 > x1)
    return [
      [x1, y1],
      [x1 + 60, y1],
      [x2 - 60, y2],
      [x2, y2],
    ];
  const bow = x1 + 70;
  if (from.column === to.column)
    return [
      [x1, y1],
      [bow, y1],
      [bow, y2],
      [x1, y2],
    ];
  const below = Math.max(from.y, to.y) + NODE_HEIGHT + 90;
  const fromX = from.x + NODE_WIDTH / 2;
  const toX = to.x + NODE_WIDTH / 2;
  return [
    [fromX, from.y + NODE_HEIGHT],
    [fromX, below],
    [toX, below],
    [toX, to.y + NODE_HEIGHT],
  ];
}

/** The point a share `s` (0 to 1) of the way along a curve. */
export function along([p0, p1, p2, p3]: [Point, Point, Point, Point], s: number): Point {
  const r = 1 - s;
  const at = (i: 0 | 1) => r * r * r * p0[i] + 3 * r * r * s * p1[i] + 3 * r * s * s * p2[i] + s * s * s * p3[i];
  return [at(0), at(1)];
}

/** Where an arrow's label stands: midway along a forward arrow, at the bow of one within a column, under one back. */
function labelAt(from: MapNode, to: MapNode): Point {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + NODE_HEIGHT / 2;
  const sameColumn = from.column === to.column;
  const forward = x2 > x1;
  const below = Math.max(from.y, to.y) + NODE_HEIGHT + 90;
  return [
    forward ? (x1 + x2) / 2 : sameColumn ? x1 + 70 : (from.x + to.x) / 2 + NODE_WIDTH / 2,
    forward || sameColumn ? (y1 + y2) / 2 - 6 : below - 18,
  ];
}

/** An arrow's curve as a path, and its class: all the overview needs of it. */
export function edgeLine(edge: MapEdge, from: MapNode, to: MapNode): Pick<EdgeShape, 'd' | 'className'> {
  const [p0, p1, p2, p3] = curveOf(from, to);
  return {
    d: `M${p0.join(',')} C${p1.join(',')} ${p2.join(',')} ${p3.join(',')}`,
    className: `map-edge ${edge.level ?? 'continue'}${edge.conditional ? ' conditional' : ''}`,
  };
}

export function edgeShape(edge: MapEdge, from: MapNode, to: MapNode): EdgeShape {
  const [x, y] = labelAt(from, to);
  return {
    from: edge.from,
    to: edge.to,
    ...edgeLine(edge, from, to),
    text: edge.text ? clip(edge.text, 26) : null,
    x,
    y,
  };
}

/** The room an arrow takes: its curve's control points hold it; its label, centred on its point, may reach past. */
export function edgeBox(edge: MapEdge, from: MapNode, to: MapNode): Box {
  const [[ax, ay], [bx, by], [cx, cy], [dx, dy]] = curveOf(from, to);
  const box = {
    x0: Math.min(ax, bx, cx, dx),
    y0: Math.min(ay, by, cy, dy),
    x1: Math.max(ax, bx, cx, dx),
    y1: Math.max(ay, by, cy, dy),
  };
  if (!edge.text) return box;
  const [x, y] = labelAt(from, to);
  return {
    x0: Math.min(box.x0, x - LABEL_REACH),
    y0: Math.min(box.y0, y - LABEL_REACH),
    x1: Math.max(box.x1, x + LABEL_REACH),
    y1: Math.max(box.y1, y + LABEL_REACH),
  };
}

export function drawEdge(shape: EdgeShape): SVGGElement {
  return svg(
    'g',
    { class: shape.className, 'data-from': shape.from, 'data-to': shape.to },
    svg('path', { d: shape.d }),
    shape.text ? svg('text', { x: shape.x, y: shape.y, 'text-anchor': 'middle' }, shape.text) : null,
  );
}

export interface NodeShape {
  id: string;
  className: string;
  x: number;
  y: number;
  title: string;
  label: string;
}

export const nodeBox = (node: MapNode): Box => ({
  x0: node.x,
  y0: node.y,
  x1: node.x + NODE_WIDTH,
  y1: node.y + NODE_HEIGHT,
});

export function nodeShape(node: MapNode): NodeShape {
  const kind = node.ending ? `ending ${node.ending}` : node.breakdown ? 'breakdown' : 'beat';
  return {
    id: node.id,
    className: `map-node ${kind}${node.reached ? '' : ' unreached'}`,
    x: node.x,
    y: node.y,
    title: clip(node.title, 24),
    label: clip(node.start ? `▶ ${node.id}` : node.id, 26),
  };
}

export function drawNode(shape: NodeShape): SVGGElement {
  return svg(
    'g',
    { class: shape.className, 'data-beat': shape.id, transform: `translate(${shape.x},${shape.y})` },
    svg('rect', { width: NODE_WIDTH, height: NODE_HEIGHT, rx: 12 }),
    svg('text', { x: 12, y: 24, class: 'map-title', lang: storyLanguageOf(shape.title) }, shape.title),
    // A beat's id, in no language.
    svg('text', { x: 12, y: 46, class: 'map-id', lang: 'zxx' }, shape.label),
  );
}
