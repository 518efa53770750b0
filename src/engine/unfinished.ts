// A story written from a skeleton (the brainstorm's, src/play/skeleton.ts) still
// holds "FILL IN:" notes until its author replaces them. It plays, so its shape
// can be tried out, but each note is a warning naming its line, and the command
// line's --strict fails on it.
import type { Diagnostic, PathSegment } from './diagnostics.ts';
import type { YamlSource } from './yamlSource.ts';

/** The mark the skeleton puts before every text its author is to write. */
export const FILL_IN_MARK = 'FILL IN:';

/** The skeleton's requests are short; a longer text is the author's own, cut short as other quotes are. */
const LONGEST = 160;

export const isFillIn = (d: Diagnostic) => d.kind === 'fill-in';

/** A list or map being walked, and the index of the next of its values to visit. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  /** A map's keys; null for a list. */
  keys: string[] | null;
  next: number;
}

/**
 * Whether the file's text could hold the mark in some value: written out, folded over a line break (YAML reads a
 * line break inside a text as a space), or spelt with an escape in double quotes (any backslash at all counts).
 */
const MAY_HOLD_MARK = /FILL\s+IN:|\\/;

/**
 * One warning per text still marked "FILL IN:", at the text, saying what the skeleton asked for there. `text`, the
 * file as written: one that cannot hold the mark is not walked, which a big story's check felt (README, Speed).
 */
export function fillInWarnings(source: YamlSource, text: string): Diagnostic[] {
  if (!MAY_HOLD_MARK.test(text)) return [];
  const found: Diagnostic[] = [];
  // An explicit stack of the open lists and maps, as the data may nest as deep as the reader allows, and one path
  // to the value in hand, changed in place: a path is copied only for a text that is warned about, where a path
  // made for every value kept a big story's collector busy for longer than the walk.
  const stack: Frame[] = [];
  const path: PathSegment[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      const at = value.indexOf(FILL_IN_MARK);
      if (at >= 0) found.push(warning(source, value.slice(at + FILL_IN_MARK.length).trim(), [...path]));
    } else if (Array.isArray(value)) {
      stack.push({ container: value, keys: null, next: 0 });
    } else if (typeof value === 'object' && value !== null) {
      stack.push({ container: value as Record<string, unknown>, keys: Object.keys(value), next: 0 });
    }
  };
  visit(source.data);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const { container, keys } = top;
    const i = top.next++;
    if (i === (keys ?? (container as unknown[])).length) {
      stack.pop();
      continue;
    }
    // The value's path is the keys of the containers open above it, then its own.
    path.length = stack.length - 1;
    if (keys) {
      path.push(keys[i]!);
      visit((container as Record<string, unknown>)[keys[i]!]);
    } else {
      path.push(i);
      visit((container as unknown[])[i]);
    }
  }
  return found;
}

function warning(source: YamlSource, asked: string, path: PathSegment[]): Diagnostic {
  const what =
    asked.length > LONGEST ? `${asked.slice(0, LONGEST)}…` : asked || `replace "${FILL_IN_MARK}" with the text`;
  return {
    ...source.diagnostic(path, `still to fill in: ${what}`),
    kind: 'fill-in',
    ...(asked ? { asked: what } : {}),
  };
}
