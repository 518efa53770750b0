// Dragging an arrow to another beat on the studio's map: the grips near the ends of the arrows from the beat in
// focus (mapDrawing.ts) are pulled, by mouse, pen or finger, onto the beat the way should lead to; let go there, the
// way (a choice, the timeout, Continue, or one of its branches) leads to it, as one edit of the text. Let go
// elsewhere, or Escape, and nothing changes. From the keyboard the same change is the way's "Leads to" list in the
// form below the map, which the map leaves to the list of beats for a screen reader too.
import type { MapEdge } from '../../play/studio/storyMap.ts';
import { svg } from '../dom.ts';

export interface ArrowDragOptions {
  viewport: HTMLElement;
  /** Where the line being pulled is drawn: the map's layer, in the map's own units. */
  layer: SVGGElement;
  /** A point on the page in the map's units; null when the map has no view yet. */
  toMap(clientX: number, clientY: number): [number, number] | null;
  /** The beat under a point on the page, if any. */
  beatAt(clientX: number, clientY: number): string | null;
  /** Marks the beat the way would now lead to (none for null). */
  target(beat: string | null): void;
  /** The edge of the map drawn at this index. */
  edge(index: number): MapEdge | undefined;
  /** Makes the edge's way lead to the beat. */
  lead(edge: MapEdge, to: string): void;
}

export function arrowDrag(options: ArrowDragOptions): void {
  const { viewport, layer } = options;
  let pulling: { edge: MapEdge; line: SVGLineElement; over: string | null; pointer: number } | null = null;
  const hover = (over: string | null) => {
    if (!pulling || pulling.over === over) return;
    options.target(over);
    pulling.over = over;
  };
  /** A pull given up with Escape: the press's release is still to come, and is not a press on the beat under it. */
  let dropped = false;
  // On the document, while pulling: the press on the grip may have left the focus where it was.
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopImmediatePropagation();
    // The pointer stays captured: its release, wherever it comes, is this pull's.
    stop(false);
    dropped = true;
  };
  const stop = (release = true) => {
    if (!pulling) return;
    document.removeEventListener('keydown', escape, { capture: true });
    hover(null);
    pulling.line.remove();
    if (release && viewport.hasPointerCapture(pulling.pointer)) viewport.releasePointerCapture(pulling.pointer);
    pulling = null;
    viewport.classList.remove('pulling');
  };
  // In the capture phase, on the viewport: a press on a grip never reaches the map's own pan and select.
  viewport.addEventListener(
    'pointerdown',
    (event) => {
      const grip = (event.target as Element | null)?.closest<SVGGElement>('.map-grip');
      const edge = grip ? options.edge(Number(grip.dataset['edge'])) : undefined;
      const at = options.toMap(event.clientX, event.clientY);
      if (!grip || !edge || !at) return;
      event.stopPropagation();
      event.preventDefault();
      const [x, y] = [grip.dataset['x'], grip.dataset['y']].map(Number) as [number, number];
      const line = svg('line', { class: 'map-pull', x1: x, y1: y, x2: at[0], y2: at[1] });
      layer.appendChild(line);
      pulling = { edge, line, over: null, pointer: event.pointerId };
      viewport.classList.add('pulling');
      viewport.setPointerCapture(event.pointerId);
      document.addEventListener('keydown', escape, { capture: true });
    },
    { capture: true },
  );
  viewport.addEventListener(
    'pointermove',
    (event) => {
      if (!pulling) return;
      event.stopImmediatePropagation();
      const at = options.toMap(event.clientX, event.clientY);
      if (at) {
        pulling.line.setAttribute('x2', String(at[0]));
        pulling.line.setAttribute('y2', String(at[1]));
      }
      hover(options.beatAt(event.clientX, event.clientY));
    },
    { capture: true },
  );
  viewport.addEventListener(
    'pointerup',
    (event) => {
      if (dropped) {
        dropped = false;
        event.stopImmediatePropagation();
      }
      if (!pulling) return;
      event.stopImmediatePropagation();
      const { edge } = pulling;
      const to = options.beatAt(event.clientX, event.clientY);
      stop();
      if (to && to !== edge.to) options.lead(edge, to);
    },
    { capture: true },
  );
  viewport.addEventListener(
    'pointercancel',
    () => {
      dropped = false;
      stop();
    },
    { capture: true },
  );
}
