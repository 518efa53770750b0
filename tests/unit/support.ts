// Shared by the unit tests: the real catalogue and art manifest from disk, the fixture scenarios loaded
// through the real validator (no mocks), and a studio edit made to a text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextChange } from '../../src/play/studio/textEdits.ts';
import { SimulatedClock } from 'xstate';
import {
  createStoryPlayer,
  loadCatalogue,
  loadScenario,
  rollVariations,
  type ArtManifest,
  type Catalogue,
  type Scenario,
  type ScenarioResult,
  type StoryPlayer,
} from '../../src/engine/index.ts';
import { catalogueFile, projectRoot, readArtManifest } from '../../tools/projectFiles.ts';

export { projectRoot };

export function readProjectFile(relativePath: string): string {
  return readFileSync(join(projectRoot, relativePath), 'utf8');
}

let cachedCatalogue: Catalogue | undefined;
export function realCatalogue(): Catalogue {
  if (!cachedCatalogue) {
    const loaded = loadCatalogue('scenarios/principles.yaml', readFileSync(catalogueFile, 'utf8'));
    if (!loaded.ok) throw new Error(`the catalogue does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
    cachedCatalogue = loaded.catalogue;
  }
  return cachedCatalogue;
}

export function realArt(): ArtManifest {
  return readArtManifest();
}

/** Loads a project file (path relative to the project) through loadScenario, named as an author would see it. */
export function loadProjectScenario(relativePath: string): ScenarioResult {
  return loadScenario(relativePath, readProjectFile(relativePath), { catalogue: realCatalogue(), art: realArt() });
}

export function bakery(): Scenario {
  const result = loadProjectScenario('tests/fixtures/bakery-mini.yaml');
  if (!result.ok) throw new Error(`bakery-mini.yaml does not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.scenario;
}

export type OvenOutcome = 'batch-soon' | 'no-batch';

/** The first seed of the form "seed-N" whose oven roll comes out as `outcome` (deterministic). */
export function seedFor(outcome: OvenOutcome, scenario: Scenario = bakery()): string {
  for (let n = 0; n < 1000; n++) {
    const seed = `seed-${n}`;
    if (rollVariations(scenario.variations, seed)['oven'] === outcome) return seed;
  }
  throw new Error(`no seed rolls oven=${outcome}`);
}

export interface TestPlay {
  player: StoryPlayer;
  clock: SimulatedClock;
}

/** A player on a simulated clock, so patience can be tested without waiting. */
export function startPlay(scenario: Scenario, seed: string, timers = true): TestPlay {
  const clock = new SimulatedClock();
  const player = createStoryPlayer(scenario, realCatalogue(), { seed, timers }, { clock });
  return { player, clock };
}

/** A studio edit's changes made to the text (each is placed in the text as it was, so they go in from the end). */
export function appliedEdit(text: string, edit: { changes: TextChange[] } | { problem: string }): string {
  if ('problem' in edit) throw new Error(`refused: ${edit.problem}`);
  let out = text;
  for (const c of [...edit.changes].sort((a, b) => b.from - a.from))
    out = out.slice(0, c.from) + c.insert + out.slice(c.to);
  return out;
}

/** The lines of `after` that are not lines of `before`, and the other way round (one changed stretch between them). */
export function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}
