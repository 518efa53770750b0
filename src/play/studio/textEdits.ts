// An edit made in the studio's forms, as the smallest change to the story's text: the one value's characters are
// replaced and every other byte (comments, key order, quoting, blank lines) stays as the author wrote it. The
// `yaml` package's Document gives each value's place in the text.
import { isScalar, parseDocument, stringify } from 'yaml';

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** How a text reads back as the same text: plain where YAML allows, else in double quotes (JSON's are YAML's). */
export function scalarText(value: string): string {
  const written = stringify(value, { lineWidth: 0 }).trimEnd();
  return written.includes('\n') ? JSON.stringify(value) : written;
}

/** The change that sets the text value at `path` to `value`; null where there is no such value in the text. */
export function setValue(text: string, path: readonly (string | number)[], value: string): TextChange | null {
  const doc = parseDocument(text);
  if (doc.errors.length) return null;
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return null;
  const [from, to] = node.range;
  return { from, to, insert: scalarText(value) };
}
