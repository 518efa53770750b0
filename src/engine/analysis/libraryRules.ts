// Rules about the library as a whole, which no single file can check: every
// principle taught by more than one story, every story rich enough to teach the
// whole ladder, and each engine feature shown off by a few stories.
import type { Catalogue } from '../catalogue.ts';
import { conditionsOf, routesOf } from '../scenarioWalk.ts';
import { SERVICE_LEVELS, type Scenario, type ServiceLevel } from '../schema.ts';
import { buildStoryGraph, type StoryGraph } from './graph.ts';

export interface LibraryScenario {
  file: string;
  scenario: Scenario;
}

export const RULES = {
  scenariosPerPrinciple: 2,
  breakdownsPerScenario: 2,
  endingsPerScenario: 3,
  scenariosPerFeature: 3,
} as const;

export type Feature = 'patience' | 'variations' | 'conditions';
const FEATURES: readonly Feature[] = ['patience', 'variations', 'conditions'];

export type ScenarioFinding =
  | { rule: 'breakdowns' | 'endings'; file: string; found: number; needed: number }
  | { rule: 'service-levels'; file: string; missing: ServiceLevel[] };

export type LibraryFinding =
  | { rule: 'principle-coverage'; principle: string; citedIn: string[]; needed: number }
  | { rule: 'feature-use'; feature: Feature; usedIn: string[]; needed: number };

export interface CoverageMatrix {
  /** Catalogue order, then any cited id the catalogue lacks. */
  principles: string[];
  scenarios: LibraryScenario[];
  /** counts[p][s]: how many choices and timeouts in scenario s uphold or break principle p. */
  counts: number[][];
}

/** Counted on the beats a play can reach, as the checker's graph sees them (conditions ignored). */
export function scenarioRules(
  entry: LibraryScenario,
  graph: StoryGraph = buildStoryGraph(entry.scenario),
): ScenarioFinding[] {
  const findings: ScenarioFinding[] = [];
  const breakdowns = graph.breakdown.filter(Boolean).length;
  const endings = graph.ending.filter((o) => o !== null).length;
  if (breakdowns < RULES.breakdownsPerScenario)
    findings.push({ rule: 'breakdowns', file: entry.file, found: breakdowns, needed: RULES.breakdownsPerScenario });
  if (endings < RULES.endingsPerScenario)
    findings.push({ rule: 'endings', file: entry.file, found: endings, needed: RULES.endingsPerScenario });
  const levels = new Set(graph.edges.map((e) => e.level));
  const missing = SERVICE_LEVELS.filter((l) => !levels.has(l));
  if (missing.length) findings.push({ rule: 'service-levels', file: entry.file, missing });
  return findings;
}

export function coverageMatrix(entries: readonly LibraryScenario[], catalogue: Catalogue): CoverageMatrix {
  const principles = catalogue.principles.map((p) => p.id);
  const row = new Map(principles.map((id, i) => [id, i]));
  const counts: number[][] = principles.map(() => entries.map(() => 0));
  entries.forEach(({ scenario }, s) => {
    for (const [beatId, beat] of Object.entries(scenario.beats)) {
      for (const route of routesOf(beatId, beat)) {
        if (route.kind === 'continue') continue;
        const judged = route.kind === 'choice' ? route.choice : route.patience;
        // A choice that both upholds and breaks one principle still cites it once.
        for (const id of new Set([...Object.keys(judged.upholds ?? {}), ...Object.keys(judged.breaks ?? {})])) {
          if (!row.has(id)) {
            row.set(id, principles.length);
            principles.push(id);
            counts.push(entries.map(() => 0));
          }
          counts[row.get(id)!]![s]!++;
        }
      }
    }
  });
  return { principles, scenarios: [...entries], counts };
}

export function usesFeature(scenario: Scenario, feature: Feature): boolean {
  switch (feature) {
    case 'patience':
      return Object.values(scenario.beats).some((b) => b.patience);
    case 'variations':
      // A roll nothing tests changes nothing in play, so declaring one is not using it.
      return (
        Object.keys(scenario.variations ?? {}).length > 0 && conditionsOf(scenario).some((c) => c.condition.variation)
      );
    case 'conditions':
      return conditionsOf(scenario).length > 0;
  }
}

export function libraryRules(
  entries: readonly LibraryScenario[],
  catalogue: Catalogue,
): { matrix: CoverageMatrix; findings: LibraryFinding[] } {
  const matrix = coverageMatrix(entries, catalogue);
  const findings: LibraryFinding[] = [];
  matrix.principles.forEach((principle, p) => {
    const citedIn = entries.filter((_, s) => matrix.counts[p]![s]! > 0).map((e) => e.file);
    if (citedIn.length < RULES.scenariosPerPrinciple)
      findings.push({ rule: 'principle-coverage', principle, citedIn, needed: RULES.scenariosPerPrinciple });
  });
  for (const feature of FEATURES) {
    const usedIn = entries.filter((e) => usesFeature(e.scenario, feature)).map((e) => e.file);
    if (usedIn.length < RULES.scenariosPerFeature)
      findings.push({ rule: 'feature-use', feature, usedIn, needed: RULES.scenariosPerFeature });
  }
  return { matrix, findings };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const listed = (files: string[]) => (files.length ? `: ${files.join(', ')}` : '');
const FEATURE_WORDS: Record<Feature, string> = {
  patience: 'a patience timer',
  variations: 'variations that a `when:` tests',
  conditions: 'a `when:` condition',
};

export function formatFinding(f: ScenarioFinding | LibraryFinding): string {
  switch (f.rule) {
    case 'breakdowns':
      return `${f.file}: has ${plural(f.found, 'breakdown beat')}; a scenario needs at least ${f.needed}`;
    case 'endings':
      return `${f.file}: has ${plural(f.found, 'ending')}; a scenario needs at least ${f.needed}`;
    case 'service-levels':
      return `${f.file}: no reachable choice or timeout is ${f.missing.join(' or ')}; a scenario needs every level (${SERVICE_LEVELS.join(', ')})`;
    case 'principle-coverage':
      return `principle "${f.principle}" is cited in ${plural(f.citedIn.length, 'scenario')}${listed(f.citedIn)}; each principle needs at least ${f.needed}`;
    case 'feature-use':
      return `${plural(f.usedIn.length, 'scenario')} ${f.usedIn.length === 1 ? 'uses' : 'use'} ${FEATURE_WORDS[f.feature]}${listed(f.usedIn)}; the library needs at least ${f.needed}`;
  }
}

/** Initials of the id's words ("pub-caesar-dressing" → "pcd"), numbered when two would clash. */
export function shortIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const base = id
      .split('-')
      .map((w) => w[0])
      .join('');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  });
}

export function formatCoverageMatrix(matrix: CoverageMatrix): string {
  const shorts = shortIds(matrix.scenarios.map((e) => e.scenario.id));
  const nameWidth = Math.max(9, ...matrix.principles.map((p) => p.length));
  const widths = shorts.map((s) => Math.max(2, s.length));
  const cell = (text: string, w: number) => text.padStart(w);
  const lines = [
    `Principle coverage: choices and timeouts citing each principle (· = none; ! = in fewer than ${RULES.scenariosPerPrinciple} scenarios)`,
    `${'principle'.padEnd(nameWidth)}  ${shorts.map((s, i) => cell(s, widths[i]!)).join(' ')}  scenarios`,
  ];
  matrix.principles.forEach((principle, p) => {
    const row = matrix.counts[p]!;
    const citedIn = row.filter((n) => n > 0).length;
    const flag = citedIn < RULES.scenariosPerPrinciple ? ' !' : '';
    lines.push(
      `${principle.padEnd(nameWidth)}  ${row.map((n, s) => cell(n ? String(n) : '·', widths[s]!)).join(' ')}  ${cell(String(citedIn), 9)}${flag}`,
    );
  });
  lines.push(`where ${matrix.scenarios.map((e, s) => `${shorts[s]} = ${e.scenario.id}`).join(', ')}`);
  return lines.join('\n');
}
