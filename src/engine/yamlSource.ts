// Reads YAML keeping the position of every node, so any problem found later
// (by the schema, the reference checks or the graph checks) can be pointed at
// its line and column in the author's file.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic, PathSegment } from './diagnostics.ts';
import { describeField } from './diagnostics.ts';

/** Aliases beyond this many are refused, so an "anchor bomb" cannot blow up memory. */
const MAX_ALIASES = 200;

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the node at `path`; with `key`, of the last segment's key; falls back to the deepest node that exists. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
  diagnostic(path: readonly PathSegment[], message: string, options?: { key?: boolean }): Diagnostic;
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; errors: Diagnostic[] };

export function parseYamlSource(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  // uniqueKeys is checked below instead: the package's own check is quadratic in a map's size.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };

  const found = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message })),
    ...duplicateKeyOffsets(doc.contents).map((offset) => ({ offset, message: 'Map keys must be unique' })),
  ].sort((a, b) => a.offset - b.offset);
  // One error per line: the parser's later complaints on a line are knock-on effects of the first.
  const problems = found.filter((e, i) => i === 0 || at(found[i - 1]!.offset).line !== at(e.offset).line);
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map((e) => ({ file, ...at(e.offset), field: '', message: plainYamlMessage(e.message) })),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message =
      error instanceof ReferenceError
        ? `the file uses YAML aliases (*name) too many times (over ${MAX_ALIASES}); write the content out instead`
        : `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [{ file, line: 1, col: 1, field: '', message }] };
  }

  const locate: YamlSource['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let best = offsetOf(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        if (last && options.key) {
          best = offsetOf(pair.key) ?? best;
          break;
        }
        node = pair.value;
        best = offsetOf(node) ?? offsetOf(pair.key) ?? best;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        best = offsetOf(node) ?? best;
      } else {
        break;
      }
    }
    return at(best);
  };

  const source: YamlSource = {
    file,
    data,
    locate,
    diagnostic: (path, message, options) => ({ file, ...locate(path, options), field: describeField(path), message }),
  };
  return { ok: true, source };
}

/**
 * Where a key repeats an earlier key of the same map, at the offsets the yaml package's
 * uniqueKeys would report. One Set per map keeps it linear, and an explicit stack keeps
 * deep documents off the call stack.
 */
function duplicateKeyOffsets(root: unknown): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key: unknown = pair.key;
        if (isScalar(key)) {
          const offset = offsetOf(key);
          if (seen.has(key.value) && offset !== undefined) offsets.push(offset);
          seen.add(key.value);
        } else stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return offsets;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

/** The yaml package's messages are good but terse and sometimes technical; soften the common ones. */
function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (/Map keys must be unique/i.test(first)) return 'the same field name appears twice here; each field may appear once';
  if (/Implicit map keys need to be followed by map values/i.test(first))
    return 'YAML syntax: a field name needs a colon after it (name: value)';
  if (/Implicit keys need to be on a single line/i.test(first))
    return 'YAML syntax: a field name needs a colon after it (name: value), all on one line';
  if (/Nested mappings are not allowed in compact mappings/i.test(first))
    return 'YAML syntax: a value that contains ": " must be put in quotes';
  if (/tab/i.test(first)) return 'YAML syntax: use spaces, not tabs, for indentation';
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
}
