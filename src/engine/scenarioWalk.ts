// Enumerates the places in a scenario that the checks and the compiler care
// about, each with its path in the file, so no module walks the tree its own way.
import type { PathSegment } from './diagnostics.ts';
import type { Beat, Choice, Condition, Next, Patience, Scenario } from './schema.ts';

export type Route =
  | { kind: 'choice'; beat: string; choice: Choice; index: number }
  | { kind: 'patience'; beat: string; patience: Patience }
  | { kind: 'continue'; beat: string };

export interface Edge {
  from: string;
  to: string;
  route: Route;
  /** Path of the beat id that names the target. */
  path: PathSegment[];
}

export function routesOf(beatId: string, beat: Beat): Route[] {
  const routes: Route[] = (beat.choices ?? []).map((choice, index) => ({ kind: 'choice', beat: beatId, choice, index }));
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
      const base = [...routePath(route), 'next'];
      if (typeof next === 'string') edges.push({ from: beatId, to: next, route, path: base });
      else next.forEach((branch, i) => edges.push({ from: beatId, to: branch.go, route, path: [...base, i, 'go'] }));
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
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    beat.lines.forEach((line, i) => add(line.when, ['beats', beatId, 'lines', i, 'when']));
    for (const route of routesOf(beatId, beat)) {
      if (route.kind === 'choice') add(route.choice.when, [...routePath(route), 'when']);
      const next = nextOf(route, scenario);
      if (typeof next !== 'string') next.forEach((b, i) => add(b.when, [...routePath(route), 'next', i, 'when']));
    }
  }
  return found;
}
