// Which beats the studio's map draws one by one (src/ui/studio/mapWindow.ts): those near the part on show, or none,
// for an overview, once more than anyone could read are in it. Held against a brute-force look at every beat of a
// generated story's map.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { storyMap } from '../../src/play/studio/storyMap.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/play/studio/storyMap.ts';
import { around, DETAIL_MOST, inside, movedOut, overlaps, type Box } from '../../src/ui/studio/mapWindow.ts';
import { Scenario } from '../../src/engine/schema.ts';
import { generateScenarioYaml } from '../../tools/generateScenario.ts';

const map = storyMap(Scenario.parse(parse(generateScenarioYaml({ beats: 2000 }))));
const boxes = map.nodes.map((n) => ({ box: { x0: n.x, y0: n.y, x1: n.x + NODE_WIDTH, y1: n.y + NODE_HEIGHT } }));
const whole: Box = { x0: 0, y0: 0, x1: map.width, y1: map.height };
const window = (x: number, y: number, width: number, height: number): Box => ({
  x0: x,
  y0: y,
  x1: x + width,
  y1: y + height,
});

describe("the studio map's window", () => {
  it('finds exactly the beats whose boxes meet the area, by a look at every one', () => {
    const areas = [window(0, 0, 1200, 700), window(map.width / 2, map.height / 3, 900, 500), around(whole)];
    for (const area of areas) {
      const found = inside(boxes, area)!;
      expect(found).toEqual(boxes.flatMap((b, i) => (overlaps(b.box, area) ? [i] : [])));
    }
    expect(inside(boxes, window(-5000, -5000, 100, 100))).toEqual([]);
  });
  it('gives up past the most to draw one by one: the whole of a 2,000-beat map is an overview, a screenful is not', () => {
    expect(map.nodes.length).toBe(2000);
    expect(inside(boxes, around(whole), DETAIL_MOST)).toBeNull();
    const screenful = inside(boxes, around(window(0, 0, 1280, 720)), DETAIL_MOST);
    expect(screenful?.length).toBeGreaterThan(0);
    expect(screenful!.length).toBeLessThanOrEqual(DETAIL_MOST);
  });
  it('is drawn again when it leaves the area last drawn or zooms by half or twice, not for a small pan', () => {
    const shown = window(1000, 1000, 800, 600);
    const drawn = { window: shown, area: around(shown) };
    expect(movedOut(shown, null)).toBe(true);
    expect(movedOut(window(1100, 1080, 800, 600), drawn)).toBe(false);
    expect(movedOut(window(1500, 1000, 800, 600), drawn)).toBe(true);
    expect(movedOut(window(1100, 1100, 500, 400), drawn)).toBe(true);
    expect(movedOut(window(900, 900, 1200, 900), drawn)).toBe(true);
  });
});
