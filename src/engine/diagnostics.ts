// One shape for every problem found in a file, so the command line, the game's
// error screen and the tests all read the same thing.

export interface Diagnostic {
  file: string;
  /** 1-based line and column of the place the problem is, or of its nearest enclosing field. */
  line: number;
  col: number;
  /** Where in the file's structure, e.g. "beats › kitchen › choices #2 › level"; empty for the file as a whole. */
  field: string;
  message: string;
  /** For screens that word these apart: a draft's "FILL IN:" note (unfinished.ts), or a file that is not text at all (notText.ts). */
  kind?: 'fill-in' | 'not-text';
  /** A "FILL IN:" note's request, in the words the skeleton asked it in: the studio says the note in its language. */
  asked?: string;
}

export type PathSegment = string | number;

/** Beyond this, a name or value from the file is cut short where a message repeats it: a hostile file can hold megabytes in one. */
const LONGEST_QUOTE = 60;

/** A name or value from the file as a message repeats it, cut short with an ellipsis when it is long. */
export function shortened(text: string): string {
  return text.length > LONGEST_QUOTE
    ? `${text.slice(0, LONGEST_QUOTE)}… (${text.length.toLocaleString('en')} characters)`
    : text;
}

/** Numbers become "#n" counted from 1, as an author counts list items. */
export function describeField(path: readonly PathSegment[]): string {
  return path.map((part) => (typeof part === 'number' ? `#${part + 1}` : shortened(part))).join(' › ');
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.field ? `${d.field}: ` : '';
  return `${d.file}:${d.line}:${d.col}: ${where}${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));
}
