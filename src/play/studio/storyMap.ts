// The story studio's map of a story: every beat a node, every way on from it (a choice, the customer's patience
// running out, Continue) an edge to each beat it can lead to, laid out in columns from the start.
//
// The layout is our own, measured against the maintained libraries on the bench's generated stories (README,
// "The story studio"): dagre and elkjs took seconds for 500 beats, where an edit must redraw within 200 ms.
// A story is read left to right, so a layered layout in linear time does: a beat's column is its distance from
// the start (a beat no play reaches gets a column of its own at the end), and the beats of each column are
// ordered by a few sweeps of the barycentre heuristic, which keeps most arrows short and few of them crossing.
import { beatTitle } from '../../engine/beatTitle.ts';
import { routesOf, nextOf, type Route } from '../../engine/scenarioWalk.ts';
import type { Core, Next, Scenario, ServiceLevel } from '../../engine/schema.ts';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
export const COLUMN_GAP = 140;
export const ROW_GAP = 36;
/** Barycentre sweeps, each a pass one way then back: past a few, the order barely changes. */
const SWEEPS = 4;

export interface MapNode {
  id: string;
  title: string;
  start: boolean;
  breakdown: boolean;
  ending: Core | null;
  /** False for a beat no play from the start can reach. */
  reached: boolean;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface MapEdge {
  from: string;
  to: string;
  kind: Route['kind'];
  /** The choice's text; for a timeout, what the debrief says happened; empty for Continue. */
  text: string;
  /** The service level a choice or a timeout is judged at; null for Continue. */
  level: ServiceLevel | null;
  /** The index of the choice at its beat, for a choice. */
  choice: number | null;
  /** Only under a condition (`when:`) of a branch. */
  conditional: boolean;
  /** One of a list of branches (`next:` as `- when: … go: …`), rather than one beat named. */
  branched: boolean;
  /** Which of the way's branches, for one of a list of them. */
  branch: number | null;
}

/** Where in the story the beat an edge leads to is named: its way's `next`, or its branch's `go`. */
export function edgeField(edge: MapEdge): (string | number)[] {
  const way =
    edge.kind === 'choice'
      ? ['beats', edge.from, 'choices', edge.choice ?? 0, 'next']
      : edge.kind === 'patience'
        ? ['beats', edge.from, 'patience', 'next']
        : ['beats', edge.from, 'next'];
  return edge.branch === null ? way : [...way, edge.branch, 'go'];
}

export interface StoryMap {
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
}

function targets(next: Next): { to: string; conditional: boolean; branched: boolean; branch: number | null }[] {
  if (typeof next === 'string') return [{ to: next, conditional: false, branched: false, branch: null }];
  return next.map((branch, i) => ({
    to: branch.go,
    conditional: branch.when !== undefined,
    branched: true,
    branch: i,
  }));
}

export function storyEdges(scenario: Scenario): MapEdge[] {
  const edges: MapEdge[] = [];
  for (const [beatId, beat] of Object.entries(scenario.beats))
    for (const route of routesOf(beatId, beat))
      for (const { to, conditional, branched, branch } of targets(nextOf(route, scenario))) {
        if (!scenario.beats[to]) continue;
        edges.push({
          from: beatId,
          to,
          kind: route.kind,
          text: route.kind === 'choice' ? route.choice.text : route.kind === 'patience' ? route.patience.text : '',
          level: route.kind === 'choice' ? route.choice.level : route.kind === 'patience' ? route.patience.level : null,
          choice: route.kind === 'choice' ? route.index : null,
          conditional,
          branched,
          branch,
        });
      }
  return edges;
}

export function storyMap(scenario: Scenario): StoryMap {
  const ids = Object.keys(scenario.beats);
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = storyEdges(scenario);
  const out = ids.map(() => [] as number[]);
  const into = ids.map(() => [] as number[]);
  for (const edge of edges) {
    const from = index.get(edge.from)!;
    const to = index.get(edge.to)!;
    out[from]!.push(to);
    into[to]!.push(from);
  }
  const column = columns(ids, index.get(scenario.start) ?? -1, out);
  const rows = orderColumns(column, out, into);
  const tallest = Math.max(1, ...rows.map((r) => r.length));
  const place = new Array<{ row: number; x: number; y: number }>(ids.length);
  rows.forEach((members, c) => {
    const offset = ((tallest - members.length) * (NODE_HEIGHT + ROW_GAP)) / 2;
    members.forEach((i, row) => {
      place[i] = { row, x: c * (NODE_WIDTH + COLUMN_GAP), y: offset + row * (NODE_HEIGHT + ROW_GAP) };
    });
  });
  const nodes = ids.map((id, i): MapNode => {
    const beat = scenario.beats[id]!;
    return {
      id,
      title: beatTitle(scenario, id),
      start: id === scenario.start,
      breakdown: beat.breakdown !== undefined,
      ending: beat.ending?.core ?? null,
      reached: column[i]! >= 0,
      column: column[i]! >= 0 ? column[i]! : rows.length - 1,
      ...place[i]!,
    };
  });
  return {
    nodes,
    edges,
    width: Math.max(1, rows.length) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP,
    height: tallest * (NODE_HEIGHT + ROW_GAP) - ROW_GAP,
  };
}

/** Each beat's distance from the start, breadth first; -1 for a beat no play reaches. */
function columns(ids: string[], start: number, out: number[][]): number[] {
  const column = ids.map(() => -1);
  if (start < 0) return column;
  column[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const to of out[at]!)
      if (column[to] === -1) {
        column[to] = column[at]! + 1;
        queue.push(to);
      }
  }
  return column;
}

/** The beats of each column, top to bottom; the beats no play reaches in a last column of their own. */
function orderColumns(column: number[], out: number[][], into: number[][]): number[][] {
  const last = Math.max(-1, ...column);
  const rows: number[][] = Array.from({ length: last + 1 }, () => []);
  const unreached: number[] = [];
  column.forEach((c, i) => (c >= 0 ? rows[c]!.push(i) : unreached.push(i)));
  if (unreached.length) rows.push(unreached);
  const position = new Float64Array(column.length);
  const settle = (members: number[]) => members.forEach((i, row) => (position[i] = row));
  rows.forEach(settle);
  const byNeighbours = (members: number[], neighbours: number[][]) => {
    const centre = new Map<number, number>();
    for (const i of members) {
      const near = neighbours[i]!;
      let sum = 0;
      for (const j of near) sum += position[j]!;
      centre.set(i, near.length ? sum / near.length : position[i]!);
    }
    members.sort((a, b) => centre.get(a)! - centre.get(b)! || position[a]! - position[b]!);
    settle(members);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let c = 1; c < rows.length; c++) byNeighbours(rows[c]!, into);
    for (let c = rows.length - 2; c >= 0; c--) byNeighbours(rows[c]!, out);
  }
  return rows;
}

/** The beat an arrow key leads to from the one in focus. */
export function mapStep(map: StoryMap, from: string | null, key: string): string | null {
  const node = map.nodes.find((n) => n.id === from) ?? map.nodes.find((n) => n.start) ?? map.nodes[0];
  if (!node) return null;
  if (from === null) return node.id;
  if (key === 'ArrowRight') return map.edges.find((e) => e.from === node.id && e.to !== node.id)?.to ?? node.id;
  if (key === 'ArrowLeft') return map.edges.find((e) => e.to === node.id && e.from !== node.id)?.from ?? node.id;
  const column = map.nodes.filter((n) => n.column === node.column).sort((a, b) => a.row - b.row);
  const at = column.indexOf(node) + (key === 'ArrowDown' ? 1 : -1);
  return column[Math.min(column.length - 1, Math.max(0, at))]!.id;
}
