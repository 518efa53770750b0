// Explains a progress file that does not fit, with the line and column of each problem, in the words of
// JSON (the format an export is written in): an object, its properties, a list. The scenario loader's
// positioned messages serve for the problems inside a progress file (JSON is YAML, so its reader gives
// lines), with its YAML words changed; a file that is not a progress file at all gets one message saying
// so rather than a list of everything missing. Loaded only when a player imports a file, so that starting
// the game never loads the YAML reader.
import { formatDiagnostic, type Diagnostic } from '../../engine/diagnostics.ts';
import { loadYamlWithSchema } from '../../engine/loadYaml.ts';
import { PROGRESS_FORMAT, Progress } from './progressSchema.ts';

const EXPORTED = `A progress file is the JSON file that “Export progress” saves: one object that starts {"format": "${PROGRESS_FORMAT}", …}`;

export function describeProgressFile(file: string, text: string): string[] {
  const whole = notAProgressFile(file, text);
  if (whole) return [whole];
  const loaded = loadYamlWithSchema(file, text, Progress);
  return loaded.ok ? [] : loaded.errors.map((d) => formatDiagnostic(inJsonWords(d)));
}

/** One message for a file that is not a progress file at all: not JSON, not an object, or not ours. */
function notAProgressFile(file: string, text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `${file}${jsonErrorPlace(text, error)}: this is not a progress file: it is not valid JSON. ${EXPORTED}.`;
  }
  if (data === null || typeof data !== 'object')
    return `${file}: this is not a progress file: it holds a single value (${JSON.stringify(data)?.slice(0, 40)}), not an object. ${EXPORTED}.`;
  if (Array.isArray(data)) return `${file}: this is not a progress file: it holds a list, not an object. ${EXPORTED}.`;
  if (!('format' in data) || data.format !== PROGRESS_FORMAT) {
    return `${file}: this is not a Service Hero progress file: its "format" property is ${'format' in data ? JSON.stringify(data.format)?.slice(0, 60) : 'missing'}. ${EXPORTED}.`;
  }
  return null;
}

/** Where JSON.parse stopped, as ":line:column", when the browser says ("… at position 74 …", or the end). */
function jsonErrorPlace(text: string, error: unknown): string {
  const said = error instanceof Error ? error.message : '';
  const position =
    /position (\d+)/.exec(said)?.[1] ?? (/end of JSON input/i.test(said) ? String(text.length) : undefined);
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/** The loader speaks of YAML fields, "- " lines and "name: value" lines; a JSON file has properties, lists and objects. */
const JSON_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^YAML syntax: /, 'JSON syntax: '],
  [/a list \(lines starting with "- "\)/g, 'a list ([…])'],
  [/a group of fields \(name: value lines\)/g, 'an object ({…})'],
  [/a group of fields/g, 'an object'],
  [/\bfield\b/g, 'property'],
  [/\bfields\b/g, 'properties'],
  [/ \(check its indentation\)/g, ''],
];

function inJsonWords(d: Diagnostic): Diagnostic {
  return { ...d, message: JSON_WORDS.reduce((message, [yaml, json]) => message.replace(yaml, json), d.message) };
}
