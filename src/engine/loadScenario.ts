// Reads a scenario file and reports every problem in it at once — YAML syntax,
// then the schema with the names wherever the parts could be read, then the
// story graph — or returns the scenario.
import type { ArtManifest, Catalogue } from './catalogue.ts';
import { checkAudio, type AudioProblem } from './checkAudio.ts';
import { resolveCastArt } from './castArt.ts';
import { checkGraph } from './checkGraph.ts';
import { checkImages } from './checkImages.ts';
import { checkReferences } from './checkReferences.ts';
import { checkRefusedScenario } from './checkRefusedScenario.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadYamlWithSchema } from './loadYaml.ts';
import { migrateFormat1 } from './migrateFormat1.ts';
import { fillInWarnings } from './unfinished.ts';
import { FORMAT_VERSION, SCENARIO_FORMATS, Scenario } from './schema.ts';

export interface LoadContext {
  catalogue: Catalogue;
  /** When given, backdrops and character looks are checked against it. */
  art?: ArtManifest;
  /** When given (the story was read from disk), each line's recording is checked with it. */
  audio?: AudioProblem;
}

/** Warnings leave the story playable: a format 1 file's migration notes, for one. */
export type ScenarioResult =
  { ok: true; scenario: Scenario; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[] };

/** A file declaring format 1 is read by format 1's schema; anything else by the current one, which explains a wrong format. */
const declaresFormat1 = (data: unknown) =>
  typeof data === 'object' && data !== null && 'format' in data && data.format === 1;
const schemaFor = (data: object) => (declaresFormat1(data) ? SCENARIO_FORMATS[1] : Scenario);

export function loadScenario(file: string, text: string, context: LoadContext): ScenarioResult {
  const loaded = loadYamlWithSchema(file, text, schemaFor);
  if (!loaded.ok) {
    const hinted = withFormatHint(loaded.errors, text);
    // A file from a newer game is one problem; any other refused file has its readable parts checked too.
    if (hinted !== loaded.errors || !loaded.refused) return { ok: false, errors: hinted };
    return {
      ok: false,
      errors: sortDiagnostics(checkRefusedScenario(loaded.refused, context.catalogue, context.art, context.audio)),
    };
  }
  const { source } = loaded;
  const migrated = declaresFormat1(source.data)
    ? migrateFormat1(loaded.value, source)
    : { scenario: loaded.value, warnings: [] };
  const { scenario, warnings: artWarnings } = resolveCastArt(migrated.scenario, source, context.art);
  const images = checkImages(scenario, source);
  const referenceErrors = [
    ...checkReferences(scenario, source, context.catalogue, context.art),
    ...images.errors,
    ...(context.audio ? checkAudio(scenario, source, context.audio) : []),
  ];
  // The graph check needs sound references to say anything useful about the shape.
  const errors = referenceErrors.length ? referenceErrors : checkGraph(scenario, source);
  if (errors.length) return { ok: false, errors: sortDiagnostics(errors) };
  return {
    ok: true,
    scenario,
    warnings: sortDiagnostics([
      ...migrated.warnings,
      ...artWarnings,
      ...images.warnings,
      ...fillInWarnings(source, text),
    ]),
  };
}

/** A file from a newer version of the game deserves one clear sentence rather than a pile of unknown-field errors. */
function withFormatHint(errors: Diagnostic[], text: string): Diagnostic[] {
  const declared = /^format:\s*(\d+)\s*$/m.exec(text)?.[1];
  if (declared && Number(declared) > FORMAT_VERSION) {
    const formatError = errors.find((e) => e.field === 'format');
    if (formatError)
      return [
        {
          ...formatError,
          message: `this file is format ${declared}, written for a newer version of the game; this one reads format ${FORMAT_VERSION}`,
        },
      ];
  }
  return errors;
}
