// npm run check:scenarios [-- files...] [--json] [--strict]
// npm run check:scenarios -- --diagram ID [--out FILE]
// Validates scenario files and prints file:line:col: message for every problem,
// then what the analysis finds in each good file: its plays, grade range, routine
// path and the grading rules R1–R7, each violation an error. With no files named it
// checks the whole library in scenarios/, library rules included. --json prints the
// same findings as one JSON document. Exits 1 on any error or rule violation, and
// under --strict on any warning too (a draft's "FILL IN:" notes, for one); never
// prints a stack trace.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  formatAnalysis,
  formatCoverageMatrix,
  formatFinding,
  libraryRules,
  OVER_APPROXIMATION_NOTE,
  RULE_IDS,
  scenarioDiagram,
  type LibraryFinding,
  type LibraryScenario,
  type ScenarioFinding,
} from '../src/engine/analysis/index.ts';
import {
  formatDiagnostic,
  isFillIn,
  plural,
  scenarioById,
  type Library,
  type LibraryEntry,
} from '../src/engine/index.ts';
import { checkStory, type CheckedStory } from '../src/engine/analysis/checkStory.ts';
import { readCommandLine, startedAsProgram } from './commandLine.ts';
import { checkTranslations, type TranslationReport } from './translations/check.ts';
import { translationSources } from './translations/store.ts';
import { catalogueFile, displayPath, listScenarioFiles, projectRoot, readLibrary } from './projectFiles.ts';

interface Options {
  files: string[];
  diagram: string | null;
  out: string | null;
  json: boolean;
  strict: boolean;
}

function parseArgs(args: string[]): Options | string {
  const read = readCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        diagram: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    },
    {
      list: '--json, --strict, --diagram ID and --out FILE',
      examples: { '--diagram': '--diagram pub-caesar-dressing', '--out': '--out diagram.mmd' },
    },
  );
  if (typeof read === 'string') return read;
  const { values, positionals } = read;
  const options: Options = {
    files: positionals,
    diagram: values.diagram ?? null,
    out: values.out ?? null,
    json: values.json,
    strict: values.strict,
  };
  if (options.out !== null && options.diagram === null) return '--out only goes with --diagram ID';
  if (options.json && options.diagram !== null) return '--json and --diagram cannot go together';
  return options;
}

function main(args: string[]): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`check:scenarios: ${options}`);
    return 1;
  }
  const wholeLibrary = options.files.length === 0;
  const files = wholeLibrary ? listScenarioFiles() : options.files.map((f) => resolve(f));
  const missing = files.filter((f) => !existsSync(f));
  if (options.diagram === null)
    for (const file of missing) console.error(`${displayPath(file)}:1:1: cannot read the file: it does not exist`);
  if (files.length === 0) {
    console.error('No scenario files found in scenarios/ (expected .yaml files).');
    return 1;
  }
  const library = readLibrary(files.filter((f) => existsSync(f)));
  for (const error of library.catalogueErrors) console.error(formatDiagnostic(error));
  if (!library.catalogue) return 1;
  if (options.diagram !== null) return printDiagram(library, options.diagram, options.out);

  const checked = library.entries.map((entry) => checkEntry(entry));
  const good: LibraryScenario[] = checked.flatMap((c) =>
    c.entry.scenario ? [{ file: c.entry.file, scenario: c.entry.scenario }] : [],
  );
  const findings: (ScenarioFinding | LibraryFinding)[] = checked.flatMap((c) => c.findings);
  const rules = wholeLibrary ? libraryRules(good, library.catalogue) : null;
  if (rules) findings.push(...rules.findings);
  // The translations of the stories checked (and of the catalogue), in each language that has any.
  const translations = checkTranslations(
    translationSources({ ...library, entries: library.entries }).filter(
      (source) => wholeLibrary || source.id !== 'principles',
    ),
  );
  const broken = checked.filter((c) => c.errors.length > 0).length + missing.length;
  const warned = checked.filter((c) => c.warnings.length > 0).length;
  const translationFailed = translations.errors.length > 0 || (options.strict && translations.warnings.length > 0);
  const exitCode =
    broken || (wholeLibrary && findings.length) || (options.strict && warned) || translationFailed ? 1 : 0;
  if (options.json) {
    console.log(JSON.stringify(jsonReport(checked, findings, missing, translations), null, 2));
    return exitCode;
  }

  for (const { entry, analysis, errors, warnings } of checked) {
    if (entry.scenario && analysis) {
      const beats = Object.values(entry.scenario.beats);
      const toFill = warnings.filter(isFillIn).length;
      const count = (n: number, one: string, other: string) => plural(n, { one: `# ${one}`, other: `# ${other}` });
      // A story that loads is not "ok" while the checks find errors in it (a grading rule broken), nor a skeleton
      // until its author has written it.
      const status = errors.length
        ? `FAIL (${count(errors.length, 'error', 'errors')}, listed below)`
        : toFill
          ? `draft (${count(toFill, 'text', 'texts')} still to fill in, listed below)`
          : 'ok ';
      const breakdowns = beats.filter((b) => b.breakdown).length;
      const endings = beats.filter((b) => b.ending).length;
      console.log(
        `${status} ${entry.file}: ${count(beats.length, 'beat', 'beats')}, ${count(breakdowns, 'breakdown', 'breakdowns')}, ${count(endings, 'ending', 'endings')}`,
      );
      for (const line of formatAnalysis(analysis)) console.log(`    ${line}`);
    }
    for (const warning of warnings)
      console.error(formatDiagnostic({ ...warning, message: `warning: ${warning.message}` }));
    for (const error of errors) console.error(formatDiagnostic(error));
  }
  if (good.length) console.log(`(${OVER_APPROXIMATION_NOTE})`);

  if (rules) {
    console.log('');
    console.log(formatCoverageMatrix(rules.matrix));
    console.log('');
    for (const finding of findings) console.error(`${locate(finding)}library rule: ${formatFinding(finding)}`);
    (findings.length ? console.error : console.log)(
      findings.length
        ? `library rules: ${findings.length} broken (over the ${good.length} file(s) that load)`
        : `library rules: all met by the ${good.length} file(s) that load`,
    );
  } else {
    for (const finding of findings) console.error(`warning (library rule): ${formatFinding(finding)}`);
  }

  if (translations.lines.length > 0 || translations.errors.length > 0) {
    console.log('');
    console.log('Translations (npm run translations -- status for the figures alone):');
    for (const line of translations.lines) console.log(`    ${line}`);
    for (const warning of translations.warnings)
      console.error(formatDiagnostic({ ...warning, message: `warning: ${warning.message}` }));
    for (const error of translations.errors) console.error(formatDiagnostic(error));
  }

  const errorCount = checked.reduce((n, c) => n + c.errors.length, 0);
  const warningCount = checked.reduce((n, c) => n + c.warnings.length, 0);
  const warnedNote = warned
    ? ` ${warned} with warnings (${warningCount} in all)${options.strict ? ', which --strict counts as failing' : ''}.`
    : '';
  const translationNote =
    translations.warnings.length + translations.errors.length > 0
      ? ` Translations: ${translations.errors.length} error(s), ${translations.warnings.length} text(s) to translate or review${options.strict ? ' (failing under --strict)' : ''}.`
      : '';
  const summary = `${library.entries.length + missing.length} file(s) checked: ${broken} with errors, ${errorCount} error(s) in all.${warnedNote}${translationNote}`;
  (exitCode ? console.error : console.log)(summary);
  return exitCode;
}

function checkEntry(entry: LibraryEntry): CheckedStory {
  return checkStory(entry, () => readFileSync(resolve(projectRoot, entry.file), 'utf8'));
}

/** The findings as data: per story its grade range, its routine path's grade and each rule's violations. */
function jsonReport(
  checked: CheckedStory[],
  findings: (ScenarioFinding | LibraryFinding)[],
  missing: string[],
  translations: TranslationReport,
) {
  return {
    files: [
      ...checked.map(({ entry, analysis, errors, warnings }) => {
        const grades = analysis?.grades.kind === 'computed' ? analysis.grades : null;
        const violations = analysis?.violations ?? null;
        return {
          file: entry.file,
          id: entry.scenario?.id ?? null,
          loads: entry.scenario !== null,
          errors: errors.map(formatDiagnostic),
          warnings: warnings.map(formatDiagnostic),
          plays: analysis?.plays.kind === 'complete' ? analysis.plays.plays.length : null,
          grades: grades && {
            lowest: grades.lowest,
            highest: grades.highest,
            // exact: every play graded; bounded: worked out on the story's graph with conditions ignored (too many plays to count).
            basis: grades.basis,
            percent: grades.percent,
            lowestWhy: grades.lowestWhy,
            highestWhy: grades.highestWhy,
          },
          routine: analysis?.routine ?? null,
          rules:
            violations &&
            Object.fromEntries(
              RULE_IDS.map((rule) => [
                rule,
                violations
                  .filter((v) => v.rule === rule)
                  .map((v) => ({
                    severity: v.severity,
                    message: v.message,
                    path: v.path,
                    plays: v.plays,
                    at: v.at.join(' › '),
                  })),
              ]),
            ),
        };
      }),
      ...missing.map((file) => ({
        file: displayPath(file),
        id: null,
        loads: false,
        errors: [`${displayPath(file)}:1:1: cannot read the file: it does not exist`],
      })),
    ],
    libraryRules: findings.map(formatFinding),
    translations: {
      coverage: translations.coverage,
      errors: translations.errors.map(formatDiagnostic),
      warnings: translations.warnings.map(formatDiagnostic),
    },
  };
}

/** A principle's problem is pointed at its entry in the catalogue, so an editor can jump there. */
function locate(finding: ScenarioFinding | LibraryFinding): string {
  if (finding.rule !== 'principle-coverage') return '';
  const lines = readFileSync(catalogueFile, 'utf8').split('\n');
  const line = lines.findIndex((l) => new RegExp(`^\\s*-\\s*id:\\s*["']?${finding.principle}["']?\\s*$`).test(l));
  return `${displayPath(catalogueFile)}:${line + 1 || 1}:1: `;
}

function printDiagram(library: Library, id: string, out: string | null): number {
  const scenario = scenarioById(library, id);
  if (!scenario) {
    const broken = library.entries.find((e) => !e.scenario && declaredId(e.file) === id);
    if (broken) {
      console.error(
        `check:scenarios: ${broken.file} (id "${id}") has ${broken.errors.length} error(s); run npm run check:scenarios -- ${broken.file} to see them`,
      );
    } else {
      const ids = library.entries.flatMap((e) => (e.scenario ? [e.scenario.id] : [])).sort();
      console.error(`check:scenarios: no scenario has the id "${id}"; the ids are: ${ids.join(', ') || '(none load)'}`);
    }
    return 1;
  }
  const text = scenarioDiagram(scenario);
  if (out === null) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(resolve(out), text);
  } catch (error) {
    console.error(
      `check:scenarios: cannot write ${out}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return 1;
  }
  console.log(`wrote the diagram of "${id}" to ${out}`);
  return 0;
}

/** The id a file declares, read from its text, for a file too broken to load. */
function declaredId(file: string): string | null {
  try {
    return (
      /^id:\s*["']?([a-z0-9-]+)["']?\s*(?:#.*)?$/m.exec(readFileSync(resolve(projectRoot, file), 'utf8'))?.[1] ?? null
    );
  } catch {
    return null;
  }
}

/**
 * The command on its arguments: prints as it goes and returns the exit code. Run as a program when it is the
 * script node started; the tests import it and run it in their own process, much faster than a new one each time.
 */
export function run(args: string[]): number {
  try {
    return main(args);
  } catch (error) {
    console.error(`check:scenarios could not finish: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (startedAsProgram(import.meta.url)) process.exitCode = run(process.argv.slice(2));
