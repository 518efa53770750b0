// Completion in the studio's source view from the scenario format's JSON Schema (the one scenario.schema.json is
// written from): at a key, the fields that may stand there and are not written yet, each with what it is for; after
// `key: `, the values the field allows (a service level, an ending's core). Where the cursor is, is read from the
// indentation of the lines above it, as a person reads YAML: each line less indented is the field this one is in.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';

type Schema = Record<string, unknown>;
const ITEM: unique symbol = Symbol('item');
/** A field's name, or ITEM for a place in a list. */
type Step = string | typeof ITEM;

interface LineShape {
  /** Columns of the list dashes at the line's start. */
  dashes: number[];
  key: string | null;
  keyCol: number;
  /** Where the line's content starts (after any dashes). */
  content: number;
}

function shapeOf(line: string): LineShape | null {
  if (/^\s*(#.*)?$/.test(line)) return null;
  const dashes: number[] = [];
  let at = line.search(/\S/);
  while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
    dashes.push(at);
    at += 1;
    while (line[at] === ' ') at++;
  }
  const key = /^([A-Za-z0-9_-]+|"[^"]*"|'[^']*')[ \t]*:(?:\s|$)/.exec(line.slice(at));
  return { dashes, key: key ? key[1]!.replace(/^["']|["']$/g, '') : null, keyCol: at, content: at };
}

/** The path of fields and list places that the text at `indent` on line `lineIndex` is inside. */
export function pathAt(lines: readonly string[], lineIndex: number, indent: number, ownDashes: number[]): Step[] {
  const path: Step[] = ownDashes.map((): Step => ITEM);
  let limit = ownDashes.length ? ownDashes[0]! : indent;
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const shape = shapeOf(lines[i]!);
    if (!shape) continue;
    if (shape.key !== null && shape.keyCol < limit) {
      path.unshift(shape.key);
      limit = shape.keyCol;
    }
    const dashes = shape.dashes.filter((d) => d < limit);
    if (dashes.length) {
      path.unshift(...dashes.map((): Step => ITEM));
      limit = dashes[0]!;
    }
  }
  return path;
}

function resolve(node: unknown, root: Schema): Schema[] {
  if (typeof node !== 'object' || node === null) return [];
  const schema = node as Schema;
  const ref = typeof schema['$ref'] === 'string' ? (schema['$ref'] as string) : null;
  if (ref?.startsWith('#/$defs/')) return resolve((root['$defs'] as Schema | undefined)?.[ref.slice(8)], root);
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((k) =>
    Array.isArray(schema[k]) ? (schema[k] as unknown[]).flatMap((b) => resolve(b, root)) : [],
  );
  return [schema, ...branches];
}

function childOf(nodes: Schema[], step: Step, root: Schema): Schema[] {
  return nodes.flatMap((node) => {
    if (step === ITEM) return resolve(node['items'], root);
    const properties = node['properties'] as Record<string, unknown> | undefined;
    if (properties && step in properties) return resolve(properties[step], root);
    return typeof node['additionalProperties'] === 'object' ? resolve(node['additionalProperties'], root) : [];
  });
}

function schemaAt(root: Schema, path: readonly Step[]): Schema[] {
  return path.reduce<Schema[]>((nodes, step) => childOf(nodes, step, root), resolve(root, root));
}

const describe = (node: Schema | undefined) =>
  node && typeof node['description'] === 'string' ? (node['description'] as string) : undefined;

/** The keys written already in the block the line is in (same indentation, up to a line less indented). */
function keysNearby(lines: readonly string[], lineIndex: number, col: number): Set<string> {
  const found = new Set<string>();
  for (const direction of [-1, 1]) {
    for (let i = lineIndex + direction; i >= 0 && i < lines.length; i += direction) {
      const shape = shapeOf(lines[i]!);
      if (!shape) continue;
      if (shape.keyCol < col || (shape.dashes.length > 0 && shape.dashes[0]! < col)) {
        if (direction < 0 && shape.keyCol === col && shape.key) found.add(shape.key);
        break;
      }
      if (shape.keyCol === col && shape.key) found.add(shape.key);
    }
  }
  return found;
}

export function scenarioCompletion(schema: Schema) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const lines = context.state.doc.toString().split('\n');
    const index = line.number - 1;
    // A value after `key: `: the values the field allows.
    const value = /^(\s*(?:-\s+)*)([A-Za-z0-9_-]+):\s+([\w-]*)$/.exec(before);
    if (value) {
      const shape = shapeOf(line.text)!;
      const path = [...pathAt(lines, index, shape.content, shape.dashes), value[2]!];
      const options = schemaAt(schema, path).flatMap((node) => [
        ...(Array.isArray(node['enum']) ? (node['enum'] as unknown[]) : []),
        ...('const' in node ? [node['const']] : []),
      ]);
      const unique = [...new Set(options.filter((o): o is string => typeof o === 'string'))];
      if (!unique.length) return null;
      return { from: context.pos - value[3]!.length, options: unique.map((label) => ({ label, type: 'enum' })) };
    }
    // A key: the fields that may stand here and are not written yet.
    const key = /^(\s*)((?:-\s+)*)([A-Za-z0-9_-]*)$/.exec(before);
    if (!key || (!context.explicit && key[3] === '' && key[2] === '')) return null;
    const dashes: number[] = [];
    let col = key[1]!.length;
    for (const dash of key[2]!.matchAll(/-\s+/g)) {
      dashes.push(col);
      col += dash[0].length;
    }
    const path = pathAt(lines, index, col, dashes);
    const written = dashes.length ? new Set<string>() : keysNearby(lines, index, col);
    const options: Completion[] = [];
    for (const node of schemaAt(schema, path)) {
      const properties = node['properties'] as Record<string, Schema> | undefined;
      for (const [name, field] of Object.entries(properties ?? {})) {
        if (written.has(name) || options.some((o) => o.label === name)) continue;
        const info = describe(field) ?? describe(resolve(field, schema).find((n) => describe(n)));
        options.push({ label: name, type: 'property', apply: `${name}: `, ...(info ? { info } : {}) });
      }
    }
    return options.length ? { from: context.pos - key[3]!.length, options, validFor: /^[\w-]*$/ } : null;
  };
}
