// Where each node of a YAML file starts, from what js-yaml 4's position listener
// reports, at the offsets the yaml package gives its nodes (`range[0]`), so a
// problem is placed the same whichever reader read the file. js-yaml reports
// where it began reading a node (before the spaces, anchor or tag in front of
// it) and where it stopped, and sometimes reads one node twice over (a list
// item it first tries as a key), which here counts once.
import type { PathSegment } from './diagnostics.ts';

/** One node as js-yaml read it: from its listener's "open" and "close". */
export interface Reading {
  open: number;
  close: number;
  result: unknown;
  children: Reading[];
}

/** Where a node starts; lists and maps with their children. */
export interface Placed {
  offset: number;
  pairs?: Map<string, { key: number; value: Placed }>;
  items?: Placed[];
}

/** The node read, with every node under it placed. */
export function placesOf(text: string, reading: Reading): Placed {
  const node = once(reading);
  const offset = startOf(text, node);
  if (Array.isArray(node.result)) return { offset, items: itemsOf(text, node, offset) };
  if (node.result !== null && typeof node.result === 'object') return { offset, pairs: pairsOf(text, node) };
  return { offset };
}

/** A node read twice over (the same end, the same value) is one node, begun where the outer reading began. */
function once(reading: Reading): Reading {
  let node = reading;
  for (;;) {
    const inner = node.children.length === 1 ? node.children[0]! : undefined;
    if (!inner || inner.close !== node.close || !Object.is(inner.result, node.result)) return node;
    // The readings are this module's own, read once: the inner one can take the outer one's start in place.
    inner.open = node.open;
    node = inner;
  }
}

/** The list's items; an empty item (a "-" with nothing after it) has no reading of its own. */
function itemsOf(text: string, node: Reading, start: number): Placed[] {
  const items: Placed[] = [];
  let next = 0;
  let after = start;
  for (let i = 0; i < (node.result as unknown[]).length; i++) {
    const dash = indicatorAt(text, after, '-');
    const child = node.children[next];
    const item = (node.result as unknown[])[i];
    if (child && dash < 0 && !Object.is(once(child).result, item)) {
      // `[x: y]`: a pair in a flow list is a map of one pair, of which js-yaml reads only the key and the value.
      const pairs = pairsOf(text, { ...node, children: node.children.slice(next, next + 2) });
      items.push({ offset: startOf(text, once(child)), pairs });
      after = node.children[next + 1]?.close ?? child.close;
      next += 2;
    } else if (child && (dash < 0 || child.open <= skipGap(text, dash + 1))) {
      items.push(placesOf(text, child));
      after = child.close;
      next++;
    } else {
      items.push({ offset: skipSpaces(text, dash + 1) });
      after = dash + 1;
    }
  }
  return items;
}

function pairsOf(text: string, node: Reading): Map<string, { key: number; value: Placed }> {
  const pairs = new Map<string, { key: number; value: Placed }>();
  for (let i = 0; i < node.children.length; i++) {
    const key = once(node.children[i]!);
    const keyAt = startOf(text, key);
    const name = String(key.result);
    // In a flow map, a key without a colon has an empty value, placed at the key itself.
    const value = text.charCodeAt(skipSpaces(text, key.close)) === 58 ? node.children[++i] : undefined;
    if (!pairs.has(name)) pairs.set(name, { key: keyAt, value: value ? placesOf(text, value) : { offset: keyAt } });
  }
  return pairs;
}

/**
 * Where the node's own text starts: past spaces, line breaks, comments, and its anchor or tag. An empty value starts
 * where js-yaml began reading it, past the spaces after its ":" or "-".
 */
function startOf(text: string, node: Reading): number {
  let i = skipGap(text, node.open);
  while (text[i] === '&' || text[i] === '!') {
    while (i < text.length && !/[\s,[\]{}]/.test(text[i]!)) i++;
    i = skipGap(text, i);
  }
  // js-yaml's input ends in a NUL it adds, so a node read to the end may close one past the text.
  const empty = node.result === null && (i >= node.close || i >= text.length);
  return empty ? skipSpaces(text, afterIndicator(text, node.open)) : i;
}

/** Back past the spaces and line breaks js-yaml may have read before it began an empty value, to its ":" or "-". */
function afterIndicator(text: string, i: number): number {
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\n')) i--;
  return i;
}

/** The first `indicator` at or after `from` outside comments, or -1. */
function indicatorAt(text: string, from: number, indicator: string): number {
  const i = skipGap(text, from);
  return text[i] === indicator ? i : -1;
}

/** Past spaces, line breaks and comments. */
function skipGap(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\n') i++;
    else if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else return i;
  }
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

/** The walk of the yaml package path's locate (yamlPackageSource.ts), over these places. */
export function locateIn(root: Placed, at: (offset: number) => { line: number; col: number }) {
  return (path: readonly PathSegment[], options: { key?: boolean } = {}) => {
    let node: Placed | undefined = root;
    let best = root.offset;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (node?.pairs) {
        const pair = node.pairs.get(String(segment));
        if (!pair) break;
        if (i === path.length - 1 && options.key) {
          best = pair.key;
          break;
        }
        node = pair.value;
        best = node.offset;
      } else if (node?.items && typeof segment === 'number') {
        node = node.items[segment];
        best = node?.offset ?? best;
      } else {
        break;
      }
    }
    return at(best);
  };
}
