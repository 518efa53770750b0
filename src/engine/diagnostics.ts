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
}

export type PathSegment = string | number;

/** Numbers become "#n" counted from 1, as an author counts list items. */
export function describeField(path: readonly PathSegment[]): string {
  return path.map((part) => (typeof part === 'number' ? `#${part + 1}` : part)).join(' › ');
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.field ? `${d.field}: ` : '';
  return `${d.file}:${d.line}:${d.col}: ${where}${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));
}
