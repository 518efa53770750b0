// npm run check:scenarios [-- files...]
// npm run check:scenarios -- --diagram ID [--out FILE]
// Validates scenario files and prints file:line:col: message for every problem,
// then what the static analysis finds in each good file. With no files named it
// checks the whole library in scenarios/, library rules included. Exits 1 on any
// error; never prints a stack trace.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  analyseScenario,
  formatAnalysis,
  formatCoverageMatrix,
  formatFinding,
  libraryRules,
  OVER_APPROXIMATION_NOTE,
  scenarioDiagram,
  scenarioRules,
  type LibraryFinding,
  type LibraryScenario,
  type ScenarioFinding,
} from '../src/engine/analysis/index.ts';
import { formatDiagnostic, type Library } from '../src/engine/index.ts';
import { catalogueFile, displayPath, listScenarioFiles, projectRoot, readLibrary } from './projectFiles.ts';

interface Options {
  files: string[];
  diagram: string | null;
  out: string | null;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { files: [], diagram: null, out: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--diagram' || arg === '--out') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value, like ${arg === '--diagram' ? '--diagram pub-caesar-dressing' : '--out diagram.mmd'}`;
      if (arg === '--diagram') options.diagram = value;
      else options.out = value;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}; the options are --diagram ID and --out FILE`;
    } else {
      options.files.push(arg);
    }
  }
  if (options.out !== null && options.diagram === null) return '--out only goes with --diagram ID';
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
  if (options.diagram === null) for (const file of missing) console.error(`${displayPath(file)}:1:1: cannot read the file: it does not exist`);
  if (files.length === 0) {
    console.error('No scenario files found in scenarios/ (expected .yaml files).');
    return 1;
  }
  const library = readLibrary(files.filter((f) => existsSync(f)));
  for (const error of library.catalogueErrors) console.error(formatDiagnostic(error));
  if (!library.catalogue) return 1;
  if (options.diagram !== null) return printDiagram(library, options.diagram, options.out);

  let errorCount = 0;
  const good: LibraryScenario[] = [];
  const findings: (ScenarioFinding | LibraryFinding)[] = [];
  for (const entry of library.entries) {
    if (entry.scenario) {
      const beats = Object.values(entry.scenario.beats);
      console.log(
        `ok  ${entry.file}: ${beats.length} beats, ${beats.filter((b) => b.breakdown).length} breakdowns, ${beats.filter((b) => b.ending).length} endings`,
      );
      const analysis = analyseScenario(entry.scenario);
      for (const line of formatAnalysis(analysis)) console.log(`    ${line}`);
      const scenario: LibraryScenario = { file: entry.file, scenario: entry.scenario };
      good.push(scenario);
      // The analysis's graph again: building it is most of the rules' cost on a big story.
      findings.push(...scenarioRules(scenario, analysis.graph));
    }
    for (const error of entry.errors) console.error(formatDiagnostic(error));
    errorCount += entry.errors.length;
  }
  if (good.length) console.log(`(${OVER_APPROXIMATION_NOTE})`);

  if (wholeLibrary) {
    const rules = libraryRules(good, library.catalogue);
    console.log('');
    console.log(formatCoverageMatrix(rules.matrix));
    console.log('');
    findings.push(...rules.findings);
    for (const finding of findings) console.error(`${locate(finding)}library rule: ${formatFinding(finding)}`);
    (findings.length ? console.error : console.log)(
      findings.length ? `library rules: ${findings.length} broken (over the ${good.length} file(s) that load)` : `library rules: all met by the ${good.length} file(s) that load`,
    );
  } else {
    for (const finding of findings) console.error(`warning (library rule): ${formatFinding(finding)}`);
  }

  const broken = library.entries.filter((e) => e.errors.length).length + missing.length;
  const summary = `${library.entries.length + missing.length} file(s) checked: ${broken} with errors, ${errorCount} error(s) in all.`;
  (broken ? console.error : console.log)(summary);
  return broken || (wholeLibrary && findings.length) ? 1 : 0;
}

/** A principle's problem is pointed at its entry in the catalogue, so an editor can jump there. */
function locate(finding: ScenarioFinding | LibraryFinding): string {
  if (finding.rule !== 'principle-coverage') return '';
  const lines = readFileSync(catalogueFile, 'utf8').split('\n');
  const line = lines.findIndex((l) => new RegExp(`^\\s*-\\s*id:\\s*["']?${finding.principle}["']?\\s*$`).test(l));
  return `${displayPath(catalogueFile)}:${line + 1 || 1}:1: `;
}

function printDiagram(library: Library, id: string, out: string | null): number {
  const entry = library.entries.find((e) => e.scenario?.id === id);
  if (!entry?.scenario) {
    const broken = library.entries.find((e) => !e.scenario && declaredId(e.file) === id);
    if (broken) {
      console.error(`check:scenarios: ${broken.file} (id "${id}") has ${broken.errors.length} error(s); run npm run check:scenarios -- ${broken.file} to see them`);
    } else {
      const ids = library.entries.flatMap((e) => (e.scenario ? [e.scenario.id] : [])).sort();
      console.error(`check:scenarios: no scenario has the id "${id}"; the ids are: ${ids.join(', ') || '(none load)'}`);
    }
    return 1;
  }
  const text = scenarioDiagram(entry.scenario);
  if (out === null) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(resolve(out), text);
  } catch (error) {
    console.error(`check:scenarios: cannot write ${out}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
  console.log(`wrote the diagram of "${id}" to ${out}`);
  return 0;
}

/** The id a file declares, read from its text, for a file too broken to load. */
function declaredId(file: string): string | null {
  try {
    return /^id:\s*["']?([a-z0-9-]+)["']?\s*(?:#.*)?$/m.exec(readFileSync(resolve(projectRoot, file), 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`check:scenarios could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
