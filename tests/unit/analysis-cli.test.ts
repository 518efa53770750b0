// What check-scenarios prints from the analysis: the lines under each "ok",
// library rules as warnings for named files, and --diagram / --out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, readProjectFile } from './support.ts';

function checkScenarios(...args: string[]) {
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['tools/check-scenarios.ts', ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, all: `${run.stdout}${run.stderr}` };
}

const noStackTrace = /^\s{4}at /m;

describe('check-scenarios analysis output', () => {
  it('prints stats, paths and the grade range under the ok line of a named file', () => {
    const run = checkScenarios('tests/fixtures/bakery-mini.yaml');

    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const ok = lines.findIndex((l) => l.startsWith('ok  tests/fixtures/bakery-mini.yaml: 7 beats, 2 breakdowns, 3 endings'));
    expect(ok).toBeGreaterThanOrEqual(0);
    expect(lines[ok + 1]).toMatch(/^ {4}\d+ choices, 1 patience timer; endings: /);
    expect(lines[ok + 2]).toMatch(/^ {4}paths: \d+ \(/);
    expect(lines[ok + 3]).toMatch(/^ {4}grades [A-F]( to [A-F])? \(every play graded\), scores \d+–\d+%/);
    expect(lines[ok + 4]).toMatch(/^ {4}routine path: C \(/);
    expect(lines[ok + 5]).toMatch(/^ {4}grading rules: R1–R7 hold on all \d+ plays$/);
    expect(run.stdout).toContain('treat every `when:` as possibly true');
    expect(run.stdout).not.toContain('Principle coverage');
  }, 60_000);

  it('reports the library rules for a named file as warnings, leaving the exit code alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const file = join(dir, 'thin.yaml');
    // bakery-mini with one of its two breakdowns unmarked: still valid, but thin for the library.
    const text = readProjectFile('tests/fixtures/bakery-mini.yaml').replace('    breakdown: There is no more sourdough today.\n', '');
    expect(text).not.toBe(readProjectFile('tests/fixtures/bakery-mini.yaml'));
    writeFileSync(file, text);

    const run = checkScenarios(file);

    expect(run.stderr).not.toMatch(/:\d+:\d+: /);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning \(library rule\): .*thin\.yaml: has 1 breakdown beat; a scenario needs at least 2$/m);
  }, 60_000);
});

describe('check-scenarios --diagram', () => {
  it('prints the Mermaid flowchart of the scenario with that id', () => {
    const run = checkScenarios('--diagram', 'bakery-mini', 'tests/fixtures/bakery-mini.yaml');

    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('%% bakery-mini: ')).toBe(true);
    expect(run.stdout).toContain('flowchart TD');
    expect(run.stdout).toContain('b_sold_out -.->|"timeout · harmful"| b_walked_out');
    expect(run.stdout).not.toContain('ok  ');
  }, 60_000);

  it('writes it to a file with --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'diagram-')), 'bakery.mmd');

    const run = checkScenarios('--diagram', 'bakery-mini', '--out', out, 'tests/fixtures/bakery-mini.yaml');

    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('flowchart TD');
  }, 60_000);

  it('fails in one line for an unknown id, and for a file too broken to draw', () => {
    const unknown = checkScenarios('--diagram', 'no-such-story', 'tests/fixtures/bakery-mini.yaml');
    const broken = checkScenarios('--diagram', 'bakery-mini', 'tests/fixtures/bad/bad-enum.yaml');

    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe('check:scenarios: no scenario has the id "no-such-story"; the ids are: bakery-mini');
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim()).toMatch(/^check:scenarios: tests\/fixtures\/bad\/bad-enum\.yaml \(id "bakery-mini"\) has \d+ error\(s\); run npm run check:scenarios -- tests\/fixtures\/bad\/bad-enum\.yaml to see them$/);
    expect(`${unknown.all}${broken.all}`).not.toMatch(noStackTrace);
  }, 60_000);

  it('refuses an unknown option in one line', () => {
    const run = checkScenarios('--diagrm', 'x');

    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('check:scenarios: unknown option --diagrm; the options are --json, --diagram ID and --out FILE');
  }, 60_000);
});

describe('check-scenarios on the whole library', () => {
  it('prints the coverage matrix and the library rules, with no stack trace', () => {
    const run = checkScenarios();

    expect(run.stdout).toContain('Principle coverage: choices and timeouts citing each principle');
    expect(run.all).toMatch(/^library rules: /m);
    expect(run.all).toMatch(/\d+ file\(s\) checked: /);
    expect(run.all).not.toMatch(noStackTrace);
  }, 60_000);
});
