// zod's code generation is off in a page by zod's own setting (src/engine/zod.ts), on before any schema is made:
// every module of the game that makes schemas takes z from there, and the setting holds once the engine is loaded.
// Under Node, where no page's policy applies, it is on.
// The browser's side (no eval, no violation under the page's policy) is tests/browser/csp.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../tools/projectFiles.ts';
import '../../src/engine/index.ts';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe("zod's code generation", () => {
  it('is switched off by the one module the game takes zod from', () => {
    const sources = sourcesUnder(join(projectRoot, 'src'));
    expect(sources.length).toBeGreaterThan(50);
    // A type-only import evaluates nothing, so it may name zod itself.
    const direct = sources.filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+['"]zod(\/[^'"]*)?['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(direct.map((file) => relative(projectRoot, file))).toEqual(['src/engine/zod.ts']);
  });

  it('is on under Node once the engine is loaded (a page, where it is off, is csp.test.ts)', () => {
    expect(z.config().jitless).toBe(false);
  });
});
