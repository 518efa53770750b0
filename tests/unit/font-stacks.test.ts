// The first screen is drawn in fallback fonts shaped like the web fonts (tools/vite/fontStacks.ts); a rule that
// names a web font itself would skip them, and its text would jump when the font arrived.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontStacksCss } from '../../tools/vite/fontStacks.ts';
import { projectRoot } from '../../tools/projectFiles.ts';

const styleSheets = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file, text: readFileSync(join(projectRoot, 'src', file), 'utf8') }));

describe('font stacks', () => {
  it('every style sheet names its fonts through the stacks, never a web font directly', () => {
    const declarations = styleSheets.flatMap(({ file, text }) =>
      [...text.matchAll(/font-family:\s*([^;]+);/g)].map((match) => `${file}: ${match[1]}`),
    );
    expect(declarations.length).toBeGreaterThan(5);
    const direct = declarations.filter(
      (line) => !/var\(--font-(body|display)\)$/.test(line) && !/monospace$/.test(line),
    );
    expect(direct).toEqual([]);
  });

  it('gives each web font a resized local fallback for every common system, then the generic families', () => {
    const css = fontStacksCss();
    for (const font of ['Atkinson Hyperlegible', 'Fredoka'])
      for (const local of ['Arial', 'Liberation Sans', 'Roboto', 'Helvetica Neue'])
        expect(css).toContain(`font-family: "${font} Fallback: ${local}";`);
    expect(css).toMatch(
      /--font-body: "Atkinson Hyperlegible", "Atkinson Hyperlegible Fallback: Arial", .*, system-ui, sans-serif;/,
    );
    expect(css).toMatch(/--font-display: Fredoka, "Fredoka Fallback: Arial", .*, system-ui, sans-serif;/);
    expect(css.match(/size-adjust: \d+(\.\d+)?%;/g)?.length).toBe(8);
  });
});
