// Checks the shape of the story as a graph of beats, in time linear in its
// size: every beat reachable, every path able to end, a breakdown to face and
// a heroic way through. Conditions are not evaluated here, so a route counts
// as possible if any play could take it.
import type { Diagnostic } from './diagnostics.ts';
import type { Scenario } from './schema.ts';
import { nextOf, routesOf, type Route } from './scenarioWalk.ts';
import type { YamlSource } from './yamlSource.ts';

/**
 * Beats by number (their order in the file) and flags by beat number: a story of 100,000 beats is walked
 * several times over, and looking strings up in Maps and Sets at every step cost more than the walks themselves.
 */
export interface GraphFacts {
  /** Beat ids in file order; every number below is an index into this. */
  beats: readonly string[];
  index: ReadonlyMap<string, number>;
  /** 1 for beats reachable from the start. */
  reachable: Uint8Array;
  /** 1 for beats from which some path reaches an ending. */
  canEnd: Uint8Array;
  /** 1 for beats from which some path reaches an ending whose core is not "failed". */
  canEndWell: Uint8Array;
  /** Edges to beats that exist, in the order edgesOf lists them: the route each is on, and the numbers of the beats it joins. */
  routes: readonly Route[];
  from: Int32Array;
  to: Int32Array;
}

/**
 * The facts of each scenario already walked. The loader's graph check and the analyses after it (graph.ts) ask
 * about the same loaded scenario, which nothing changes once it is loaded: walking a big story once, not twice,
 * saves a tenth of the check.
 */
const walked = new WeakMap<Scenario, GraphFacts>();

export function analyseGraph(scenario: Scenario): GraphFacts {
  let facts = walked.get(scenario);
  if (!facts) walked.set(scenario, (facts = walkGraph(scenario)));
  return facts;
}

function walkGraph(scenario: Scenario): GraphFacts {
  const beats = Object.keys(scenario.beats);
  const index = new Map<string, number>();
  for (let i = 0; i < beats.length; i++) index.set(beats[i]!, i);
  const routes: Route[] = [];
  const fromList: number[] = [];
  const toList: number[] = [];
  const link = (from: number, target: string, route: Route) => {
    const to = index.get(target);
    // Own beats only (the Map holds nothing else): a target such as "constructor" is not a beat.
    if (to === undefined) return;
    routes.push(route);
    fromList.push(from);
    toList.push(to);
  };
  // The edges of edgesOf, without making an object for each: a big story has hundreds of thousands.
  for (let i = 0; i < beats.length; i++) {
    for (const route of routesOf(beats[i]!, scenario.beats[beats[i]!]!)) {
      const next = nextOf(route, scenario);
      if (typeof next === 'string') link(i, next, route);
      else for (const branch of next) link(i, branch.go, route);
    }
  }
  const from = Int32Array.from(fromList);
  const to = Int32Array.from(toList);
  const forward = links(beats.length, from, to);
  const backward = links(beats.length, to, from);
  const endings: number[] = [];
  const goodEndings: number[] = [];
  for (let i = 0; i < beats.length; i++) {
    const ending = scenario.beats[beats[i]!]!.ending;
    if (ending) endings.push(i);
    if (ending && ending.core !== 'failed') goodEndings.push(i);
  }
  const start = index.get(scenario.start);
  return {
    beats,
    index,
    reachable: spread(start === undefined ? [] : [start], forward, beats.length),
    canEnd: spread(endings, backward, beats.length),
    canEndWell: spread(goodEndings, backward, beats.length),
    routes,
    from,
    to,
  };
}

interface Links {
  /** Links of beat i are targets[first[i]] … targets[first[i + 1] - 1]. */
  first: Int32Array;
  targets: Int32Array;
}

function links(beats: number, from: Int32Array, to: Int32Array): Links {
  const first = new Int32Array(beats + 1);
  for (const f of from) first[f + 1]!++;
  for (let i = 0; i < beats; i++) first[i + 1]! += first[i]!;
  const fill = first.slice(0, beats);
  const targets = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) targets[fill[from[k]!]!++] = to[k]!;
  return { first, targets };
}

/** 1 for every beat reachable from `start` along the links. */
function spread(start: readonly number[], { first, targets }: Links, beats: number): Uint8Array {
  const seen = new Uint8Array(beats);
  const queue = new Int32Array(beats);
  let tail = 0;
  for (const s of start) {
    if (seen[s]) continue;
    seen[s] = 1;
    queue[tail++] = s;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = first[u]!; k < first[u + 1]!; k++) {
      const v = targets[k]!;
      if (seen[v]) continue;
      seen[v] = 1;
      queue[tail++] = v;
    }
  }
  return seen;
}

export function checkGraph(scenario: Scenario, source: YamlSource): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const facts = analyseGraph(scenario);
  const { beats } = facts;
  const hasEnding = beats.some((id) => scenario.beats[id]!.ending);

  if (!hasEnding)
    errors.push(source.diagnostic(['beats'], 'the story has no ending: at least one beat needs an "ending:"'));
  if (!beats.some((id) => scenario.beats[id]!.breakdown))
    errors.push(
      source.diagnostic(
        ['beats'],
        'no beat is marked as a breakdown: mark the moment the routine goes wrong with "breakdown:"',
      ),
    );

  const trapped: string[] = [];
  beats.forEach((id, i) => {
    if (!facts.reachable[i])
      errors.push(
        source.diagnostic(['beats', id], `beat "${id}" can never be reached from the start beat "${scenario.start}"`, {
          key: true,
        }),
      );
    else if (!facts.canEnd[i]) trapped.push(id);
  });
  // With no ending at all, every beat is trapped; the one message above says why.
  for (const id of hasEnding ? trapped : []) {
    const loop =
      trapped.length > 1
        ? ` (it loops between ${trapped.slice(0, 5).join(', ')}${trapped.length > 5 ? ', …' : ''})`
        : '';
    errors.push(
      source.diagnostic(['beats', id], `from beat "${id}" the story can never reach an ending${loop}`, { key: true }),
    );
  }

  const heroicWayThrough = facts.routes.some(
    (route, k) =>
      route.kind === 'choice' &&
      route.choice.level === 'heroic' &&
      facts.reachable[facts.from[k]!] &&
      facts.canEndWell[facts.to[k]!],
  );
  if (!heroicWayThrough && hasEnding)
    errors.push(
      source.diagnostic(
        ['beats'],
        'there is no heroic path: at least one "heroic" choice must lead to an ending that is not "failed"',
      ),
    );
  return errors;
}
