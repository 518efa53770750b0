// The studio's map zoomed out past reading (more beats in the window than mapWindow.ts's DETAIL_MOST): every beat's
// box and every arrow, without words, drawn as one shape per kind (a delivered ending, a breakdown, a harmful way…)
// so the page lays out a dozen elements, not tens of thousands. Drawn when first shown after the map changes.
import { NODE_HEIGHT, NODE_WIDTH } from '../../play/studio/storyMap.ts';
import { svg } from '../dom.ts';
import type { EdgeShape, NodeShape } from './mapShapes.ts';

type OverviewNode = Pick<NodeShape, 'className' | 'x' | 'y'>;
type OverviewEdge = Pick<EdgeShape, 'className' | 'd'>;

export interface MapOverview {
  /** The map's shapes now, asked for the next time the overview is shown. */
  draw(shapes: () => { nodes: readonly OverviewNode[]; edges: readonly OverviewEdge[] }): void;
  /** Shows the overview, or hides it. */
  show(on: boolean): void;
}

export function mapOverview(group: SVGGElement): MapOverview {
  let shapes: Parameters<MapOverview['draw']>[0] | null = null;
  let stale = false;
  return {
    draw(next) {
      shapes = next;
      stale = true;
    },
    show(on) {
      if (!on) {
        group.setAttribute('display', 'none');
        return;
      }
      group.removeAttribute('display');
      if (!stale || !shapes) return;
      stale = false;
      const { nodes, edges } = shapes();
      group.replaceChildren(...byKind(edges, edgePart), ...byKind(nodes, nodePart));
    },
  };
}

const edgePart = (shape: OverviewEdge) => shape.d;
const nodePart = (shape: OverviewNode) => `M${shape.x},${shape.y}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`;

/** One element per class of shape (a kind of beat or arrow), its parts one path. */
function byKind<S extends { className: string }>(shapes: readonly S[], part: (shape: S) => string): SVGGElement[] {
  const parts = new Map<string, string[]>();
  for (const shape of shapes) {
    const list = parts.get(shape.className);
    if (list) list.push(part(shape));
    else parts.set(shape.className, [part(shape)]);
  }
  return [...parts].map(([className, d]) => svg('g', { class: className }, svg('path', { d: d.join(' ') })));
}
