// A story's choice map for Insights: the studio's map of the story (every beat, every way on from it, laid out in
// columns from the start) with how many plays went along each way and reached each beat. Counted from the beats
// each play was shown, in order, and the decisions it made: the way from one beat to the next is the decision
// made there (a choice, or the customer's patience running out), or Continue. A play whose source does not say
// which beats it was shown (a workshop's summary) is counted in the choice tables, not here.
import type { Scenario } from '../../engine/runtime.ts';
import { storyMap, type MapEdge, type StoryMap } from '../studio/storyMap.ts';
import type { PlayRecord } from './playRecords.ts';

export interface FlowMap {
  map: StoryMap;
  /** Per edge of `map.edges`, by index: how many times a play went that way. */
  edges: number[];
  /** Per beat: how many plays were shown it (a play round a loop counts once). */
  beats: Record<string, number>;
  /** The plays counted: those whose beats are known. */
  plays: number;
}

export function flowMapOf(scenario: Scenario, plays: readonly PlayRecord[]): FlowMap {
  const map = storyMap(scenario);
  const edges = map.edges.map(() => 0);
  const beats: Record<string, number> = Object.fromEntries(map.nodes.map((n) => [n.id, 0]));
  const ways = waysOf(scenario, map);
  let counted = 0;
  for (const play of plays) {
    if (!play.path) continue;
    counted += 1;
    for (const beat of new Set(play.path)) if (beat in beats) beats[beat]! += 1;
    let decision = 0;
    for (let i = 0; i + 1 < play.path.length; i++) {
      const from = play.path[i]!;
      const decided = scenario.beats[from]?.choices || scenario.beats[from]?.patience;
      // A beat with choices is left by the decision made there, the next in the play's order.
      const made = decided && play.decisions[decision]?.beat === from ? play.decisions[decision++] : undefined;
      const way = made ? (made.choice === null ? 'timeout' : `choice:${made.choice}`) : 'continue';
      const edge = ways.get(`${from}\u0000${way}\u0000${play.path[i + 1]}`);
      if (edge !== undefined) edges[edge]! += 1;
    }
  }
  return { map, edges, beats, plays: counted };
}

/** The way an edge is: `choice:<id>`, `timeout` (the customer's patience ran out) or `continue`. */
export function wayOf(scenario: Scenario, edge: MapEdge): string {
  if (edge.kind === 'choice') return `choice:${scenario.beats[edge.from]!.choices![edge.choice!]!.id}`;
  return edge.kind === 'patience' ? 'timeout' : 'continue';
}

/** Each edge's index by where it starts, the way it is (a choice's id, the timeout, Continue) and where it leads. */
function waysOf(scenario: Scenario, map: StoryMap): Map<string, number> {
  const ways = new Map<string, number>();
  map.edges.forEach((edge, i) => {
    const key = `${edge.from}\u0000${wayOf(scenario, edge)}\u0000${edge.to}`;
    // Two branches of one way to the same beat: the first is the one drawn with the flow.
    if (!ways.has(key)) ways.set(key, i);
  });
  return ways;
}
