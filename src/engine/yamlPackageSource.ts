// Reads YAML with the yaml package, keeping the position of every node, for
// the files js-yaml (jsYamlSource.ts) leaves to it: those with YAML errors,
// aliases, unknown tags, deep nesting or keys that are lists. It measures and
// refuses what could blow up the package or the checks after it (alias bombs,
// runaway nesting) and words the package's errors plainly.
import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type CST,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from './diagnostics.ts';
import { describeField } from './diagnostics.ts';
import type { ParseResult, YamlSource } from './yamlSourceTypes.ts';
import { describeYamlErrors, type YamlError } from './yamlSyntax.ts';

/** Aliases beyond this many are refused, so an "anchor bomb" cannot blow up memory. */
const MAX_ALIASES = 200;
/**
 * Far deeper than any file of the game needs, and far shallower than what reads the file recursively can take: the
 * yaml package's composer (whose stack overflow can abort the whole process in V8, not just throw), the schema and the checks.
 */
const MAX_DEPTH = 100;
/** Values the aliases may add once written out: plenty to reuse a condition, too few for one big anchor used many times. */
const MAX_ALIAS_EXPANSION = 10_000;

const TOO_MANY_ALIASES = `the file uses YAML aliases (*name) too many times (over ${MAX_ALIASES}); write the content out instead`;
const TOO_DEEP = `lists and groups of fields are nested more than ${MAX_DEPTH} levels deep here; no file of the game needs that many`;

export function parseWithYamlPackage(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };

  // What the yaml package's parseDocument does, with the nesting measured on the parser's tokens (read without
  // recursion) before the composer (which recurses) sees them.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) return { ok: false, errors: [{ file, ...at(deep), field: '', message: TOO_DEEP }] };
  // uniqueKeys is checked below instead: the package's own check is quadratic in a map's size.
  // schema: the core schema even under a `%YAML 1.1` line, whose tags would hand the schema binary arrays, sets and dates.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, schema: 'core' });
  const [doc, another] = composer.compose(tokens, true, text.length);
  if (!doc) return { ok: false, errors: [{ file, line: 1, col: 1, field: '', message: 'the file is empty' }] };

  const shape = inspect(doc.contents);
  const found: YamlError[] = [
    ...doc.errors.map((e) => ({ code: e.code, offset: e.pos[0], message: e.message })),
    ...(another
      ? [
          {
            code: 'MULTIPLE_DOCS' as const,
            offset: another.range[0],
            message: 'YAML syntax: a line "---" starts a second document here; a file holds one',
          },
        ]
      : []),
    ...shape.duplicateKeys.map((offset) => ({
      code: 'DUPLICATE_KEY' as const,
      offset,
      message: 'Map keys must be unique',
    })),
    ...shape.collectionKeys.map((offset) => ({
      code: 'OTHER' as const,
      offset,
      message: 'a field name must be plain text, not a list or a group of fields',
    })),
    // Counted before reading: the yaml package looks each alias up by a scan of the document.
    ...(shape.aliases.length > MAX_ALIASES
      ? [
          {
            code: 'OTHER' as const,
            offset: shape.aliases.map((a) => a.offset).sort((a, b) => a - b)[MAX_ALIASES]!,
            message: TOO_MANY_ALIASES,
          },
        ]
      : []),
  ];
  if (found.length > 0) {
    const problems = describeYamlErrors(text, found, at, plainYamlMessage);
    return {
      ok: false,
      errors: problems.map((e) => ({ file, line: e.line, col: e.col, field: '', message: e.message })),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const unresolved =
      error instanceof ReferenceError ? /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1] : undefined;
    if (unresolved !== undefined) {
      const alias = shape.aliases.filter((a) => a.name === unresolved).sort((a, b) => a.offset - b.offset)[0];
      const message = `the alias *${unresolved} has no anchor &${unresolved} before it to repeat`;
      return { ok: false, errors: [{ file, ...at(alias?.offset ?? 0), field: '', message }] };
    }
    const message =
      error instanceof ReferenceError
        ? TOO_MANY_ALIASES
        : error instanceof RangeError
          ? TOO_DEEP
          : `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [{ file, line: 1, col: 1, field: '', message }] };
  }

  // Each map's pairs by key, indexed the first time a path goes through it, so many problems in one big map stay linear.
  const indexes = new Map<YAMLMap, Map<string, Pair>>();
  const pairAt = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };

  const locate: YamlSource['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let best = offsetOf(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = pairAt(node, String(segment));
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

  const diagnostic: YamlSource['diagnostic'] = (path, message, options) => ({
    file,
    ...locate(path, options),
    field: describeField(path),
    message,
  });
  // Aliases can make what the schema walks deeper, larger or endless (an anchor inside itself) without the text showing it.
  const aliasProblem = shape.aliases.length > 0 ? measureAliased(data) : undefined;
  if (aliasProblem) return { ok: false, errors: [diagnostic(aliasProblem.path, aliasProblem.message)] };

  return { ok: true, source: { file, data, locate, diagnostic } };
}

interface Shape {
  /** Keys that repeat an earlier key of the same map, at the offsets the yaml package's uniqueKeys would report. */
  duplicateKeys: number[];
  /** Keys that are lists or maps: no file needs them, and the yaml package turns them into text in quadratic time. */
  collectionKeys: number[];
  aliases: { offset: number; name: string }[];
}

/**
 * One pass over the parsed nodes, before anything is built from them. One Set per map keeps
 * the duplicate check linear, and an explicit stack keeps deep documents off the call stack.
 */
function inspect(root: unknown): Shape {
  const shape: Shape = { duplicateKeys: [], collectionKeys: [], aliases: [] };
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) shape.aliases.push({ offset: offsetOf(node) ?? 0, name: node.source });
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key: unknown = pair.key;
        if (isScalar(key)) {
          const offset = offsetOf(key);
          if (seen.has(key.value) && offset !== undefined) shape.duplicateKeys.push(offset);
          seen.add(key.value);
        } else if (isMap(key) || isSeq(key)) shape.collectionKeys.push(offsetOf(key) ?? 0);
        else stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return shape;
}

type CollectionToken = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
const isCollectionToken = (token: CST.Token | null | undefined): token is CollectionToken =>
  token?.type === 'block-map' || token?.type === 'block-seq' || token?.type === 'flow-collection';

/** The offset of the first list or map nested deeper than MAX_DEPTH, if any, walking the parser's tokens without recursion. */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  let first: number | undefined;
  const stack: CollectionToken[] = [];
  const depths: number[] = [];
  for (const token of tokens) {
    const value = token.type === 'document' ? token.value : token;
    if (isCollectionToken(value)) {
      stack.push(value);
      depths.push(0);
    }
  }
  while (stack.length > 0) {
    const token = stack.pop()!;
    const depth = depths.pop()!;
    if (depth === MAX_DEPTH) {
      first = Math.min(first ?? token.offset, token.offset);
      continue;
    }
    for (const item of token.items) {
      for (const part of [item.key, item.value]) {
        if (!isCollectionToken(part)) continue;
        stack.push(part);
        depths.push(depth + 1);
      }
    }
  }
  return first;
}

/**
 * The data as the schema will walk it, aliases followed: refused when it contains itself, nests
 * too deeply or repeats too much. Each shared list or map is measured once, so this is linear.
 */
function measureAliased(root: unknown): { path: PathSegment[]; message: string } | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  interface Frame {
    node: object;
    key: PathSegment;
    entries: [PathSegment, unknown][];
    next: number;
    height: number;
    size: number;
  }
  const measured = new Map<object, { height: number; size: number }>();
  const frames: Frame[] = [];
  const open = new Set<object>();
  let distinct = 0;
  const enter = (node: object, key: PathSegment) => {
    open.add(node);
    distinct++;
    const entries: [PathSegment, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    frames.push({ node, key, entries, next: 0, height: 1, size: 1 });
  };
  const pathTo = (key: PathSegment) => [...frames.slice(1).map((f) => f.key), key];
  enter(root, '');
  for (;;) {
    const top = frames[frames.length - 1]!;
    if (top.next < top.entries.length) {
      const [key, child] = top.entries[top.next++]!;
      if (child === null || typeof child !== 'object') {
        top.size++;
        distinct++;
      } else if (open.has(child)) {
        return {
          path: pathTo(key),
          message: 'this YAML alias (*name) repeats a list or group that contains it, so it would never end',
        };
      } else {
        const known = measured.get(child);
        if (frames.length + (known?.height ?? 1) > MAX_DEPTH) return { path: pathTo(key), message: TOO_DEEP };
        if (!known) enter(child, key);
        else {
          top.height = Math.max(top.height, known.height + 1);
          top.size += known.size;
        }
      }
      continue;
    }
    frames.pop();
    open.delete(top.node);
    measured.set(top.node, { height: top.height, size: top.size });
    const parent = frames[frames.length - 1];
    if (!parent) break;
    parent.height = Math.max(parent.height, top.height + 1);
    parent.size += top.size;
  }
  const written = measured.get(root)!.size;
  return written > distinct + MAX_ALIAS_EXPANSION
    ? {
        path: [],
        message: `the file's YAML aliases (*name) repeat too much: over ${MAX_ALIAS_EXPANSION} values once written out; write the content out instead`,
      }
    : undefined;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

/** The yaml package's messages are good but terse and sometimes technical; soften the common ones. */
function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (/^(YAML syntax: |a field name must|the file uses)/.test(first)) return first;
  if (/Map keys must be unique/i.test(first))
    return 'the same field name appears twice here; each field may appear once';
  if (/Implicit map keys need to be followed by map values/i.test(first))
    return 'YAML syntax: a field name needs a colon after it (name: value)';
  if (/Implicit keys need to be on a single line/i.test(first))
    return 'YAML syntax: a field name needs a colon after it (name: value), all on one line';
  if (/Nested mappings are not allowed in compact mappings/i.test(first))
    return 'YAML syntax: a value that contains ": " must be put in quotes';
  if (/tab/i.test(first)) return 'YAML syntax: use spaces, not tabs, for indentation';
  // Nesting is measured before the composer runs; should it still run out of stack, say why in plain words.
  if (/call stack/i.test(first)) return TOO_DEEP;
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
}
