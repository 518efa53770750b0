// What js-yaml 4's position listener reports while it reads a file, kept flat:
// each node's index is the order it opened in, with where js-yaml began and
// stopped reading it, what it read, and the index after its last descendant.
// Kept during the one reading the file gets, this costs a few numbers per node;
// a second reading to find places cost as much as the first (yamlPlaces.ts turns
// these into places only when a problem needs one).

export class Readings {
  /** Where js-yaml began reading each node. yamlPlaces.ts moves a start out to the reading a node was read twice in. */
  open: Int32Array;
  close: Int32Array;
  /** The index after the node's last descendant: its children are `i + 1`, then each child's `end`, up to this. */
  end: Int32Array;
  /** Where in `results` each node's result is. */
  private resultAt: Int32Array;
  /**
   * What each node read, in the order the nodes closed: pushed, the array stays packed; set by index in the order
   * nodes opened, it would be filled out of order, which V8 stores as a slow sparse array.
   */
  private readonly results: unknown[] = [];
  count = 0;
  private readonly opened: number[] = [];

  /** `expected`: a guess at how many nodes the file has; the arrays grow past it if need be. */
  constructor(expected: number) {
    const size = Math.max(16, expected);
    this.open = new Int32Array(size);
    this.close = new Int32Array(size);
    this.end = new Int32Array(size);
    this.resultAt = new Int32Array(size);
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
    this.resultAt[i] = this.results.push(result) - 1;
    return this.open[i]!;
  }

  result(i: number): unknown {
    return this.results[this.resultAt[i]!];
  }

  /** The node's children, in the order they were read. */
  childrenOf(i: number): number[] {
    const children: number[] = [];
    for (let child = i + 1; child < this.end[i]!; child = this.end[child]!) children.push(child);
    return children;
  }

  /** The node's only child, if it has exactly one. */
  onlyChild(i: number): number | undefined {
    const child = i + 1;
    return child < this.end[i]! && this.end[child] === this.end[i] ? child : undefined;
  }

  private grow(): void {
    const larger = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.open = larger(this.open);
    this.close = larger(this.close);
    this.end = larger(this.end);
    this.resultAt = larger(this.resultAt);
  }
}
