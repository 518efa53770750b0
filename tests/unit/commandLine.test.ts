// The tools' command lines, read by Node's util.parseArgs: the options as given, and every mistake as one
// line in the tool's words.
import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../tools/commandLine.ts';

const options = { out: { type: 'string' }, json: { type: 'boolean', default: false } } as const;
const words = { list: '--json and --out FILE', examples: { '--out': '--out diagram.mmd' } };
const read = (args: string[], allowPositionals = true) => readCommandLine({ args, options, allowPositionals }, words);

describe('a command line', () => {
  it('gives the options and the other arguments', () => {
    expect(read(['a.yaml', '--out', 'x.mmd', '--json'])).toEqual({
      values: { out: 'x.mmd', json: true },
      positionals: ['a.yaml'],
    });
    expect(read(['--out=x.mmd'])).toEqual({ values: { out: 'x.mmd', json: false }, positionals: [] });
  });

  it('says what is wrong, naming the options', () => {
    expect(read(['--outt', 'x'])).toBe('unknown option --outt; the options are --json and --out FILE');
    expect(read(['-o'])).toBe('unknown option -o; the options are --json and --out FILE');
    expect(read(['--out'])).toBe('--out needs a value, like --out diagram.mmd');
    expect(read(['--out', '--json'])).toBe('--out needs a value, like --out diagram.mmd');
    expect(read(['--json=yes'])).toBe('--json takes no value');
    expect(read(['stray'], false)).toBe('unexpected argument "stray"; the options are --json and --out FILE');
  });
});
