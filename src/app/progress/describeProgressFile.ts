// Explains a progress file that does not fit, with the line and field of each problem. JSON is YAML, so
// the scenario loader's positioned messages serve progress files too. Loaded only when a player imports
// a file, so that starting the game never loads the YAML reader.
import { formatDiagnostic } from '../../engine/diagnostics.ts';
import { loadYamlWithSchema } from '../../engine/loadYaml.ts';
import { Progress } from './progressSchema.ts';

export function describeProgressFile(file: string, text: string): string[] {
  const loaded = loadYamlWithSchema(file, text, Progress);
  return loaded.ok ? [] : loaded.errors.map(formatDiagnostic);
}
