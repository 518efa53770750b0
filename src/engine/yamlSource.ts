// Reads YAML so that any problem found later (by the schema, the reference
// checks or the graph checks) can be pointed at its line and column in the
// author's file. Most files are in the common subset that commonYaml.ts reads
// fast; the rest go to the yaml package, which also finds and words YAML errors.
import { LineCounter } from 'yaml';
import { readCommonYaml, type Placed } from './commonYaml.ts';
import type { Diagnostic, PathSegment } from './diagnostics.ts';
import { describeField } from './diagnostics.ts';
import { parseWithYamlPackage } from './yamlPackageSource.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the node at `path`; with `key`, of the last segment's key; falls back to the deepest node that exists. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
  diagnostic(path: readonly PathSegment[], message: string, options?: { key?: boolean }): Diagnostic;
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; errors: Diagnostic[] };

type Locate = YamlSource['locate'];

export function parseYamlSource(file: string, text: string): ParseResult {
  const common = readCommonYaml(text);
  if (!common) return parseWithYamlPackage(file, text);
  // Positions are worked out only when a problem needs placing: a sound file never pays for them.
  let placed: Locate | undefined;
  const locate: Locate = (path, options) => (placed ??= locateInText(file, text))(path, options);
  const diagnostic: YamlSource['diagnostic'] = (path, message, options) => ({ file, ...locate(path, options), field: describeField(path), message });
  return { ok: true, source: { file, data: common.data, locate, diagnostic } };
}

/** Reads the text again, this time keeping where every node starts. */
function locateInText(file: string, text: string): Locate {
  const root = readCommonYaml(text, true)?.placed;
  if (!root) {
    // Cannot happen (the reader decides the same way both times); should it, the yaml package still knows the places.
    const full = parseWithYamlPackage(file, text);
    return full.ok ? full.source.locate : () => ({ line: 1, col: 1 });
  }
  // The yaml package's own line counter, fed the same line starts its parser reports, so line and column agree with it.
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return locateIn(root, (offset) => {
    const { line, col } = lines.linePos(offset);
    return { line, col };
  });
}

/** The same walk as the yaml package path's locate, over the common reader's positions. */
function locateIn(root: Placed, at: (offset: number) => { line: number; col: number }): Locate {
  return (path, options = {}) => {
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
