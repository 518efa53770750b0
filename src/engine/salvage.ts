// When the schema refuses parts of a story, the rest of it can still be checked
// for wrong names (beats, cast, principles, art), so an author sees every problem
// in one run. The refused parts are repaired or set aside, round by round, until
// what is left passes the schema: a misspelt enum value stands in as a valid one,
// a wrong optional field is left out, and a part that cannot stand without the
// broken field (a choice, a line, a beat) is set aside whole. The names a file
// declares are still known even when their parts were set aside, so nothing
// points at a beat "that does not exist" because its own text was broken.
import type { z } from 'zod';
import type { PathSegment } from './diagnostics.ts';

type Issue = z.ZodError['issues'][number];
type Path = readonly PathSegment[];

/** A list item set aside: kept as a hole in the working copy, so every other item keeps its number. */
const SET_ASIDE: unique symbol = Symbol('set aside');

/** Beyond this many problems the file is broken wholesale: report the shape alone. */
const MOST_ISSUES = 500;
/** Each round fixes one layer (a wrong field, then the part that needs it); three or four suffice in practice. */
const MOST_ROUNDS = 8;

export interface Salvaged<T> {
  value: T;
  /** Parts set aside whole (a beat, a choice, a line), in the file's own numbering. */
  setAside: Path[];
  /** Fields left out or replaced by a stand-in: anything found there, or about their parent, is not the author's. */
  repaired: Path[];
  left: Path[];
  /** From the salvaged value's numbering (holes closed up) back to the file's. */
  inFile(path: Path): PathSegment[];
}

type Tree = Record<string, unknown> | unknown[];
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null;
const isRecord = (v: unknown): v is Record<string, unknown> => isTree(v) && !Array.isArray(v);

/** Record-like groups keyed by the author's own names: an entry there is a part that can be set aside. */
const NAMED_PARTS = new Set(['beats', 'cast', 'variations']);

export function salvage<T>(
  data: object,
  schema: z.ZodType<T>,
  issues: readonly Issue[],
  placeholders: Readonly<Record<string, unknown>>,
): Salvaged<T> | undefined {
  if (issues.length > MOST_ISSUES) return undefined;
  const work = copyTree(data) as Tree;
  const setAside: Path[] = [];
  const repaired: Path[] = [];
  const left: Path[] = [];
  const tried = new Set<string>();
  let pending = issues;
  let holes = false;
  const inFile = (path: Path) => toWorking(work, path);
  for (let round = 0; round < MOST_ROUNDS; round++) {
    let changed = false;
    for (const issue of pending) {
      const path = inFile(issue.path.map((p) => (typeof p === 'number' ? p : String(p))));
      const done = repair(work, path, issue, { tried, setAside, repaired, left, placeholders });
      if (done === 'hole') holes = true;
      changed ||= done !== false;
    }
    if (!changed) return undefined;
    const result = schema.safeParse(holes ? closeHoles(work) : work);
    if (result.success) return { value: result.data, setAside, repaired, left, inFile };
    pending = result.error.issues;
  }
  return undefined;
}

interface Records {
  tried: Set<string>;
  setAside: Path[];
  repaired: Path[];
  left: Path[];
  placeholders: Readonly<Record<string, unknown>>;
}

/** One issue's repair in the working copy: false when nothing more can be done for it. */
function repair(work: Tree, path: PathSegment[], issue: Issue, records: Records): boolean | 'hole' {
  const here = valueAt(work, path);
  const key = path.join('\u0000');
  if (issue.code === 'unrecognized_keys' && isRecord(here)) {
    // Unknown fields are simply not read: the rest of their group is sound.
    for (const k of issue.keys) delete here[k];
    return true;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0 && here !== undefined && !records.tried.has(key)) {
    // A misspelt choice from a fixed list stands in as the one meant (or the last, which asks least of the
    // fields around it: heroic, not harmful); nothing checked later reads it.
    records.tried.add(key);
    records.repaired.push(path);
    const meant =
      typeof here === 'string' ? issue.values.find((v) => String(v).toLowerCase() === here.toLowerCase()) : undefined;
    return setAt(work, path, meant ?? issue.values[issue.values.length - 1]);
  }
  const parent = valueAt(work, path.slice(0, -1));
  const last = path[path.length - 1];
  if (here !== undefined && last !== undefined && isRecord(parent) && !records.tried.has(key)) {
    // Leave the field out; if it was required, the next round asks for it and the part it belongs to is set aside.
    records.tried.add(key);
    delete parent[String(last)];
    (isPart(path) ? records.setAside : records.left).push(path);
    return true;
  }
  for (let n = path.length; n > 0; n--) {
    const part = path.slice(0, n);
    if (!isPart(part)) continue;
    records.setAside.push(part);
    const holder = valueAt(work, part.slice(0, -1));
    if (Array.isArray(holder)) {
      holder[part[n - 1] as number] = SET_ASIDE;
      return 'hole';
    }
    if (isRecord(holder)) delete holder[String(part[n - 1])];
    return true;
  }
  // A top-level field has no part to set aside: a neutral stand-in lets the rest be checked.
  const field = String(path[0] ?? '');
  const once = `stand-in:${field}`;
  if (path.length === 0 || !Object.hasOwn(records.placeholders, field) || !isRecord(work) || records.tried.has(once))
    return false;
  records.tried.add(once);
  records.repaired.push([field]);
  work[field] = copyTree(records.placeholders[field]);
  return true;
}

/** A list item, or an entry of beats, cast or variations. */
function isPart(path: Path): boolean {
  const last = path[path.length - 1];
  return typeof last === 'number' || (path.length === 2 && NAMED_PARTS.has(String(path[0])));
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (!isTree(node)) return undefined;
    node = Array.isArray(node)
      ? typeof segment === 'number'
        ? node[segment]
        : undefined
      : Object.hasOwn(node, segment)
        ? node[segment]
        : undefined;
  }
  return node === SET_ASIDE ? undefined : node;
}

function setAt(root: Tree, path: Path, value: unknown): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isTree(parent) || last === undefined) return false;
  (parent as Record<string, unknown>)[String(last)] = value;
  return true;
}

/** A copy to repair, so the file's own data stays as read. (Data from YAML: lists, plain groups and scalars, nested at most 100 deep.) */
function copyTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(copyTree);
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, copyTree(v)]));
  return node;
}

/** The working copy with the holes closed up, as the schema should see it. */
function closeHoles(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== SET_ASIDE).map(closeHoles);
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closeHoles(v)]));
  return node;
}

/** A path in the closed-up copy, numbered as in the file (the working copy keeps its holes). */
function toWorking(work: Tree, path: Path): PathSegment[] {
  let node: unknown = work;
  const out: PathSegment[] = [];
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') {
      let seen = -1;
      const index = node.findIndex((item) => item !== SET_ASIDE && ++seen === segment);
      out.push(index < 0 ? segment : index);
      node = index < 0 ? undefined : node[index];
    } else {
      out.push(segment);
      node = isRecord(node) ? node[String(segment)] : undefined;
    }
  }
  return out;
}

/** Whether `path` lies at or under `base`. */
export function within(path: Path, base: Path): boolean {
  return base.length <= path.length && base.every((segment, i) => segment === path[i]);
}
