// Issue 18, bugs 5 and 6: a YAML mistake is told in the author's words, at the
// place the fix goes, with the fix and without the parser's follow-on noise; a
// picture or other non-text file opened by mistake is one plain sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Diagnostic } from '../../src/engine/index.ts';
import { projectRoot, readProjectFile, realArt, realCatalogue } from './support.ts';

const bakery = readProjectFile('tests/fixtures/bakery-mini.yaml');

function errorsOf(text: string, file = 'my-story.yaml'): Diagnostic[] {
  const result = loadScenario(file, text, { catalogue: realCatalogue(), art: realArt() });
  return result.ok ? [] : result.errors;
}

/** The text of `text`'s line at a diagnostic's place. */
const lineOf = (text: string, d: Diagnostic) => text.split('\n')[d.line - 1] ?? '';

describe("YAML mistakes in the author's words", () => {
  it('a badly indented face: is one problem at the field, naming the field to line it up with', () => {
    const text = bakery.replace('        face: worried', '          face: worried');

    const errors = errorsOf(text);

    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 39, col: 11 });
    expect(lineOf(text, errors[0]!).slice(errors[0]!.col - 1)).toBe('face: worried');
    expect(errors[0]!.message).toBe(
      'YAML syntax: "face:" is indented 10 spaces, but "ada:" on line 38, in the same group, is indented 8 spaces: fields of one group start at the same column, so indent "face:" 8 spaces',
    );
    expect(errors[0]!.message).not.toMatch(/mapping items|column 1\b/);
  });

  it('a field indented one space too far, after a field with a value, is pointed at itself, not at the value above it', () => {
    const text = bakery.replace('        text: Say there is none left.', '         text: Say there is none left.');

    const errors = errorsOf(text);

    expect(errors).toHaveLength(1);
    expect(lineOf(text, errors[0]!).slice(errors[0]!.col - 1)).toBe('text: Say there is none left.');
    expect(errors[0]!.message).toContain('so indent "text:" 8 spaces');
  });

  it('a value that starts with a quote and goes on after it says so at the quote, with the value quoted right', () => {
    const text = bakery.replace(
      `- ada: "Oh no. It's for my father's lunch."`,
      `- ada: "Oh no," she said. "It's for my father."`,
    );

    const errors = errorsOf(text);

    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 38, col: 14 });
    expect(lineOf(text, errors[0]!).slice(errors[0]!.col - 1)).toMatch(/^"Oh no,"/);
    expect(errors[0]!.message).toContain(`like '"Oh no," she said. "It''s for my father."'`);
    expect(errors[0]!.message).not.toMatch(/Unexpected scalar|node end/);
  });

  it('a tab is one problem, however much the parser trips over it', () => {
    const text = bakery.replace('    lines:\n      - sam: We', '    lines:\n\t  - sam: We');

    const errors = errorsOf(text);

    expect(errors).toEqual([
      {
        file: 'my-story.yaml',
        line: 37,
        col: 1,
        field: '',
        message: expect.stringMatching(
          /^YAML syntax: this line is indented with a tab, and YAML counts only spaces: replace the tab with spaces/,
        ),
      },
    ]);
  });

  it('still reports two unrelated mistakes in different parts of the file', () => {
    const text = bakery
      .replace('        face: worried', '          face: worried')
      .replace('role: counter assistant', 'role counter assistant');

    expect(errorsOf(text).map((e) => [e.line, e.message.slice(0, 40)])).toEqual([
      [8, 'YAML syntax: a field name needs a colon '],
      [39, 'YAML syntax: "face:" is indented 10 spac'],
    ]);
    expect(errorsOf(text)[0]!.message).toContain('like `role: counter assistant`');
  });

  it('a value holding ": " is told to be quoted, with the quoted value', () => {
    const text = bakery.replace('        text: Say there is none left.', '        text: Say: there is none left.');

    expect(errorsOf(text).map((e) => e.message)).toEqual([
      'YAML syntax: this value contains ": ", which YAML reads as the start of another field: put the value in quotes, like "Say: there is none left."',
    ]);
  });
});

describe('a file that is not text', () => {
  it('a PNG is one problem that names the file, says it is not text and what a story file is', () => {
    const png = readFileSync(join(projectRoot, 'assets/icons/icon-192.png')).toString('utf8');

    const errors = errorsOf(png, 'icon-192.png');

    expect(errors).toEqual([
      {
        file: 'icon-192.png',
        line: 1,
        col: 1,
        field: '',
        message: expect.stringMatching(
          /^"icon-192\.png" is not a text file: it looks like a PNG picture\. .*a story file is plain text in YAML/,
        ),
        kind: 'not-text',
      },
    ]);
  });

  it('any other binary data, and text saved as UTF-16, are told apart from YAML mistakes', () => {
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    const utf16 = Buffer.from(`\uFEFF${bakery}`, 'utf16le').toString('utf8');

    expect(errorsOf(binary, 'data.bin').map((e) => e.message)).toEqual([
      expect.stringMatching(/^"data\.bin" is not a text file/),
    ]);
    expect(errorsOf(utf16, 'notepad.yaml').map((e) => e.message)).toEqual([
      expect.stringMatching(/^"notepad\.yaml" is text saved as UTF-16; save it as UTF-8/),
    ]);
  });

  it('leaves real text with an odd character or two to the YAML reader', () => {
    expect(errorsOf(bakery.replace('The usual.', 'The usual \uFFFD.'))).toEqual([]);
  });
});
