import { it } from 'vitest';
import { analyseScenario } from '../../src/engine/analysis/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
const POINTS: Record<string, number> = { A: 4, B: 3, C: 2, D: 1, F: 0 };
it('expected', () => {
  const lib = readLibrary();
  for (const e of lib.entries) {
    if (!e.scenario || !/toy|shoes/.test(e.file)) continue;
    const a = analyseScenario(e.scenario);
    const plays = (a.plays as any).plays as any[];
    const byVar = new Map<string, number>();
    const dist: Record<string, number> = {};
    const weights: Record<string, number> = {};
    for (const [roll, opts] of Object.entries(e.scenario.variations ?? {})) for (const o of opts as any[]) weights[`${roll}=${o.id}`] = o.weight ?? 1;
    const totals: Record<string, number> = {};
    for (const [roll, opts] of Object.entries(e.scenario.variations ?? {})) totals[roll] = (opts as any[]).reduce((s, o) => s + (o.weight ?? 1), 0);
    let exp = 0;
    for (const p of plays) {
      if (p.decisions.some((d: any) => d.choice === null)) continue;
      let prob = 1;
      for (const d of p.decisions) prob /= d.offered.length;
      for (const [roll, o] of Object.entries(p.variation)) prob *= weights[`${roll}=${o}`]! / totals[roll]!;
      exp += prob * POINTS[p.graded.grade]!;
      dist[p.graded.grade] = (dist[p.graded.grade] ?? 0) + prob;
    }
    console.log(e.file, exp.toFixed(3), JSON.stringify(Object.fromEntries(Object.entries(dist).map(([k, v]) => [k, v.toFixed(3)]))));
  }
});
