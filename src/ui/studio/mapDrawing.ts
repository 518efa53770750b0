// The map's drawing: each beat a box, each way on an arrow. Only what is in and near the window on show is drawn as
// elements (mapWindow.ts), and each element is kept while it would be drawn the same, so a check after an edit
// changes only the beats and arrows the edit changed: drawn anew, a 500-beat story's 1,800 elements took the page
// about a second to lay out again (`npm run bench -- --only studio`). Zoomed out past reading, the map is an overview
// (mapOverview.ts), with the beat in focus, a beat being pulled onto and a play's way still drawn in full.
import type { MapNode, StoryMap } from '../../play/studio/storyMap.ts';
import { NODE_HEIGHT } from '../../play/studio/storyMap.ts';
import { svg } from '../dom.ts';
import { t } from '../../i18n/intl.ts';
import { mapOverview } from './mapOverview.ts';
import {
  along,
  curveOf,
  drawEdge,
  drawNode,
  edgeBox,
  edgeLine,
  edgeShape,
  nodeBox,
  nodeShape,
  type EdgeShape,
  type NodeShape,
} from './mapShapes.ts';
import { around, DETAIL_MOST, inside, movedOut, type Box } from './mapWindow.ts';

/**
 * A grip's radius on the screen, in pixels, whatever the zoom; and the reach of a press on it (a fingertip's). Each is
 * at most half a beat's height in the map's own units: zoomed far out (a phone), a fingertip's reach would cover the
 * beats around it.
 */
const GRIP_RADIUS = 10;
const GRIP_REACH = 22;
const GRIP_MOST = NODE_HEIGHT / 2;

/** Elements drawn, by what they show: the same drawing twice (two choices with the same words) is two elements. */
type Kept = Map<string, SVGGElement[]>;

export interface MapDrawing {
  /** Draws this map, keeping what is drawn the same. */
  draw(map: StoryMap | null): void;
  /** The part of the map on show, in its own units; null while it has no size. What is drawn follows it. */
  window(box: Box | null): void;
  /** Marks the beat in focus, with a grip near the end of each arrow from it (none for null). */
  select(beat: string | null): void;
  /** Marks the beat an arrow being pulled would now lead to (none for null). */
  target(beat: string | null): void;
  /** Marks one play's way through the map (its beats in order), the rest faded; null shows every way alike. */
  mark(path: readonly string[] | null): void;
  /** The map's zoom, screen pixels to a unit of the map: the grips keep their size on the screen. */
  scaled(scale: number): void;
  /** The beat whose box is at this point of the map, if any. */
  beatAt(x: number, y: number): string | null;
}

/** What a shape shows, written out: its element is kept while this stays the same. */
type Keyed<S> = S & { key: string };

export function mapDrawing(layer: SVGGElement): MapDrawing {
  const overviewGroup = svg('g', { class: 'map-overview' });
  const edgeGroup = svg('g', { class: 'map-edges' });
  const nodeGroup = svg('g', { class: 'map-nodes' });
  const gripGroup = svg('g', { class: 'map-grips' });
  // Under the beats: a press on a beat is always the beat's, whatever grip reaches near it.
  layer.replaceChildren(overviewGroup, edgeGroup, gripGroup, nodeGroup);
  const overview = mapOverview(overviewGroup);
  let edgeElements: Kept = new Map();
  let nodeElements: Kept = new Map();
  let drawn: StoryMap | null = null;
  let at = new Map<string, MapNode>();
  /**
   * Where each beat and arrow is, worked out for the whole map; their shapes only as they are drawn. The arrows' only
   * once a window is drawn in detail: a big story opens zoomed out to its overview, where they are not needed, and
   * working out its 30,000 held its first drawing up by a third of a second.
   */
  let nodes: { box: Box }[] = [];
  let edges: { box: Box }[] | null = null;
  const edgeBoxes = () =>
    (edges ??= (drawn?.edges ?? []).map((edge) => ({ box: edgeBox(edge, at.get(edge.from)!, at.get(edge.to)!) })));
  let nodeShapes: (Keyed<NodeShape> | undefined)[] = [];
  let edgeShapes: (Keyed<EdgeShape> | undefined)[] = [];
  const nodeShapeAt = (i: number) => (nodeShapes[i] ??= keyed(nodeShape(drawn!.nodes[i]!)));
  const edgeShapeAt = (i: number) => {
    const edge = drawn!.edges[i]!;
    return (edgeShapes[i] ??= keyed(edgeShape(edge, at.get(edge.from)!, at.get(edge.to)!)));
  };
  /** The part of the map on show, in its units. */
  let onShow: Box | null = null;
  let drawnFor: { window: Box; area: Box } | null = null;
  let selected: string | null = null;
  let target: string | null = null;
  let path: { beats: Set<string>; steps: Set<string> } | null = null;
  let unit = 1;
  const sized = (circle: SVGCircleElement) =>
    circle.setAttribute(
      'r',
      String(Math.min(GRIP_MOST, (circle.classList.contains('reach') ? GRIP_REACH : GRIP_RADIUS) / unit)),
    );

  /** The beats and arrows drawn in full wherever the window is: in focus, pulled onto, on the way marked. */
  const featured = () => ({
    nodes: (drawn?.nodes ?? []).flatMap(({ id }, i) =>
      id === selected || id === target || path?.beats.has(id) ? [i] : [],
    ),
    edges: path ? (drawn?.edges ?? []).flatMap((e, i) => (path!.steps.has(step(e.from, e.to)) ? [i] : [])) : [],
  });
  const render = () => {
    const area = onShow && around(onShow);
    const near = area ? inside(nodes, area, DETAIL_MOST) : [];
    const whole = near === null;
    const also = featured();
    const nodeIndexes = union(near ?? [], also.nodes);
    const edgeIndexes = union(area && !whole ? (inside(edgeBoxes(), area) ?? []) : [], also.edges);
    nodeElements = keep(nodeGroup, nodeElements, nodeIndexes.map(nodeShapeAt), drawNode);
    edgeElements = keep(edgeGroup, edgeElements, edgeIndexes.map(edgeShapeAt), drawEdge);
    overview.show(whole);
    for (const element of nodeGroup.children as HTMLCollectionOf<SVGGElement>) {
      const beat = element.dataset['beat'] ?? '';
      element.classList.toggle('selected', beat === selected);
      element.classList.toggle('drop-target', beat === target);
      element.classList.toggle('on-path', path?.beats.has(beat) ?? false);
    }
    for (const element of edgeGroup.children as HTMLCollectionOf<SVGGElement>) {
      const { from = '', to = '' } = element.dataset;
      element.classList.toggle('on-path', path?.steps.has(step(from, to)) ?? false);
    }
    drawnFor = onShow && area && { window: onShow, area };
  };
  const grips = () => {
    // Two ways from one beat to the same beat share a curve: their grips are spaced along it.
    const twins = new Map<string, number>();
    const shown = (drawn?.edges ?? []).flatMap((edge, index) => {
      if (edge.from !== selected) return [];
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
    gripGroup.replaceChildren(...shown);
    gripGroup.querySelectorAll('circle').forEach(sized);
  };
  return {
    draw(map) {
      drawn = map;
      at = new Map(map?.nodes.map((n) => [n.id, n]) ?? []);
      nodes = (map?.nodes ?? []).map((node) => ({ box: nodeBox(node) }));
      edges = null;
      nodeShapes = [];
      edgeShapes = [];
      // Its own shapes, not kept: the overview draws each once, where most would never be drawn in detail.
      overview.draw(() => ({
        nodes: map?.nodes.map(nodeShape) ?? [],
        edges: map?.edges.map((edge) => edgeLine(edge, at.get(edge.from)!, at.get(edge.to)!)) ?? [],
      }));
      render();
      grips();
    },
    window(box) {
      onShow = box;
      if (box && movedOut(box, drawnFor)) render();
    },
    select(beat) {
      if (beat === selected) return;
      selected = beat;
      render();
      grips();
    },
    target(beat) {
      if (beat === target) return;
      target = beat;
      render();
    },
    scaled(scale) {
      unit = scale;
      gripGroup.querySelectorAll('circle').forEach(sized);
    },
    mark(beats) {
      layer.classList.toggle('showing-path', beats !== null);
      path = beats && {
        beats: new Set(beats),
        steps: new Set(beats.slice(1).map((to, i) => step(beats[i]!, to))),
      };
      render();
    },
    beatAt(x, y) {
      // The last drawn is on top, as the elements are.
      for (let i = nodes.length - 1; i >= 0; i--) {
        const { box } = nodes[i]!;
        if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) return drawn!.nodes[i]!.id;
      }
      return null;
    },
  };
}

const step = (from: string, to: string) => `${from}\u0000${to}`;

function union(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function keyed<S extends object>(shape: S): Keyed<S> {
  return { ...shape, key: JSON.stringify(shape) };
}

/** Each shape's element: the one kept for the same shape, or a new one; elements no shape wants are taken out. */
function keep<S extends { key: string }>(
  group: SVGGElement,
  kept: Kept,
  shapes: readonly S[],
  make: (shape: S) => SVGGElement,
): Kept {
  const next: Kept = new Map();
  for (const shape of shapes) {
    let element = kept.get(shape.key)?.pop();
    if (!element) group.appendChild((element = make(shape)));
    next.set(shape.key, [...(next.get(shape.key) ?? []), element]);
  }
  for (const left of kept.values()) for (const element of left) element.remove();
  return next;
}
