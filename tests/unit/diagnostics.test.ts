// How problems are printed: formatDiagnostic's one-line form, and the
// check-scenarios command that authors run on their files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skeletonScenario } from '../../src/play/skeleton.ts';
import { formatDiagnostic, loadScenario } from '../../src/engine/index.ts';
import { checkScenarios } from '../support/checkScenarios.ts';
import { readProjectFile, realArt, realCatalogue } from './support.ts';

describe('formatDiagnostic', () => {
  it('prints file:line:col: field: message', () => {
    const diagnostic = {
      file: 'scenarios/pub.yaml',
      line: 12,
      col: 7,
      field: 'beats › bar › next',
      message: 'there is no beat "kitchn"',
    };

    const text = formatDiagnostic(diagnostic);

    expect(text).toBe('scenarios/pub.yaml:12:7: beats › bar › next: there is no beat "kitchn"');
  });

  it('leaves the field out for a problem with the file as a whole', () => {
    const diagnostic = { file: 'a.yaml', line: 1, col: 1, field: '', message: 'the file is empty' };

    expect(formatDiagnostic(diagnostic)).toBe('a.yaml:1:1: the file is empty');
  });

  it('formats a real diagnostic from the validator', () => {
    const file = 'tests/fixtures/bad/bad-enum.yaml';
    const result = loadScenario(file, readProjectFile(file), { catalogue: realCatalogue(), art: realArt() });
    const first = result.ok ? undefined : result.errors[0];

    expect(first && formatDiagnostic(first)).toBe(
      'tests/fixtures/bad/bad-enum.yaml:77:16: beats › batch-coming › choices › #1 › level: "heroik" is not one of: harmful, routine, good, heroic (did you mean "heroic"?)',
    );
  });
});

describe('tools/check-scenarios.ts', () => {
  it('exits 1 and prints file:line:col for each problem in a bad file', () => {
    const run = checkScenarios('tests/fixtures/bad/several-reference-errors.yaml');

    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('tests/fixtures/bad/'));
    expect(
      lines.map((l) => /^tests\/fixtures\/bad\/several-reference-errors\.yaml:(\d+):(\d+): /.exec(l)?.slice(1, 3)),
    ).toEqual([
      ['18', '11'],
      ['33', '11'],
      ['68', '11'],
      ['92', '9'],
    ]);
    expect(run.stderr).toContain('1 file(s) checked: 1 with errors, 4 error(s) in all.');
  }, 60_000);

  it('exits 0 for a valid file and says what it found', () => {
    const run = checkScenarios('tests/fixtures/bakery-mini.yaml');

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ok  tests/fixtures/bakery-mini.yaml: 7 beats, 2 breakdowns, 3 endings');
  }, 60_000);

  it('reports a missing file in one line, with no stack trace', () => {
    const run = checkScenarios('tests/fixtures/no-such-file.yaml');

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/no-such-file.yaml:1:1: cannot read the file: it does not exist');
    expect(run.all).not.toMatch(/^\s{4}at /m);
  }, 60_000);

  it('reports a YAML syntax error with its position, with no stack trace', () => {
    const run = checkScenarios('tests/fixtures/bad/yaml-syntax.yaml');

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/bad/yaml-syntax.yaml:8:1: YAML syntax:');
    expect(run.all).not.toMatch(/^\s{4}at /m);
  }, 60_000);
  it('reports every problem of a file in one run, a shape error and wrong names together, and a picture as not text (issue 18)', () => {
    const run = checkScenarios('tests/fixtures/bad/schema-and-reference-errors.yaml', 'assets/icons/icon-192.png');

    expect(run.status).toBe(1);
    const places = run.stderr
      .split('\n')
      .flatMap(
        (l) => /^tests\/fixtures\/bad\/schema-and-reference-errors\.yaml:(\d+):\d+: (.*?):/.exec(l)?.slice(1, 3) ?? [],
      );
    expect(places).toEqual([
      '18',
      'cast › sam › look',
      '33',
      'beats › hello › next',
      '66',
      'beats › sold-out › choices › #3 › level',
      '68',
      'beats › sold-out › choices › #3 › breaks › kindness-and-respekt',
      '70',
      'beats › sold-out › choices › #3 › next',
      '92',
      'beats › no-batch › lines › #1 › sma',
    ]);
    const png = run.stderr.split('\n').filter((l) => l.startsWith('assets/icons/icon-192.png'));
    expect(png).toEqual([
      expect.stringMatching(
        /^assets\/icons\/icon-192\.png:1:1: "assets\/icons\/icon-192\.png" is not a text file: it looks like a PNG picture/,
      ),
    ]);
    expect(run.stderr).toContain('2 file(s) checked: 2 with errors, 7 error(s) in all.');
  }, 60_000);

  it('calls a skeleton a draft, warns at each text still to fill in, and fails it under --strict (issue 18)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const file = join(dir, 'draft.yaml');
    writeFileSync(file, skeletonScenario({ breakdown: 'The card machine goes down', role: 'cashier' }, 0));

    const plain = checkScenarios(file);
    const strict = checkScenarios('--strict', file);

    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^draft \(47 texts still to fill in, listed below\) .*draft\.yaml: 8 beats/m);
    expect(plain.stdout).not.toMatch(/^ok /m);
    const warnings = plain.stderr.split('\n').filter((l) => l.includes('warning: still to fill in'));
    expect(warnings).toHaveLength(47);
    expect(warnings[0]).toMatch(
      /draft\.yaml:7:8: title: warning: still to fill in: a short title for "The card machine goes down"/,
    );
    expect(strict.status).toBe(1);
    // 47 texts to fill in (a title for each beat with choices among them), and no other warning.
    expect(strict.stderr).toContain('1 with warnings (47 in all), which --strict counts as failing.');
  }, 60_000);
});
