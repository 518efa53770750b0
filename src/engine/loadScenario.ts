// Reads a scenario file and reports every problem in it at once — YAML syntax,
// then the schema, then names and the story graph — or returns the scenario.
import type { ArtManifest, Catalogue } from './catalogue.ts';
import { checkGraph } from './checkGraph.ts';
import { checkReferences } from './checkReferences.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadYamlWithSchema } from './loadYaml.ts';
import { FORMAT_VERSION, Scenario } from './schema.ts';

export interface LoadContext {
  catalogue: Catalogue;
  /** When given, backdrops and character looks are checked against it. */
  art?: ArtManifest;
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: Diagnostic[] };

export function loadScenario(file: string, text: string, context: LoadContext): ScenarioResult {
  const loaded = loadYamlWithSchema(file, text, Scenario);
  if (!loaded.ok) return { ok: false, errors: withFormatHint(loaded.errors, text) };
  const { value: scenario, source } = loaded;
  const referenceErrors = checkReferences(scenario, source, context.catalogue, context.art);
  // The graph check needs sound references to say anything useful about the shape.
  const errors = referenceErrors.length ? referenceErrors : checkGraph(scenario, source);
  return errors.length ? { ok: false, errors: sortDiagnostics(errors) } : { ok: true, scenario };
}

/** A file from a newer version of the game deserves one clear sentence rather than a pile of unknown-field errors. */
function withFormatHint(errors: Diagnostic[], text: string): Diagnostic[] {
  const declared = /^format:\s*(\d+)\s*$/m.exec(text)?.[1];
  if (declared && Number(declared) > FORMAT_VERSION) {
    const formatError = errors.find((e) => e.field === 'format');
    if (formatError) return [{ ...formatError, message: `this file is format ${declared}, written for a newer version of the game; this one reads format ${FORMAT_VERSION}` }];
  }
  return errors;
}
