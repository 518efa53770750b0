// npm run check:scenarios [-- files...]
// Validates scenario files and prints file:line:col: message for every problem.
// Exits 1 on any error; never prints a stack trace.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../src/engine/index.ts';
import { displayPath, listScenarioFiles, readLibrary } from './projectFiles.ts';

function main(args: string[]): number {
  const files = args.length ? args.map((f) => resolve(f)) : listScenarioFiles();
  const missing = files.filter((f) => !existsSync(f));
  for (const file of missing) console.error(`${displayPath(file)}:1:1: cannot read the file: it does not exist`);
  if (files.length === 0) {
    console.error('No scenario files found in scenarios/ (expected .yaml files).');
    return 1;
  }
  const library = readLibrary(files.filter((f) => existsSync(f)));
  for (const error of library.catalogueErrors) console.error(formatDiagnostic(error));
  if (!library.catalogue) return 1;

  let errorCount = 0;
  for (const entry of library.entries) {
    if (entry.scenario) {
      const beats = Object.values(entry.scenario.beats);
      console.log(
        `ok  ${entry.file}: ${beats.length} beats, ${beats.filter((b) => b.breakdown).length} breakdowns, ${beats.filter((b) => b.ending).length} endings`,
      );
    }
    for (const error of entry.errors) console.error(formatDiagnostic(error));
    errorCount += entry.errors.length;
  }
  const broken = library.entries.filter((e) => e.errors.length).length + missing.length;
  const summary = `${library.entries.length + missing.length} file(s) checked: ${broken} with errors, ${errorCount} error(s) in all.`;
  (broken ? console.error : console.log)(summary);
  return broken ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`check:scenarios could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
