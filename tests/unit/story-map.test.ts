// The story studio's map (src/play/studio/storyMap.ts): every beat a box and every way on an arrow, in columns by
// distance from the start, boxes never on top of one another, a beat no play reaches set apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/engine/index.ts';
import { edgeField, NODE_HEIGHT, NODE_WIDTH, storyEdges, storyMap } from '../../src/play/studio/storyMap.ts';
import { parse } from 'yaml';
import { generateScenario } from '../../tools/generateScenario.ts';
import { projectRoot, readArtManifest, readLibrary, listScenarioFiles } from '../../tools/projectFiles.ts';

const { catalogue } = readLibrary(listScenarioFiles().slice(0, 1));
const bakeryText = readFileSync(join(projectRoot, 'tests/fixtures/bakery-mini.yaml'), 'utf8');

function load(text: string): Scenario {
  const loaded = loadScenario('story.yaml', text, { catalogue: catalogue!, art: readArtManifest() });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.scenario;
}

function expectNoOverlap(map: ReturnType<typeof storyMap>): void {
  const spots = new Set(map.nodes.map((n) => `${n.x},${n.y}`));
  expect(spots.size).toBe(map.nodes.length);
  for (const n of map.nodes) {
    expect(n.x + NODE_WIDTH).toBeLessThanOrEqual(map.width);
    expect(n.y + NODE_HEIGHT).toBeLessThanOrEqual(map.height);
  }
}

describe('the story map', () => {
  it('names, for every arrow of every shipped story, the field an arrow dragged elsewhere changes', () => {
    let branched = 0;
    for (const file of listScenarioFiles()) {
      const text = readFileSync(file, 'utf8');
      const data: unknown = parse(text);
      for (const edge of storyEdges(load(text))) {
        const named = edgeField(edge).reduce<unknown>(
          (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
          data,
        );
        expect([edge.from, named]).toEqual([edge.from, edge.to]);
        if (edge.branch !== null) branched++;
      }
    }
    // Some of the game's stories branch: the branches' fields are among those named.
    expect(branched).toBeGreaterThan(4);
  });

  it('draws every beat and every way on, in columns by distance from the start', () => {
    const scenario = load(bakeryText);
    const map = storyMap(scenario);
    expect(map.nodes.map((n) => n.id).sort()).toEqual(Object.keys(scenario.beats).sort());
    // One arrow per choice, timeout and Continue, and per branch of each.
    const ways = Object.values(scenario.beats).reduce(
      (n, beat) =>
        n +
        [
          ...(beat.choices ?? []).map((c) => c.next),
          ...(beat.patience ? [beat.patience.next] : []),
          ...(beat.next ? [beat.next] : []),
        ]
          .map((next) => (typeof next === 'string' ? 1 : next.length))
          .reduce((a, b) => a + b, 0),
      0,
    );
    expect(map.edges).toHaveLength(ways);
    const node = new Map(map.nodes.map((n) => [n.id, n]));
    expect(node.get(scenario.start)).toMatchObject({ start: true, column: 0, reached: true });
    // Breadth first: no arrow skips a column on its way forward.
    for (const edge of map.edges)
      expect(node.get(edge.to)!.column).toBeLessThanOrEqual(node.get(edge.from)!.column + 1);
    expect(map.nodes.filter((n) => n.ending).map((n) => n.ending)).toEqual(
      Object.values(scenario.beats).flatMap((b) => (b.ending ? [b.ending.core] : [])),
    );
    expect(map.edges.filter((e) => e.kind === 'choice').every((e) => e.level !== null && e.text !== '')).toBe(true);
    expectNoOverlap(map);
    // The same story, the same map: an edit elsewhere does not move what it did not change.
    expect(storyMap(scenario)).toEqual(map);
  });

  it('sets a beat no play reaches apart, in a last column of its own', () => {
    const scenario = load(bakeryText);
    const lonely = { ...scenario, beats: { ...scenario.beats, lonely: { ...scenario.beats[scenario.start]! } } };
    const map = storyMap(lonely);
    const last = Math.max(...map.nodes.map((n) => n.column));
    expect(map.nodes.find((n) => n.id === 'lonely')).toMatchObject({ reached: false, column: last });
    expect(map.nodes.filter((n) => n.column === last).every((n) => !n.reached)).toBe(true);
    expectNoOverlap(map);
  });

  it('maps a 2,000-beat story, every arrow between two of its boxes', () => {
    const scenario = generateScenario({ beats: 2000, seed: 7 }) as unknown as Scenario;
    const map = storyMap(scenario);
    expect(map.nodes).toHaveLength(2000);
    expect(map.edges.length).toBe(storyEdges(scenario).length);
    expect(map.nodes.every((n) => n.reached)).toBe(true);
    expectNoOverlap(map);
  });
});
