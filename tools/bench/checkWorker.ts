// Runs in a child process started by checkScaling.ts: loads one scenario file
// and runs the checks exactly as `npm run check:scenarios -- <file>` does, and
// prints how long each part took as one JSON line. A process of its own gives
// every size a fresh heap, and lets the parent stop a run that takes too long.
import { analyseScenario, formatAnalysis, scenarioRules } from '../../src/engine/analysis/index.ts';
import { readLibrary } from '../projectFiles.ts';

export interface WorkerTiming {
  loadMs: number;
  checksMs: number;
  /** CPU time of load and checks: on a shared machine, far less inflated by other work than the wall time. */
  cpuMs: number;
  beats: number;
  errors: number;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: checkWorker.ts <scenario file>');
  process.exit(2);
}

const cpuBefore = process.cpuUsage();
const started = performance.now();
// As in check:scenarios: the catalogue, the art manifest and the tracks are read and checked along with the file.
const library = readLibrary([file]);
const loaded = performance.now();
let beats = 0;
let errors = library.catalogueErrors.length;
for (const entry of library.entries) {
  errors += entry.errors.length;
  if (!entry.scenario) continue;
  beats += Object.keys(entry.scenario.beats).length;
  const analysis = analyseScenario(entry.scenario);
  formatAnalysis(analysis);
  scenarioRules({ file: entry.file, scenario: entry.scenario }, analysis.graph);
}
const cpu = process.cpuUsage(cpuBefore);
const timing: WorkerTiming = {
  loadMs: loaded - started,
  checksMs: performance.now() - loaded,
  cpuMs: (cpu.user + cpu.system) / 1000,
  beats,
  errors,
};
console.log(JSON.stringify(timing));
