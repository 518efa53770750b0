// Checks the shape of the story as a graph of beats, in time linear in its
// size: every beat reachable, every path able to end, a breakdown to face and
// a heroic way through. Conditions are not evaluated here, so a route counts
// as possible if any play could take it.
import type { Diagnostic } from './diagnostics.ts';
import type { Scenario } from './schema.ts';
import { edgesOf, type Edge } from './scenarioWalk.ts';
import type { YamlSource } from './yamlSource.ts';

export interface GraphFacts {
  reachable: ReadonlySet<string>;
  /** Beats from which some path reaches an ending. */
  canEnd: ReadonlySet<string>;
  /** Beats from which some path reaches an ending whose outcome is not "failed". */
  canEndWell: ReadonlySet<string>;
  edges: readonly Edge[];
}

export function analyseGraph(scenario: Scenario): GraphFacts {
  const edges = edgesOf(scenario).filter((e) => Object.hasOwn(scenario.beats, e.to));
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const e of edges) {
    (forward.get(e.from) ?? forward.set(e.from, []).get(e.from)!).push(e.to);
    (backward.get(e.to) ?? backward.set(e.to, []).get(e.to)!).push(e.from);
  }
  const endings = Object.entries(scenario.beats).filter(([, b]) => b.ending);
  return {
    edges,
    reachable: Object.hasOwn(scenario.beats, scenario.start) ? spread([scenario.start], forward) : new Set(),
    canEnd: spread(endings.map(([id]) => id), backward),
    canEndWell: spread(endings.filter(([, b]) => b.ending?.outcome !== 'failed').map(([id]) => id), backward),
  };
}

function spread(from: string[], links: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i++) {
    for (const next of links.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

export function checkGraph(scenario: Scenario, source: YamlSource): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const facts = analyseGraph(scenario);
  const beats = Object.entries(scenario.beats);

  if (!beats.some(([, b]) => b.ending)) errors.push(source.diagnostic(['beats'], 'the story has no ending: at least one beat needs an "ending:"'));
  if (!beats.some(([, b]) => b.breakdown))
    errors.push(source.diagnostic(['beats'], 'no beat is marked as a breakdown: mark the moment the routine goes wrong with "breakdown:"'));

  const trapped: string[] = [];
  for (const [id] of beats) {
    if (!facts.reachable.has(id)) errors.push(source.diagnostic(['beats', id], `beat "${id}" can never be reached from the start beat "${scenario.start}"`, { key: true }));
    else if (!facts.canEnd.has(id)) trapped.push(id);
  }
  // With no ending at all, every beat is trapped; the one message above says why.
  for (const id of beats.some(([, b]) => b.ending) ? trapped : []) {
    const loop = trapped.length > 1 ? ` (it loops between ${trapped.slice(0, 5).join(', ')}${trapped.length > 5 ? ', …' : ''})` : '';
    errors.push(source.diagnostic(['beats', id], `from beat "${id}" the story can never reach an ending${loop}`, { key: true }));
  }

  const heroicWayThrough = facts.edges.some(
    (e) => e.route.kind === 'choice' && e.route.choice.level === 'heroic' && facts.reachable.has(e.from) && facts.canEndWell.has(e.to),
  );
  if (!heroicWayThrough && beats.some(([, b]) => b.ending))
    errors.push(source.diagnostic(['beats'], 'there is no heroic path: at least one "heroic" choice must lead to an ending that is not "failed"'));
  return errors;
}
