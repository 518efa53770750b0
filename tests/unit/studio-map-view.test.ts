// Where the studio's map looks (src/ui/studio/mapView.ts): fitting puts the whole map in the middle, a zoom holds
// its anchor still on the screen, the buttons' anchor is the beat in focus while it is in view, and following a
// beat moves the view only when its box is not all in view.
import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, type MapNode } from '../../src/play/studio/storyMap.ts';
import { centredOn, fitView, zoomAnchor, zoomView, type View } from '../../src/ui/studio/mapView.ts';

const seen = { width: 800, height: 400 };
const node = (x: number, y: number) => ({ id: 'b', x, y }) as MapNode;
/** Where a map point is on the screen under a view. */
const onScreen = (view: View, x: number, y: number): [number, number] => [
  (x - view.x) * view.scale,
  (y - view.y) * view.scale,
];

describe("the studio map's view", () => {
  it('fits the whole map in the middle of the viewport, never blowing a small one up past 1.2', () => {
    const big = fitView({ width: 4000, height: 1000 }, seen);
    const [left, top] = onScreen(big, 0, 0);
    const [right, bottom] = onScreen(big, 4000, 1000);
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(seen.width);
    expect(left).toBeCloseTo(seen.width - right);
    expect(top).toBeCloseTo(seen.height - bottom);
    expect(fitView({ width: 100, height: 50 }, seen).scale).toBe(1.2);
  });

  it('fits the map below the buttons floating over its top, in the middle of the rest', () => {
    const under = 60;
    const fitted = fitView({ width: 1000, height: 800 }, seen, under);
    const [, top] = onScreen(fitted, 0, 0);
    const [, bottom] = onScreen(fitted, 0, 800);
    expect(top).toBeGreaterThan(under);
    expect(bottom).toBeLessThan(seen.height);
    expect(top - under).toBeCloseTo(seen.height - bottom);
    expect(fitted.scale).toBeLessThan(fitView({ width: 1000, height: 800 }, seen).scale);
  });

  it('zooms about its anchor, which stays where it was on the screen, within the scale allowed', () => {
    const view = { x: 100, y: 50, scale: 0.5 };
    const at = [0.2, 0.7] as const;
    const point = [view.x + (at[0] * seen.width) / view.scale, view.y + (at[1] * seen.height) / view.scale] as const;
    const zoomed = zoomView(view, seen, 1.25, ...at);
    expect(zoomed.scale).toBeCloseTo(0.625);
    const [sx, sy] = onScreen(zoomed, ...point);
    expect(sx).toBeCloseTo(at[0] * seen.width);
    expect(sy).toBeCloseTo(at[1] * seen.height);
    expect(zoomView({ ...view, scale: 3.9 }, seen, 2).scale).toBe(4);
    expect(zoomView({ ...view, scale: 0.021 }, seen, 0.5).scale).toBe(0.02);
  });

  it('anchors a zoom by the buttons on the beat in focus while it is in view, else on the middle', () => {
    const view = { x: 0, y: 0, scale: 1 };
    const beat = node(100, 200);
    expect(zoomAnchor(view, seen, beat)).toEqual([
      (100 + NODE_WIDTH / 2) / seen.width,
      (200 + NODE_HEIGHT / 2) / seen.height,
    ]);
    expect(zoomAnchor(view, seen, node(5000, 0))).toEqual([0.5, 0.5]);
    expect(zoomAnchor(view, seen, undefined)).toEqual([0.5, 0.5]);
    expect(zoomAnchor(view, { width: 0, height: 0 }, beat)).toEqual([0.5, 0.5]);
  });

  it('moves to a beat only when its box is not all in view, then puts it in the middle', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(centredOn(view, seen, node(10, 10))).toBeNull();
    const moved = centredOn(view, seen, node(2000, 1000))!;
    const [sx, sy] = onScreen(moved, 2000 + NODE_WIDTH / 2, 1000 + NODE_HEIGHT / 2);
    expect(sx).toBeCloseTo(seen.width / 2);
    expect(sy).toBeCloseTo(seen.height / 2);
    expect(moved.scale).toBe(1);
  });
});
