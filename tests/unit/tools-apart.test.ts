// The tools and the site's build stand on their own: nothing under tools/ nor vite.config.ts imports the
// tests, and the build names no test fixture (the tests' build adds its own through SERVICE_HERO_EXTRA_STORIES).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/projectFiles.ts';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.[cm]?[jt]s$/.test(entry.name) ? [path] : [];
  });
}

const buildFiles = [...sourcesUnder(join(projectRoot, 'tools')), join(projectRoot, 'vite.config.ts')];

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('the tools and the build', () => {
  it('import nothing from the tests', () => {
    expect(buildFiles.length).toBeGreaterThan(10);
    const intoTests = buildFiles.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => /(^|\/)tests\//.test(spec))
        .map((spec) => `${relative(projectRoot, file)} imports ${spec}`),
    );
    expect(intoTests).toEqual([]);
  });

  it('name no test fixture', () => {
    const naming = buildFiles
      .filter((file) => /tests[\\/'",\s]+fixtures|fixtures[\\/]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(projectRoot, file));
    expect(naming).toEqual([]);
  });

  it('would see an import into the tests', () => {
    expect(
      specifiers(`import { a } from '../../tests/support/x.ts';\nconst b = await import("../tests/y.ts");`),
    ).toEqual(['../../tests/support/x.ts', '../tests/y.ts']);
  });
});
