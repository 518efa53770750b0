// A sound story is read by js-yaml once, keeping only what its guards need. A file
// with a problem to place is read once more, keeping every node's readings, however
// many problems it has; placing one walks only the maps and lists on its path.
import * as jsYaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { readWithJsYaml } from '../../src/engine/jsYamlSource.ts';
import { parseWithYamlPackage } from '../../src/engine/yamlPackageSource.ts';
import { generateScenarioYaml } from '../support/generateScenario.ts';

vi.mock('js-yaml', async (original) => {
  const actual = await original<typeof import('js-yaml')>();
  return { ...actual, load: vi.fn(actual.load) };
});

describe('js-yaml reads a sound file once, and a file with problems to place twice', () => {
  it('places problems with one more reading, at the places the yaml package gives', () => {
    const text = generateScenarioYaml({ beats: 200 });
    vi.mocked(jsYaml.load).mockClear();
    const read = readWithJsYaml('big.yaml', text);
    if (!read?.ok) return expect.fail('js-yaml should read the generated story');
    const full = parseWithYamlPackage('big.yaml', text);
    if (!full.ok) return expect.fail('the yaml package should read the generated story');
    expect(vi.mocked(jsYaml.load)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(jsYaml.load), 'nothing placed yet').toHaveBeenCalledTimes(1);
    const paths = [
      ['cast', 'cust', 'look'],
      ['beats', 'b150', 'choices', 1],
      ['beats', 'b199'],
      ['beats', 'nowhere', 'text'],
    ];
    for (const path of paths) {
      for (const key of [false, true])
        expect(read.source.locate(path, { key }), `${JSON.stringify(path)} key=${key}`).toEqual(
          full.source.locate(path, { key }),
        );
    }
    expect(read.source.diagnostic(['beats', 'b10'], 'a problem')).toMatchObject({
      file: 'big.yaml',
      field: expect.any(String) as string,
    });
    expect(vi.mocked(jsYaml.load)).toHaveBeenCalledTimes(2);
  });
});
