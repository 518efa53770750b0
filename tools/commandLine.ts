// The tools read their command lines with Node's util.parseArgs. This turns its mistakes into one line in
// the tool's own words ("unknown option --x; the options are …"), so each tool names its options once.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface OptionWords {
  /** The options as a sentence lists them, like "--json, --strict, --diagram ID and --out FILE". */
  list: string;
  /** An example for an option that takes a value, shown when the value is missing. */
  examples?: Record<string, string>;
  /** What to say of an argument that is not an option, for a tool that takes none. */
  positional?: (arg: string) => string;
}

/** The options and other arguments parseArgs read, or what was wrong with them, as one line. */
export function readCommandLine<T extends ParseArgsConfig>(
  config: T,
  words: OptionWords,
): ReturnType<typeof parseArgs<T>> | string {
  try {
    return parseArgs(config);
  } catch (error) {
    return mistake(error, words);
  }
}

function mistake(error: unknown, words: OptionWords): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}; the options are ${words.list}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (message.includes('does not take an argument')) return `${option} takes no value`;
      const example = words.examples?.[option];
      return `${option} needs a value${example ? `, like ${example}` : ''}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return words.positional?.(quoted) ?? `unexpected argument "${quoted}"; the options are ${words.list}`;
    default:
      throw error;
  }
}

/**
 * Whether node was started on this module (`tsx tools/x.ts`), rather than a test importing it to call its `run`:
 * a tool runs its command only then. Give it the module's `import.meta.url`.
 */
export function startedAsProgram(moduleUrl: string): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
