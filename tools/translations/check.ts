// What check:scenarios says of the stories' translations: each language's coverage of each story that has a
// translation file, and every text in such a file still to translate or translated from a text that has since
// changed (warnings, which --strict counts as failing). A file that cannot be read is an error. A story with no
// file in a language is simply not translated into it: one line says so, not a warning per text.
import { relative } from 'node:path';
import type { Diagnostic } from '../../src/engine/diagnostics.ts';
import { projectRoot } from '../projectFiles.ts';
import {
  coverage,
  readStored,
  storedLanguages,
  storedPath,
  translatableInto,
  type TranslationSource,
} from './store.ts';
import { readXliff } from './xliff.ts';

export interface TranslationReport {
  lines: string[];
  /** Each story (or the catalogue) with a file in a language: how much of it is translated. */
  coverage: { language: string; story: string; total: number; translated: number; stale: number; missing: number }[];
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

const fromRoot = (file: string) => relative(projectRoot, file).split('\\').join('/');

export function checkTranslations(sources: readonly TranslationSource[]): TranslationReport {
  const report: TranslationReport = { lines: [], coverage: [], warnings: [], errors: [] };
  for (const language of storedLanguages()) {
    const untranslated: string[] = [];
    for (const source of sources.filter((s) => translatableInto(s, language))) {
      const { file, problems } = readStored(language, source.name, readXliff);
      report.errors.push(...problems);
      if (!file) {
        if (problems.length === 0) untranslated.push(source.id);
        continue;
      }
      const path = fromRoot(storedPath(language, source.name));
      const lineOf = new Map(file.units.map((unit) => [unit.id, unit.line ?? 1]));
      const { total, translated, stale, missing } = coverage(source, file);
      report.coverage.push({
        language,
        story: source.id,
        total,
        translated,
        stale: stale.length,
        missing: missing.length,
      });
      report.lines.push(
        `${language} ${source.id}: ${Math.floor((translated / total) * 100)}% translated (${translated} of ${total})`,
      );
      const warn = (id: string, message: string) =>
        report.warnings.push({ file: path, line: lineOf.get(id) ?? 1, col: 1, field: `unit ${id}`, message });
      for (const id of stale)
        warn(id, 'translated from a text that has changed since: the story shows it as written until it is reviewed');
      for (const id of missing)
        warn(
          id,
          lineOf.has(id)
            ? 'not translated yet: the story shows it as written'
            : `not in this file yet: run npm run translations -- export --lang ${language}`,
        );
    }
    if (untranslated.length > 0) report.lines.push(`${language}: not translated: ${untranslated.join(', ')}`);
  }
  return report;
}
