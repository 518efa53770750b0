// An edit made in the studio's forms, as the smallest change to the story's text: the one value's characters are
// replaced and every other byte (comments, key order, quoting, blank lines) stays as the author wrote it. The
// `yaml` package's Document gives each value's place in the text.
import { isScalar, stringify } from 'yaml';
import { documentOf, scopeOf } from './parsedText.ts';

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
  const doc = documentOf(text, scopeOf(path));
  if (doc.errors.length) return null;
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return null;
  const [from, to] = node.range;
  return { from, to, insert: scalarText(value) };
}

/** The text with the changes made (each placed in the text as it was before any of them). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  return [...changes]
    .sort((a, b) => b.from - a.from)
    .reduce((t, c) => t.slice(0, c.from) + c.insert + t.slice(c.to), text);
}

/**
 * Edits made one after another, each on the text the one before left, as one change of the first text: the span
 * between what they leave alone at either end. For a form whose one action is two edits (a principle moved from
 * upholds to breaks), so that it is one step of undo. Null when any of them cannot be made.
 */
export function inSequence(
  text: string,
  steps: readonly ((text: string) => readonly TextChange[] | null)[],
): TextChange[] | null {
  let after = text;
  for (const step of steps) {
    const changes = step(after);
    if (!changes) return null;
    after = applyChanges(after, changes);
  }
  if (after === text) return [];
  let head = 0;
  while (head < text.length && head < after.length && text[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < text.length - head &&
    tail < after.length - head &&
    text[text.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return [{ from: head, to: text.length - tail, insert: after.slice(head, after.length - tail) }];
}
