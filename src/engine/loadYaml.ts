// The shared front half of every loader: YAML → schema → positioned diagnostics.
import { z } from './zod.ts';
import type { Diagnostic } from './diagnostics.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { describeIssues } from './describeIssues.ts';
import { notTextFile } from './notText.ts';
import { parseYamlSource, type YamlSource } from './yamlSource.ts';

type Issue = z.ZodError['issues'][number];

/** What the schema refused, kept so a loader can go on to check the parts it did not (loadScenario does). */
export interface Refused {
  source: YamlSource;
  schema: z.ZodType;
  issues: readonly Issue[];
}

export type Loaded<T> =
  { ok: true; value: T; source: YamlSource } | { ok: false; errors: Diagnostic[]; refused?: Refused };

/** `schema` may be picked by what the file holds, as a scenario's is by the format it declares. */
export function loadYamlWithSchema<S extends z.ZodType>(
  file: string,
  text: string,
  pick: S | ((data: object) => S),
): Loaded<z.output<S>> {
  if (text.trim() === '') {
    return { ok: false, errors: [{ file, line: 1, col: 1, field: '', message: 'the file is empty' }] };
  }
  // A picture or document opened by mistake is one problem, not dozens of YAML errors about its bytes.
  const binary = notTextFile(file, text);
  if (binary) return { ok: false, errors: [{ file, line: 1, col: 1, field: '', message: binary, kind: 'not-text' }] };
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  // Only comments (or a bare `~`) reads as null: as empty as a file with no text.
  if (source.data === null || source.data === undefined) {
    return { ok: false, errors: [{ file, line: 1, col: 1, field: '', message: 'the file is empty' }] };
  }
  if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    return {
      ok: false,
      errors: [
        source.diagnostic(
          [],
          'the file should be a group of fields (format: 1, id: …, title: …), not a single value or a list',
        ),
      ],
    };
  }
  const schema = typeof pick === 'function' ? pick(source.data) : pick;
  // reportInput: zod 4 leaves the offending value out of issues unless asked, and the messages quote it.
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    const { issues } = result.error;
    return {
      ok: false,
      errors: sortDiagnostics(describeIssues(issues, source, fieldNamesOf(schema))),
      refused: { source, schema, issues },
    };
  }
  return { ok: true, value: result.data, source };
}

const fieldNameCache = new WeakMap<z.ZodType, ReadonlySet<string>>();

/** Every field name the schema knows anywhere, for "did you mean" on unknown fields. */
export function fieldNamesOf(schema: z.ZodType): ReadonlySet<string> {
  const cached = fieldNameCache.get(schema);
  if (cached) return cached;
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') Object.keys(value).forEach((k) => names.add(k));
      visit(value);
    }
  };
  visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  fieldNameCache.set(schema, names);
  return names;
}
