// What check-scenarios prints from the analysis: the lines under each "ok",
// library rules as warnings for named files, and --diagram / --out.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarios, checkScenariosCommand } from '../support/checkScenarios.ts';
import { projectRoot, readProjectFile } from './support.ts';

/** A folder for a copy of bakery-mini, with the recording it names beside it. */
function bakeryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(projectRoot, 'tests/fixtures/audio'), join(dir, 'audio'), { recursive: true });
  return dir;
}

const noStackTrace = /^\s{4}at /m;

describe('check-scenarios analysis output', () => {
  it('prints stats, paths and the grade range under the ok line of a named file (the real command, in its own process)', () => {
    const run = checkScenariosCommand('tests/fixtures/bakery-mini.yaml');

    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const ok = lines.findIndex((l) =>
      l.startsWith('ok  tests/fixtures/bakery-mini.yaml: 7 beats, 2 breakdowns, 3 endings'),
    );
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
    const dir = bakeryFolder('check-');
    const file = join(dir, 'thin.yaml');
    // bakery-mini with one of its two breakdowns unmarked: still valid, but thin for the library.
    const text = readProjectFile('tests/fixtures/bakery-mini.yaml').replace(
      '    breakdown: There is no more sourdough today.\n',
      '',
    );
    expect(text).not.toBe(readProjectFile('tests/fixtures/bakery-mini.yaml'));
    writeFileSync(file, text);

    const run = checkScenarios(file);

    // bakery-mini's decision beats are untitled, which is placed as a warning of its own (tested below).
    expect(run.stderr.split('\n').filter((l) => !l.includes('has no title'))).not.toContainEqual(
      expect.stringMatching(/:\d+:\d+: /),
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^warning \(library rule\): .*thin\.yaml: has 1 breakdown beat; a scenario needs at least 2$/m,
    );
  }, 60_000);
});

describe('check-scenarios and beat titles', () => {
  it('warns at each decision beat without a title, saying what the debrief will call it, and still passes', () => {
    const run = checkScenarios('tests/fixtures/bakery-mini.yaml');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^tests\/fixtures\/bakery-mini\.yaml:\d+:\d+: beats › sold-out: warning: a beat with choices has no title: the debrief and the mood chart will call it "The last sourdough went a minute ago"; add `title:`/m,
    );
    const untitled = run.stderr.split('\n').filter((l) => l.includes('has no title'));
    expect(untitled.length).toBe(3);
    const shipped = checkScenarios('scenarios/pub-caesar-dressing.yaml');
    expect(shipped.stderr).not.toContain('has no title');
  }, 60_000);
});

describe('check-scenarios and the grading rules', () => {
  /** bakery-mini with its plain "none left" leading to the failed ending: no routine path to the core (R1), a failure with no harm (R3). */
  function brokenBakery(): string {
    const dir = bakeryFolder('rules-');
    const file = join(dir, 'bakery-broken.yaml');
    const fixture = readProjectFile('tests/fixtures/bakery-mini.yaml');
    const text = fixture.replace(
      '        effects: { mood: -10 }\n        next: plain-goodbye',
      '        effects: { mood: -10 }\n        next: walked-out',
    );
    expect(text).not.toBe(fixture);
    writeFileSync(file, text);
    return file;
  }

  it('prints each violation as an error at its place, with the path that breaks it, and exits 1', () => {
    const file = brokenBakery();

    const run = checkScenarios(file);

    expect(run.status).toBe(1);
    // It loads, but it is not "ok".
    expect(run.stdout).toMatch(/^FAIL \(\d+ errors?, listed below\) .*bakery-broken\.yaml: 7 beats/m);
    expect(run.stdout).not.toMatch(/^ok /m);
    expect(run.stdout).toMatch(/^ {4}grading rules: \d+ violations?$/m);
    expect(run.stdout).toMatch(/^ {4}routine path: none$/m);
    expect(run.stderr).toMatch(
      /bakery-broken\.yaml:\d+:\d+: start: R1 \(a routine path delivers the core, and every routine path grades C\): no path of routine choices reaches an ending whose core is delivered or handled-honestly when oven=batch-soon/,
    );
    expect(run.stderr).toMatch(
      /bakery-broken\.yaml:\d+:\d+: beats › walked-out › ending: R3 \(.*\): the core fails on a path with nothing harmful on it: .*; path: shrug \[oven=batch-soon\] \(and 1 more path\)/,
    );
    expect(run.all).not.toMatch(noStackTrace);
  }, 60_000);

  it('prints the findings as JSON with --json: grade range, routine path and every rule, empty where it holds', () => {
    const good = checkScenarios('--json', 'tests/fixtures/bakery-mini.yaml');
    const bad = checkScenarios('--json', brokenBakery());

    expect(good.status).toBe(0);
    const report = JSON.parse(good.stdout) as {
      files: { file: string; grades: unknown; routine: unknown; rules: Record<string, unknown[]> }[];
    };
    expect(report.files[0]).toMatchObject({
      file: 'tests/fixtures/bakery-mini.yaml',
      loads: true,
      errors: [],
      grades: { lowest: 'F', highest: 'A', basis: 'exact' },
      routine: { grade: 'C', path: 'shrug [oven=batch-soon]' },
      rules: { R1: [], R2: [], R3: [], R4: [], R5: [], R6: [], R7: [] },
    });
    expect(bad.status).toBe(1);
    const broken = (JSON.parse(bad.stdout) as typeof report).files[0]!;
    expect(broken.routine).toBeNull();
    expect(broken.rules['R1']).toHaveLength(2);
    expect(broken.rules['R3']).toEqual([
      expect.objectContaining({ path: 'shrug [oven=batch-soon]', plays: 2, at: 'beats › walked-out › ending' }),
    ]);
  }, 60_000);

  it('warns a format 1 file, by line, what to add, and still checks it', () => {
    const run = checkScenarios('tests/fixtures/format1-bakery.yaml');

    expect(run.stdout).toMatch(/^ok {2}tests\/fixtures\/format1-bakery\.yaml: /m);
    expect(run.stderr).toMatch(
      /^tests\/fixtures\/format1-bakery\.yaml:3:9: format: warning: format 1 is read under the format 2 grading model/m,
    );
    expect(run.stderr).toMatch(
      /^tests\/fixtures\/format1-bakery\.yaml:\d+:\d+: beats › delighted › ending: warning: counted as recording an experience/m,
    );
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
    expect(unknown.stderr.trim()).toBe(
      'check:scenarios: no scenario has the id "no-such-story"; the ids are: bakery-mini',
    );
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim()).toMatch(
      /^check:scenarios: tests\/fixtures\/bad\/bad-enum\.yaml \(id "bakery-mini"\) has \d+ error\(s\); run npm run check:scenarios -- tests\/fixtures\/bad\/bad-enum\.yaml to see them$/,
    );
    expect(`${unknown.all}${broken.all}`).not.toMatch(noStackTrace);
  }, 60_000);

  it('refuses an unknown option in one line', () => {
    const run = checkScenarios('--diagrm', 'x');

    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'check:scenarios: unknown option --diagrm; the options are --json, --strict, --diagram ID and --out FILE',
    );
  }, 60_000);
});

describe('the authoring guide', () => {
  it("quotes the pub story's analysis exactly as the checker prints it (update scenarios/README.md's Author tools if this fails)", () => {
    const run = checkScenarios('scenarios/pub-caesar-dressing.yaml');
    const guide = readProjectFile('scenarios/README.md');
    const section = guide.slice(guide.indexOf('## Author tools'));
    const quoted = section.slice(
      section.indexOf('```text\n') + '```text\n'.length,
      section.indexOf('\n```', section.indexOf('```text')),
    );
    const lines = run.stdout.split('\n');
    const ok = lines.findIndex((l) => l.startsWith('ok  scenarios/pub-caesar-dressing.yaml'));

    expect(quoted).toBe(lines.slice(ok, ok + 6).join('\n'));
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
