// What js-yaml 4's position listener reports while it reads a file, kept flat:
// each node's index is the order it opened in, with where js-yaml began and
// stopped reading it, what kind of value it read, and the index after its last
// descendant. Kept during the one reading the file gets, this costs a few numbers
// per node; a second reading to find places cost as much as the first
// (yamlPlaces.ts turns these into places only when a problem needs one, taking the
// values themselves from the data the reading gave).

/** The kind of value a node read, in the low two bits. */
export const NULL = 0;
export const LIST = 1;
export const MAP = 2;
export const SCALAR = 3;
const KIND = 3;
/** Set on a node whose only child was read at the same place to the same value: one node, read twice over. */
const TWICE = 4;

/**
 * Whether a value written out is an array index ("0", "12"), which a JavaScript object lists before its other keys,
 * whatever their order in the file.
 */
export function isIndexName(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 4294967295;
  // The first character first: this is asked of every text the reading makes.
  if (typeof value !== 'string' || value.length > 10 || !(value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57))
    return false;
  return /^(?:0|[1-9]\d{0,9})$/.test(value) && Number(value) < 4294967295;
}

/** Whether nothing but spaces lies from `from` up to `to` (nothing at all when they are equal). */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

export class Readings implements NodeTrack {
  /** Where js-yaml began reading each node. yamlPlaces.ts moves a start out to the reading a node was read twice in. */
  open: Int32Array;
  close: Int32Array;
  /** The index after the node's last descendant: its children are `i + 1`, then each child's `end`, up to this. */
  end: Int32Array;
  /**
   * Each node's kind, and whether it was read twice. Only these are kept, not the values: an array holding every
   * value the reading made cost a 10,000-beat story a tenth of its reading, most of it in the collector.
   */
  private kinds: Uint8Array;
  /** The text of the scalars that are array indexes, by node: the few keys an object does not keep in file order. */
  private readonly indexNames = new Map<number, string>();
  count = 0;
  private readonly opened: number[] = [];
  /** What the node that closed last read. */
  private last: unknown;

  /** `expected`: a guess at how many nodes the file has; the arrays grow past it if need be. */
  constructor(
    private readonly text: string,
    expected: number,
  ) {
    const size = Math.max(16, expected);
    this.open = new Int32Array(size);
    this.close = new Int32Array(size);
    this.end = new Int32Array(size);
    this.kinds = new Uint8Array(size);
  }

  /** A node begins at `position`; returns how deep the open nodes now are. */
  begin(position: number): number {
    if (this.count === this.open.length) this.grow();
    this.open[this.count] = position;
    return this.opened.push(this.count++);
  }

  /** The innermost open node stopped at `position` with `result`; returns where it began. */
  finish(position: number, result: unknown): number {
    const i = this.opened.pop()!;
    this.close[i] = position;
    this.end[i] = this.count;
    let kind = result === null ? NULL : Array.isArray(result) ? LIST : typeof result === 'object' ? MAP : SCALAR;
    if (kind === SCALAR && isIndexName(result)) this.indexNames.set(i, String(result));
    // An only child closes just before its parent: if it stopped at the same place with the same value, the
    // parent is that node read twice over. The outer reading may stop past spaces after the inner one (a flow
    // `{…}` or `[…]` list item with spaces after it): still the same place.
    const child = i + 1;
    if (
      child < this.count &&
      this.end[child] === this.count &&
      onlySpacesBetween(this.text, this.close[child]!, position) &&
      Object.is(this.last, result)
    )
      kind |= TWICE;
    this.kinds[i] = kind;
    this.last = result;
    return this.open[i]!;
  }

  /** NULL, LIST, MAP or SCALAR. */
  kind(i: number): number {
    return this.kinds[i]! & KIND;
  }

  /** Whether the node's only child is the same node, read twice over. */
  readTwice(i: number): boolean {
    return (this.kinds[i]! & TWICE) !== 0;
  }

  /** The text of a scalar that is an array index, as a key would be named; undefined for any other node. */
  indexName(i: number): string | undefined {
    return this.indexNames.get(i);
  }

  /** The node's children, in the order they were read. */
  childrenOf(i: number): number[] {
    const children: number[] = [];
    for (let child = i + 1; child < this.end[i]!; child = this.end[child]!) children.push(child);
    return children;
  }

  private grow(): void {
    const larger = <T extends Int32Array | Uint8Array>(from: T, make: (length: number) => T): T => {
      const to = make(from.length * 2);
      to.set(from);
      return to;
    };
    this.open = larger(this.open, (n) => new Int32Array(n));
    this.close = larger(this.close, (n) => new Int32Array(n));
    this.end = larger(this.end, (n) => new Int32Array(n));
    this.kinds = larger(this.kinds, (n) => new Uint8Array(n));
  }
}

/** What a reading's guards need of each node: where it began, and how deep the open nodes are. */
export interface NodeTrack {
  /** A node begins at `position`; returns how deep the open nodes now are. */
  begin(position: number): number;
  /** The innermost open node stopped at `position` with `result`; returns where it began. */
  finish(position: number, result: unknown): number;
}

/**
 * Only where each open node began: all a first reading keeps. Most files have no problem to place, and keeping
 * every node's readings (Readings) as well slowed a big story's check (README, Speed); a file that has one is
 * read again with them (jsYamlSource.ts).
 */
export class OpenStarts implements NodeTrack {
  private starts = new Int32Array(64);
  private depth = 0;

  begin(position: number): number {
    if (this.depth === this.starts.length) {
      const larger = new Int32Array(this.starts.length * 2);
      larger.set(this.starts);
      this.starts = larger;
    }
    this.starts[this.depth++] = position;
    return this.depth;
  }

  finish(): number {
    return this.starts[--this.depth]!;
  }
}
