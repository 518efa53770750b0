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

/** One warning per text still marked "FILL IN:", at the text, saying what the skeleton asked for there. */
export function fillInWarnings(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  // An explicit stack: the data may nest as deep as the reader allows.
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: source.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const at = value.indexOf(FILL_IN_MARK);
      if (at < 0) continue;
      const asked = value.slice(at + FILL_IN_MARK.length).trim();
      const what =
        asked.length > LONGEST ? `${asked.slice(0, LONGEST)}…` : asked || `replace "${FILL_IN_MARK}" with the text`;
      found.push({ ...source.diagnostic(path, `still to fill in: ${what}`), kind: 'fill-in' });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return found;
}
