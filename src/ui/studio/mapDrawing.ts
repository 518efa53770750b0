// The map's drawing: each beat a box, each way on an arrow. Each element is kept while it would be drawn the same,
// so a check after an edit changes only the beats and arrows the edit changed: drawn anew, a 500-beat story's
// 1,800 elements took the page about a second to lay out again (`npm run bench -- --only studio`).
import type { MapEdge, MapNode, StoryMap } from '../../play/studio/storyMap.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../play/studio/storyMap.ts';
import { svg } from '../dom.ts';
import { t } from '../../i18n/intl.ts';

/**
 * A grip's radius on the screen, in pixels, whatever the zoom; and the reach of a press on it (a fingertip's). Each is
 * at most half a beat's height in the map's own units: zoomed far out (a phone), a fingertip's reach would cover the
 * beats around it.
 */
const GRIP_RADIUS = 10;
const GRIP_REACH = 22;
const GRIP_MOST = NODE_HEIGHT / 2;

/** A text cut to `most` characters, an ellipsis showing the cut. */
export const clip = (text: string, most: number) => (text.length > most ? `${text.slice(0, most - 1)}…` : text);

/** Elements drawn, by what they show: the same drawing twice (two choices with the same words) is two elements. */
type Kept = Map<string, SVGGElement[]>;

export interface MapDrawing {
  /** Draws this map, keeping what is drawn the same; answers each beat's box, by id. */
  draw(map: StoryMap | null): Map<string, SVGGElement>;
  /** Marks one play's way through the map (its beats in order), the rest faded; null shows every way alike. */
  mark(path: readonly string[] | null): void;
  /**
   * Puts a grip near the end of each arrow from this beat (none for null), to drag to another beat: each carries
   * its edge's index in the map drawn (`data-edge`) and where the arrow starts (`data-x`, `data-y`).
   */
  grips(beat: string | null): void;
  /** The map's zoom, screen pixels to a unit of the map: the grips keep their size on the screen. */
  scaled(scale: number): void;
}

export function mapDrawing(layer: SVGGElement): MapDrawing {
  const edgeGroup = svg('g', { class: 'map-edges' });
  const nodeGroup = svg('g', { class: 'map-nodes' });
  const gripGroup = svg('g', { class: 'map-grips' });
  // Under the beats: a press on a beat is always the beat's, whatever grip reaches near it.
  layer.replaceChildren(edgeGroup, gripGroup, nodeGroup);
  let edges: Kept = new Map();
  let nodes: Kept = new Map();
  let drawn: StoryMap | null = null;
  let at = new Map<string, MapNode>();
  let unit = 1;
  const sized = (circle: SVGCircleElement) =>
    circle.setAttribute(
      'r',
      String(Math.min(GRIP_MOST, (circle.classList.contains('reach') ? GRIP_REACH : GRIP_RADIUS) / unit)),
    );
  return {
    draw(map) {
      drawn = map;
      at = new Map(map?.nodes.map((n) => [n.id, n]) ?? []);
      const arrows = (map?.edges ?? []).map((edge) => edgeShape(edge, at.get(edge.from)!, at.get(edge.to)!));
      const drawnEdges = keep(edgeGroup, edges, arrows, drawEdge);
      edges = drawnEdges.kept;
      const boxes = (map?.nodes ?? []).map(nodeShape);
      const drawnNodes = keep(nodeGroup, nodes, boxes, drawNode);
      nodes = drawnNodes.kept;
      return new Map(boxes.map((box, i) => [box.id, drawnNodes.elements[i]!]));
    },
    grips(beat) {
      // Two ways from one beat to the same beat share a curve: their grips are spaced along it.
      const twins = new Map<string, number>();
      const grips = (drawn?.edges ?? []).flatMap((edge, index) => {
        if (edge.from !== beat) return [];
        const twin = twins.get(edge.to) ?? 0;
        twins.set(edge.to, twin + 1);
        const curve = curveOf(at.get(edge.from)!, at.get(edge.to)!);
        const [x, y] = along(curve, Math.max(0.2, 0.9 - 0.25 * twin));
        return [
          svg(
            'g',
            {
              class: `map-grip ${edge.level ?? 'continue'}`,
              'data-edge': index,
              'data-x': curve[0][0],
              'data-y': curve[0][1],
            },
            svg('circle', { cx: x, cy: y, class: 'reach' }),
            svg('circle', { cx: x, cy: y }),
            svg('title', {}, t('studio.map.grip')),
          ),
        ];
      });
      gripGroup.replaceChildren(...grips);
      gripGroup.querySelectorAll('circle').forEach(sized);
    },
    scaled(scale) {
      unit = scale;
      gripGroup.querySelectorAll('circle').forEach(sized);
    },
    mark(path) {
      const beats = new Set(path ?? []);
      const steps = new Set((path ?? []).slice(1).map((to, i) => `${path![i]}\u0000${to}`));
      layer.classList.toggle('showing-path', path !== null);
      for (const element of nodeGroup.children)
        element.classList.toggle('on-path', beats.has((element as SVGGElement).dataset['beat'] ?? ''));
      for (const element of edgeGroup.children) {
        const { from = '', to = '' } = (element as SVGGElement).dataset;
        element.classList.toggle('on-path', steps.has(`${from}\u0000${to}`));
      }
    },
  };
}

/** Each shape's element: the one kept for the same shape, or a new one; elements no shape wants are taken out. */
function keep<S>(
  group: SVGGElement,
  kept: Kept,
  shapes: readonly S[],
  make: (shape: S) => SVGGElement,
): { kept: Kept; elements: SVGGElement[] } {
  const next: Kept = new Map();
  const elements = shapes.map((shape) => {
    const key = JSON.stringify(shape);
    let element = kept.get(key)?.pop();
    if (!element) group.appendChild((element = make(shape)));
    next.set(key, [...(next.get(key) ?? []), element]);
    return element;
  });
  for (const left of kept.values()) for (const element of left) element.remove();
  return { kept: next, elements };
}

interface EdgeShape {
  from: string;
  to: string;
  d: string;
  className: string;
  text: string | null;
  x: number;
  y: number;
}

type Point = [number, number];

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
function along([p0, p1, p2, p3]: [Point, Point, Point, Point], s: number): Point {
  const r = 1 - s;
  const at = (i: 0 | 1) => r * r * r * p0[i] + 3 * r * r * s * p1[i] + 3 * r * s * s * p2[i] + s * s * s * p3[i];
  return [at(0), at(1)];
}

function edgeShape(edge: MapEdge, from: MapNode, to: MapNode): EdgeShape {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + NODE_HEIGHT / 2;
  const sameColumn = from.column === to.column;
  const forward = x2 > x1;
  const bow = x1 + 70;
  const below = Math.max(from.y, to.y) + NODE_HEIGHT + 90;
  const [p0, p1, p2, p3] = curveOf(from, to);
  const d = `M${p0.join(',')} C${p1.join(',')} ${p2.join(',')} ${p3.join(',')}`;
  return {
    from: edge.from,
    to: edge.to,
    d,
    className: `map-edge ${edge.level ?? 'continue'}${edge.conditional ? ' conditional' : ''}`,
    text: edge.text ? clip(edge.text, 26) : null,
    x: forward ? (x1 + x2) / 2 : sameColumn ? bow : (from.x + to.x) / 2 + NODE_WIDTH / 2,
    y: forward || sameColumn ? (y1 + y2) / 2 - 6 : below - 18,
  };
}

function drawEdge(shape: EdgeShape): SVGGElement {
  return svg(
    'g',
    { class: shape.className, 'data-from': shape.from, 'data-to': shape.to },
    svg('path', { d: shape.d }),
    shape.text ? svg('text', { x: shape.x, y: shape.y, 'text-anchor': 'middle' }, shape.text) : null,
  );
}

interface NodeShape {
  id: string;
  className: string;
  x: number;
  y: number;
  title: string;
  label: string;
}

function nodeShape(node: MapNode): NodeShape {
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

function drawNode(shape: NodeShape): SVGGElement {
  return svg(
    'g',
    { class: shape.className, 'data-beat': shape.id, transform: `translate(${shape.x},${shape.y})` },
    svg('rect', { width: NODE_WIDTH, height: NODE_HEIGHT, rx: 12 }),
    svg('text', { x: 12, y: 24, class: 'map-title' }, shape.title),
    svg('text', { x: 12, y: 46, class: 'map-id' }, shape.label),
  );
}
