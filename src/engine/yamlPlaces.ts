// Where each node of a YAML file starts, from what js-yaml 4's position listener
// reported (yamlReadings.ts), at the offsets the yaml package gives its nodes
// (`range[0]`), so a problem is placed the same whichever reader read the file.
// js-yaml reports where it began reading a node (before the spaces, anchor or tag
// in front of it) and where it stopped, and sometimes reads one node twice over
// (a list item it first tries as a key), which here counts once. The values are
// the data the reading gave, taken down the path alongside the nodes. Only the maps
// and lists a path goes through are worked out, each once: placing one problem
// in a big file costs about as much as that problem's path, not the file.
import type { PathSegment } from './diagnostics.ts';
import { isIndexName, LIST, MAP, NULL, type Readings } from './yamlReadings.ts';

/** Where a node starts; a map's pairs and a list's items, worked out when first asked for. */
export interface Placed {
  offset: number;
  pairs?: () => Map<string, { key: number; value: Placed }>;
  items?: () => Placed[];
}

/** The node read as `i`, whose value is `value`, with the nodes under it placed when a path goes through them. */
export function placesOf(text: string, readings: Readings, i: number, value: unknown): Placed {
  const node = once(readings, i);
  const offset = startOf(text, readings, node);
  const kind = readings.kind(node);
  if (kind === LIST && Array.isArray(value))
    return { offset, items: remembered(() => itemsOf(text, readings, node, offset, value)) };
  if (kind === MAP && value !== null && typeof value === 'object')
    return { offset, pairs: remembered(() => pairsOf(text, readings, readings.childrenOf(node), value)) };
  return { offset };
}

function remembered<T>(work: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= work());
}

/** A node read twice over (the same end, the same value) is one node, begun where the outer reading began. */
function once(readings: Readings, i: number): number {
  const { open } = readings;
  let node = i;
  while (readings.readTwice(node)) {
    // The readings are this file's own, read once: the inner one can take the outer one's start in place.
    open[node + 1] = open[node]!;
    node++;
  }
  return node;
}

/** The list's items; an empty item (a "-" with nothing after it) has no reading of its own. */
function itemsOf(text: string, readings: Readings, node: number, start: number, list: unknown[]): Placed[] {
  const { open, close } = readings;
  const children = readings.childrenOf(node);
  const items: Placed[] = [];
  let next = 0;
  let after = start;
  for (let i = 0; i < list.length; i++) {
    const dash = indicatorAt(text, after, '-');
    const child = children[next];
    const item = list[i];
    if (child !== undefined && dash < 0 && isPair(readings, once(readings, child), item)) {
      // `[x: y]`: a pair in a flow list is a map of one pair, of which js-yaml reads only the key and the value.
      const pairs = pairsOf(text, readings, children.slice(next, next + 2), item as object);
      items.push({ offset: startOf(text, readings, once(readings, child)), pairs: () => pairs });
      const value = children[next + 1];
      after = value !== undefined ? close[value]! : close[child]!;
      next += 2;
    } else if (child !== undefined && (dash < 0 || open[child]! <= skipGap(text, dash + 1))) {
      items.push(placesOf(text, readings, child, item));
      after = close[child]!;
      next++;
    } else {
      items.push({ offset: skipSpaces(text, dash + 1) });
      after = dash + 1;
    }
  }
  return items;
}

/**
 * An item of a flow list read as a key and a value, not as a node of its own: the item is a map, made for the
 * pair, where the reading is the key's (a key is never a list or a map: the yaml package reads such files).
 */
function isPair(readings: Readings, child: number, item: unknown): boolean {
  const kind = readings.kind(child);
  return kind !== LIST && kind !== MAP && typeof item === 'object' && item !== null && !Array.isArray(item);
}

/**
 * A map's pairs from its children, read key, value, key, value…; the values are placed, their insides are not yet.
 * The keys are named from the map itself, which keeps them in file order, all but those that are array indexes,
 * which the reading kept.
 */
function pairsOf(
  text: string,
  readings: Readings,
  children: readonly number[],
  map: object,
): Map<string, { key: number; value: Placed }> {
  const pairs = new Map<string, { key: number; value: Placed }>();
  const names = Object.keys(map).filter((name) => !isIndexName(name));
  let named = 0;
  for (let i = 0; i < children.length; i++) {
    const key = once(readings, children[i]!);
    const keyAt = startOf(text, readings, key);
    const name = readings.indexName(key) ?? names[named++];
    if (name === undefined) break;
    // In a flow map, a key without a colon has an empty value, placed at the key itself.
    const value = text.charCodeAt(skipSpaces(text, readings.close[key]!)) === 58 ? children[++i] : undefined;
    if (!pairs.has(name))
      pairs.set(name, {
        key: keyAt,
        value:
          value !== undefined
            ? placesOf(text, readings, value, (map as Record<string, unknown>)[name])
            : { offset: keyAt },
      });
  }
  return pairs;
}

/**
 * Where the node's own text starts: past spaces, line breaks, comments, and its anchor or tag. An empty value starts
 * where js-yaml began reading it, past the spaces after its ":" or "-".
 */
function startOf(text: string, readings: Readings, node: number): number {
  const open = readings.open[node]!;
  let i = skipGap(text, open);
  while (text[i] === '&' || text[i] === '!') {
    while (i < text.length && !/[\s,[\]{}]/.test(text[i]!)) i++;
    i = skipGap(text, i);
  }
  // js-yaml's input ends in a NUL it adds, so a node read to the end may close one past the text.
  const empty = readings.kind(node) === NULL && (i >= readings.close[node]! || i >= text.length);
  return empty ? skipSpaces(text, afterIndicator(text, open)) : i;
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
        const pair = node.pairs().get(String(segment));
        if (!pair) break;
        if (i === path.length - 1 && options.key) {
          best = pair.key;
          break;
        }
        node = pair.value;
        best = node.offset;
      } else if (node?.items && typeof segment === 'number') {
        node = node.items()[segment];
        best = node?.offset ?? best;
      } else {
        break;
      }
    }
    return at(best);
  };
}
