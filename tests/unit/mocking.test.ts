// The unit files share their workers (vitest.config.ts), so a file that replaces a module with vi.mock must run in
// a worker of its own: it is listed in tests/support/mockingFiles.ts, and this test fails when one is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/projectFiles.ts';
import { MOCKING_FILES } from '../support/mockingFiles.ts';

describe('unit files that mock a module', () => {
  it('are each listed to run in a worker of their own', () => {
    const dir = join(projectRoot, 'tests/unit');
    const mocking = readdirSync(dir)
      .filter((name) => name.endsWith('.test.ts'))
      .filter((name) => /\bvi\.(?:do)?mock\(/.test(readFileSync(join(dir, name), 'utf8')))
      .map((name) => `tests/unit/${name}`);
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.sort()).toEqual([...MOCKING_FILES].sort());
  });
});
