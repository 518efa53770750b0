// Turns the schema's issues into messages a trainer can act on: what is wrong,
// in plain words, at the exact place, with a guess when a name is misspelt.
import { z } from './zod.ts';
import { shortened, type Diagnostic, type PathSegment } from './diagnostics.ts';
import { plural } from './plural.ts';
import { didYouMean } from './suggest.ts';
import type { YamlSource } from './yamlSource.ts';

type Issue = z.ZodError['issues'][number];

export function describeIssues(
  issues: readonly Issue[],
  source: YamlSource,
  knownFields: ReadonlySet<string>,
): Diagnostic[] {
  return issues.flatMap((issue) => describeIssue(issue, [], source, knownFields));
}

function describeIssue(
  issue: Issue,
  base: PathSegment[],
  source: YamlSource,
  knownFields: ReadonlySet<string>,
): Diagnostic[] {
  const path: PathSegment[] = [...base, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        source.diagnostic(
          [...path, key],
          // A real field in the wrong place is usually mis-indented; suggesting its own name back would not help.
          knownFields.has(key)
            ? `the field "${key}" does not belong here (check its indentation)`
            : `unknown field "${shortened(key)}"${didYouMean(key, knownFields)}`,
          { key: true },
        ),
      );
    case 'invalid_key':
      return [source.diagnostic(path, describeBadKey(issue), { key: true })];
    case 'invalid_union': {
      if (issue.input === undefined && path.length > 0) return [missingField(path, source)];
      // Report the alternative the author evidently meant: the one whose problems lie deepest.
      const deepest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      if (deepest && depth(deepest) > 0)
        return deepest.flatMap((inner) => describeIssue(inner, path, source, knownFields));
      // Every alternative refused the value's kind outright: say which kinds would do.
      const kinds = issue.errors.flatMap((alternative) =>
        alternative.filter((i) => i.code === 'invalid_type').map((i) => kindName(i.expected)),
      );
      if (kinds.length > 0 && issue.input !== undefined)
        return [
          source.diagnostic(
            path,
            `should be ${[...new Set(kinds)].join(' or ')}, but it is ${describeValue(issue.input)}`,
          ),
        ];
      return [source.diagnostic(path, issue.message)];
    }
    case 'invalid_type': {
      if (issue.input === undefined) return [missingField(path, source)];
      return [
        source.diagnostic(path, `should be ${kindName(issue.expected)}, but it is ${describeValue(issue.input)}`),
      ];
    }
    case 'invalid_value': {
      if (issue.input === undefined && !issue.message.startsWith('format must')) return [missingField(path, source)];
      const allowed = issue.values.map((v) => String(v));
      const given = issue.input;
      const message =
        allowed.length === 1
          ? `must be ${allowed[0]}, not ${describeValue(given)}`
          : typeof given === 'string' || typeof given === 'number' || typeof given === 'boolean'
            ? `"${shortened(String(given))}" is not one of: ${allowed.join(', ')}${didYouMean(String(given), allowed)}`
            : `should be one of: ${allowed.join(', ')}, but it is ${describeValue(given)}`;
      return [source.diagnostic(path, issue.message.startsWith('format must') ? issue.message : message)];
    }
    case 'too_small':
      return [source.diagnostic(path, describeBound(issue.origin, 'at least', issue.minimum, issue.message))];
    case 'too_big':
      return [source.diagnostic(path, describeBound(issue.origin, 'at most', issue.maximum, issue.message))];
    case 'invalid_format':
    case 'custom':
    default:
      return [source.diagnostic(path, issue.message)];
  }
}

function missingField(path: PathSegment[], source: YamlSource): Diagnostic {
  return source.diagnostic(path.slice(0, -1), `missing required field "${shortened(String(path[path.length - 1]))}"`);
}

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}

function describeBadKey(issue: Extract<Issue, { code: 'invalid_key' }>): string {
  const inner = issue.issues[0];
  return `"${shortened(String(issue.path[issue.path.length - 1] ?? ''))}" is not a valid id: ${inner?.message ?? issue.message}`;
}

function describeBound(origin: string, word: string, bound: number | bigint, fallback: string): string {
  const n = Number(bound);
  switch (origin) {
    case 'array':
      return `needs ${word} ${plural(n, { one: '# item', other: '# items' })}`;
    case 'string':
      return n === 1 && word === 'at least' ? 'must not be empty' : `must be ${word} ${n} characters long`;
    case 'number':
    case 'int':
      return `must be ${word} ${n}`;
    default:
      return fallback;
  }
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields (name: value lines)',
  record: 'a group of fields (name: value lines)',
};

function kindName(expected: string): string {
  return KIND_NAMES[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number')
    return Number.isNaN(value)
      ? 'not a number (.nan)'
      : Number.isFinite(value)
        ? `the number ${value}`
        : 'an endless number';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}
