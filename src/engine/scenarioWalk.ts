// Enumerates the places in a scenario that the checks and the compiler care
// about, each with its path in the file, so no module walks the tree its own way.
import type { PathSegment } from './diagnostics.ts';
import type { Beat, Choice, Condition, Next, Patience, Scenario } from './schema.ts';

export type Route =
  | { kind: 'choice'; beat: string; choice: Choice; index: number }
  | { kind: 'patience'; beat: string; patience: Patience }
  | { kind: 'continue'; beat: string };

export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly route: Route;
  /** Path of the beat id that names the target. */
  readonly path: PathSegment[];
}

/** An edge whose path is written out only when asked for: a big story has hundreds of thousands of edges and seldom a problem. */
class RouteEdge implements Edge {
  readonly from: string;
  readonly to: string;
  readonly route: Route;
  /** Index in the route's branch list; -1 when `next` is a single beat id. */
  private readonly branch: number;

  constructor(from: string, to: string, route: Route, branch: number) {
    this.from = from;
    this.to = to;
    this.route = route;
    this.branch = branch;
  }

  get path(): PathSegment[] {
    const path = [...routePath(this.route), 'next'];
    if (this.branch >= 0) path.push(this.branch, 'go');
    return path;
  }
}

export function routesOf(beatId: string, beat: Beat): Route[] {
  const routes: Route[] = (beat.choices ?? []).map((choice, index) => ({
    kind: 'choice',
    beat: beatId,
    choice,
    index,
  }));
  if (beat.patience) routes.push({ kind: 'patience', beat: beatId, patience: beat.patience });
  if (beat.next !== undefined) routes.push({ kind: 'continue', beat: beatId });
  return routes;
}

export function routePath(route: Route): PathSegment[] {
  switch (route.kind) {
    case 'choice':
      return ['beats', route.beat, 'choices', route.index];
    case 'patience':
      return ['beats', route.beat, 'patience'];
    case 'continue':
      return ['beats', route.beat];
  }
}

export function nextOf(route: Route, scenario: Scenario): Next {
  switch (route.kind) {
    case 'choice':
      return route.choice.next;
    case 'patience':
      return route.patience.next;
    case 'continue':
      return scenario.beats[route.beat]?.next ?? [];
  }
}

export function edgesOf(scenario: Scenario): Edge[] {
  const edges: Edge[] = [];
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    for (const route of routesOf(beatId, beat)) {
      const next = nextOf(route, scenario);
      if (typeof next === 'string') edges.push(new RouteEdge(beatId, next, route, -1));
      else for (let i = 0; i < next.length; i++) edges.push(new RouteEdge(beatId, next[i]!.go, route, i));
    }
  }
  return edges;
}

export interface PlacedCondition {
  condition: Condition;
  path: PathSegment[];
}

/** Every `when:` in the file, nested ones (inside not/any) included. */
export function conditionsOf(scenario: Scenario): PlacedCondition[] {
  const found: PlacedCondition[] = [];
  const add = (condition: Condition | undefined, path: PathSegment[]) => {
    if (!condition) return;
    found.push({ condition, path });
    add(condition.not, [...path, 'not']);
    condition.any?.forEach((c, i) => add(c, [...path, 'any', i]));
  };
  // Paths are made only where there is a condition: most lines, choices and branches have none.
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    for (let i = 0; i < beat.lines.length; i++)
      if (beat.lines[i]!.when) add(beat.lines[i]!.when, ['beats', beatId, 'lines', i, 'when']);
    const choices = beat.choices ?? [];
    for (let i = 0; i < choices.length; i++) {
      const { when, next } = choices[i]!;
      if (when) add(when, ['beats', beatId, 'choices', i, 'when']);
      if (typeof next !== 'string')
        for (let k = 0; k < next.length; k++)
          if (next[k]!.when) add(next[k]!.when, ['beats', beatId, 'choices', i, 'next', k, 'when']);
    }
    const timeout = beat.patience?.next;
    if (timeout !== undefined && typeof timeout !== 'string')
      for (let k = 0; k < timeout.length; k++)
        if (timeout[k]!.when) add(timeout[k]!.when, ['beats', beatId, 'patience', 'next', k, 'when']);
    if (beat.next !== undefined && typeof beat.next !== 'string')
      for (let k = 0; k < beat.next.length; k++)
        if (beat.next[k]!.when) add(beat.next[k]!.when, ['beats', beatId, 'next', k, 'when']);
  }
  return found;
}
