// Explains a progress file that does not fit, with the line and column of each problem, in the words of
// JSON (the format an export is written in): an object, its properties, a list. The scenario loader's
// positioned messages serve for the problems inside a progress file (JSON is YAML, so its reader gives
// lines), with its YAML words changed; a file that is not a progress file at all gets one message saying
// so rather than a list of everything missing. Loaded only when a player imports a file, so that starting
// the game never loads the YAML reader.
import { formatDiagnostic, type Diagnostic } from '../../engine/diagnostics.ts';
import { loadYamlWithSchema } from '../../engine/loadYaml.ts';
import { t } from '../../i18n/intl.ts';
import { PROGRESS_FORMAT, Progress } from './progressSchema.ts';

/** What a progress file is, after the sentence that says this one is not: a sentence of its own in each language. */
const withExported = (problem: string) =>
  `${problem} ${t('profile.file.exported', { example: `{"format": "${PROGRESS_FORMAT}", …}` })}`;

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
    return withExported(t('profile.file.notJson', { where: `${file}${jsonErrorPlace(text, error)}` }));
  }
  if (data === null || typeof data !== 'object')
    return withExported(
      t('profile.file.singleValue', { where: file, value: String(JSON.stringify(data)?.slice(0, 40)) }),
    );
  if (Array.isArray(data)) return withExported(t('profile.file.list', { where: file }));
  if (!('format' in data)) return withExported(t('profile.file.formatMissing', { where: file }));
  if (data.format !== PROGRESS_FORMAT) {
    const format = String(JSON.stringify(data.format)?.slice(0, 60));
    return withExported(t('profile.file.notOurs', { where: file, format }));
  }
  return null;
}

/** Where JSON.parse stopped, as ":line:column", when the browser says ("… at position 74 …", or the end). */
export function jsonErrorPlace(text: string, error: unknown): string {
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

export function inJsonWords(d: Diagnostic): Diagnostic {
  return { ...d, message: JSON_WORDS.reduce((message, [yaml, json]) => message.replace(yaml, json), d.message) };
}
