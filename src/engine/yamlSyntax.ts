// Words the yaml package's syntax errors as an author would say them: what is
// wrong, at the place the fix goes, with the fix. Follow-on errors (the parser
// losing its footing after the first mistake in a block) are dropped, so a tab
// is one problem, not five. Errors are told apart by the package's codes.
import type { ErrorCode } from 'yaml';

export interface YamlError {
  code: ErrorCode | 'OTHER';
  offset: number;
  /** The package's own message, used where no plainer one is known. */
  message: string;
}

export interface Placed {
  line: number;
  col: number;
  message: string;
}

type At = (offset: number) => { line: number; col: number };

/** Problems found on the parsed file rather than by the parser: never knock-on effects of another. */
const INDEPENDENT = new Set<YamlError['code']>(['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'OTHER']);

/** One problem per block of the file: later errors in a block that already has one are the parser losing its way. */
export function describeYamlErrors(
  text: string,
  errors: readonly YamlError[],
  at: At,
  fallback: (message: string) => string,
): Placed[] {
  const lines = text.split('\n');
  // A tab is the cause of what the parser says around it, wherever that lands: report tabs first.
  const ordered = [...errors].sort(
    (a, b) => Number(b.code === 'TAB_AS_INDENT') - Number(a.code === 'TAB_AS_INDENT') || a.offset - b.offset,
  );
  const taken = new Set<number>();
  const placed: Placed[] = [];
  for (const error of ordered) {
    const { line, col } = at(error.offset);
    const block = blockOf(lines, line);
    if (taken.has(block) && error.code !== 'TAB_AS_INDENT' && !INDEPENDENT.has(error.code)) continue;
    if (placed.some((p) => p.line === line)) continue;
    taken.add(block);
    placed.push(describe(error, lines, line, col, fallback));
  }
  return placed.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** The line number of the top-level field (or the entry one level in, such as a beat) the line belongs to. */
function blockOf(lines: readonly string[], line: number): number {
  for (let n = line; n >= 1; n--) {
    const text = lines[n - 1] ?? '';
    if (/^\s*(#|$)/.test(text)) continue;
    if (indentOf(text) <= 2 && !text.startsWith('\t')) return n;
  }
  return 1;
}

const indentOf = (text: string) => /^ */.exec(text)![0].length;

function describe(
  error: YamlError,
  lines: readonly string[],
  line: number,
  col: number,
  fallback: (message: string) => string,
): Placed {
  const text = lines[line - 1] ?? '';
  const first = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'TAB_AS_INDENT' || (text.startsWith('\t') && /tab/i.test(first)))
    return {
      line,
      col: 1,
      message:
        'YAML syntax: this line is indented with a tab, and YAML counts only spaces: replace the tab with spaces, lined up with the lines around it (most editors can be set to type spaces for the Tab key)',
    };
  if (error.code === 'BAD_INDENT' || /Sequence item without - indicator/.test(first))
    return misaligned(lines, line) ?? { line, col, message: fallback(first) };
  if (error.code === 'UNEXPECTED_TOKEN' && /scalar at node end/.test(first))
    return textAfterQuote(text, line, col) ?? { line, col, message: fallback(first) };
  if (
    /Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/.test(first) &&
    /:\s/.test(text)
  ) {
    const found = overIndented(lines, line);
    if (found) return found;
  }
  if (/Nested mappings are not allowed in compact mappings/.test(first)) {
    const value = /^(\s*(?:- )*[^:#]+:\s+)(.*?)\s*$/.exec(text);
    if (value && value[2]!.includes(': ')) {
      const quoted = value[2]!.includes('"')
        ? `'${value[2]!.replace(/'/g, "''")}'`
        : `"${value[2]!.replace(/\\/g, '\\\\')}"`;
      return {
        line,
        col: value[1]!.length + 1,
        message: `YAML syntax: this value contains ": ", which YAML reads as the start of another field: put the value in quotes, like ${quoted.length > 70 ? `${quoted.slice(0, 66)}…${quoted[0]}` : quoted}`,
      };
    }
  }
  if (
    /Implicit map keys need to be followed by map values|Implicit keys need to be on a single line/.test(first) &&
    !text.includes(':')
  ) {
    const words = text.trim().split(/\s+/);
    const suggestion = words.length > 1 ? `, like \`${words[0]}: ${words.slice(1).join(' ')}\`` : '';
    return {
      line,
      col: indentOf(text) + 1,
      message: `YAML syntax: a field name needs a colon after it (name: value)${suggestion}`,
    };
  }
  return { line, col, message: fallback(first) };
}

/** A field not lined up with the fields of its group: points at the field, names the neighbour to line it up with. */
function misaligned(lines: readonly string[], line: number): Placed | undefined {
  const text = lines[line - 1] ?? '';
  const indent = indentOf(text);
  const field = /^\s*(?:- )*([^\s:#][^:#]*?):(?:\s|$)/.exec(text)?.[1];
  const neighbour = nearestColumn(lines, line, indent);
  if (!field || !neighbour) return undefined;
  const { column, name, at, dash } = neighbour;
  const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
  const message = dash
    ? `YAML syntax: "${field}:" is lined up with the "- " of the list item on line ${at}, but has no "- " itself: to start a new item, write "- ${field}:"; if it belongs to the item above, indent it ${spaces(column)} to line up with "${name}:"`
    : `YAML syntax: "${field}:" is indented ${spaces(indent)}, but "${name}:" on line ${at}, in the same group, is indented ${spaces(column)}: fields of one group start at the same column, so indent "${field}:" ${spaces(column)}`;
  return { line, col: indent + 1, message };
}

/**
 * `breakdown: text` followed by a field indented further reads to YAML as text running on to that line. Of the two,
 * the one out of line is the one whose column the next field of the group does not share.
 */
function overIndented(lines: readonly string[], line: number): Placed | undefined {
  const fieldAt = (n: number) => /^( *)((?:- +)*)([^\s:#][^:#]*?):(?:\s|$)/.exec(lines[n - 1] ?? '');
  const here = fieldAt(line);
  if (!here || /:\s.*:\s/.test((lines[line - 1] ?? '').slice(here[0].length))) return undefined;
  const column = here[1]!.length + here[2]!.length;
  let next = line + 1;
  while (next <= lines.length && /^\s*(#|$)/.test(lines[next - 1]!)) next++;
  const below = fieldAt(next);
  if (!below || below[2] || below[1]!.length <= column) return undefined;
  const belowColumn = below[1]!.length;
  for (let n = next + 1; n <= lines.length && n <= next + 200; n++) {
    const sibling = fieldAt(n);
    if (!sibling || sibling[2]) continue;
    const at = sibling[1]!.length;
    if (at > belowColumn) continue;
    const spaces = (k: number) => `${k} space${k === 1 ? '' : 's'}`;
    const [odd, oddLine, oddColumn, good, goodLine, goodColumn] =
      at === column
        ? [below[3]!, next, belowColumn, here[3]!, line, column]
        : at === belowColumn
          ? [here[3]!, line, column, below[3]!, next, belowColumn]
          : [];
    if (odd === undefined) return undefined;
    return {
      line: oddLine as number,
      col: (oddColumn as number) + 1,
      message: `YAML syntax: "${odd}:" is indented ${spaces(oddColumn as number)}, but "${good}:" on line ${goodLine}, in the same group, is indented ${spaces(goodColumn as number)}: fields of one group start at the same column, so indent "${odd}:" ${spaces(goodColumn as number)}`,
    };
  }
  return undefined;
}

/** The field above whose column is nearest to `indent` (a field after "- " counts at its own column). */
function nearestColumn(
  lines: readonly string[],
  line: number,
  indent: number,
): { column: number; name: string; at: number; dash: boolean } | undefined {
  let best: { column: number; name: string; at: number; dash: boolean; distance: number } | undefined;
  for (let n = line - 1; n >= 1 && n >= line - 30; n--) {
    const text = lines[n - 1] ?? '';
    if (/^\s*(#|$)/.test(text)) continue;
    const match = /^( *)((?:- +)*)([^\s:#][^:#]*?):(?:\s|$)/.exec(text);
    const own = indentOf(text);
    if (match) {
      const column = match[1]!.length + match[2]!.length;
      const candidates = [{ column, dash: false }, ...(match[2] ? [{ column: own, dash: true }] : [])];
      for (const c of candidates) {
        const distance = Math.abs(c.column - indent);
        // A dash lined up with this line means a missing "- "; the fix then lines it up with the field after the dash.
        if (c.column !== indent || c.dash)
          if (!best || distance < best.distance) best = { column, dash: c.dash, name: match[3]!, at: n, distance };
      }
    }
    // Above a line less indented than this one, the fields belong to another group.
    if (own < indent && !match?.[2]) break;
  }
  return best && { column: best.column, name: best.name, at: best.at, dash: best.dash };
}

/** `ada: "Oh no," she said.`: a value that starts with a quote ends at the matching quote. */
function textAfterQuote(text: string, line: number, col: number): Placed | undefined {
  const start = /^\s*(?:- )*[^:#]+:\s+(["'])/.exec(text);
  if (!start) return undefined;
  const quoteCol = start[0].length;
  const value = text
    .slice(quoteCol - 1)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  // Wrapped in the other kind of quote: inside single quotes a ' is doubled; inside double quotes a " is escaped.
  const fixed =
    start[1] === '"' ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const shown = fixed.length > 70 ? `${fixed.slice(0, 66)}…'` : fixed;
  return {
    line,
    col: quoteCol,
    message: `YAML syntax: this value starts with a quote, so YAML ends it at the matching quote, and the text after it (column ${col}) cannot follow: put the whole value in quotes of the other kind, like ${shown}`,
  };
}
