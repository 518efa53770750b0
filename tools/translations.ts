// npm run translations -- export --lang es [--story ID]... [--all]
//   Writes scenarios/translations/es/<story>.xlf for every story, track (tracks/<track>.xlf) and the principles
//   catalogue not written in that language (a language begun: for those it has, and those --story names, a track
//   as track:ID; --all: every one): XLIFF 2.0, which translation tools read, every text as written now (English, or
//   the story's own `language:`), the translations made so far kept (one whose text has changed marked for review,
//   with the text it was made from). Run again, it changes nothing. `--lang en` translates the stories written in
//   another language into English.
// npm run translations -- import FILE [FILE...]
//   Takes XLIFF 2.0 files back from a translator or a tool (one story each, or many in one file) into those files.
//   Every problem in every file is reported, each at its line, and nothing is written unless all of them read.
// npm run translations -- status [--lang es]
//   How much of each story each language covers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../src/engine/diagnostics.ts';
import { LANGUAGE_CODES } from '../src/i18n/languages.ts';
import { readCommandLine, startedAsProgram } from './commandLine.ts';
import { projectRoot, readLibrary } from './projectFiles.ts';
import {
  coverage,
  readStored,
  refreshed,
  storedLanguages,
  storedPath,
  translatableInto,
  translationSources,
  type TranslationSource,
} from './translations/store.ts';
import { readXliff, writeXliff, type XliffFile } from './translations/xliff.ts';

/** The game's languages: a story is translated into each but the one it is written in. */
const TARGETS: readonly string[] = LANGUAGE_CODES;
const USAGE =
  'usage: npm run translations -- export --lang LANGUAGE [--story ID]... [--all] | import FILE... | status [--lang LANGUAGE]' +
  ` (languages: ${TARGETS.join(', ')})`;

const fromRoot = (file: string) => relative(projectRoot, file).split('\\').join('/');

function writeStored(language: string, file: XliffFile, source: TranslationSource): boolean {
  const path = storedPath(language, source.name);
  const text = writeXliff({ srcLang: source.language, trgLang: language, files: [file] });
  let before: string | null = null;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    // A story not yet translated into this language.
  }
  if (before === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}

function sourcesOrExit(): TranslationSource[] {
  const library = readLibrary();
  const broken = library.entries.filter((entry) => !entry.scenario).map((entry) => entry.file);
  if (broken.length > 0)
    console.warn(`left out, since they do not load (npm run check:scenarios says why): ${broken.join(', ')}`);
  return translationSources(library);
}

/** Reads every stored file of a language, or reports what in them cannot be read. */
function storedFiles(language: string, sources: readonly TranslationSource[]) {
  const problems: Diagnostic[] = [];
  const files = new Map<string, XliffFile | undefined>();
  for (const source of sources) {
    const stored = readStored(language, source.name, readXliff);
    problems.push(...stored.problems);
    files.set(source.id, stored.file);
  }
  return { files, problems };
}

function exportLanguage(language: string, wanted: { all: boolean; stories: readonly string[] }): number {
  const every = sourcesOrExit();
  const all = every.filter((source) => translatableInto(source, language));
  const unknown = wanted.stories.filter((id) => !all.some((source) => source.id === id));
  if (unknown.length > 0) {
    const own = unknown.filter((id) => every.some((source) => source.id === id));
    console.error(
      own.length === unknown.length
        ? `--story ${own.join(', ')}: written in ${language} already, so not translated into it`
        : `--story ${unknown.join(', ')}: nothing to translate into ${language} has this id; there are ${all.map((s) => s.id).join(', ')}`,
    );
    return 2;
  }
  if (all.length === 0) {
    console.log(`everything is written in ${language}: nothing to translate into it`);
    return 0;
  }
  const { files, problems } = storedFiles(language, all);
  if (problems.length > 0) return report(problems, 'nothing was written: fix these files first (or delete them)');
  // A language begun: its files are brought up to date, and the stories named join them. A new one: every story.
  const begun = [...files.values()].some((file) => file !== undefined);
  const sources = all.filter(
    (source) => wanted.all || !begun || files.get(source.id) !== undefined || wanted.stories.includes(source.id),
  );
  let written = 0;
  for (const source of sources) {
    const file = refreshed(source, files.get(source.id));
    if (writeStored(language, file, source)) written++;
    const { total, translated } = coverage(source, file);
    console.log(`${fromRoot(storedPath(language, source.name))}: ${translated} of ${total} texts translated`);
  }
  console.log(`${written} file${written === 1 ? '' : 's'} written, ${sources.length - written} already up to date`);
  const left = all.length - sources.length;
  if (left > 0) console.log(`${left} more not begun in ${language}: add one with --story ID, or every one with --all`);
  return 0;
}

function report(problems: readonly Diagnostic[], verdict: string): number {
  for (const problem of problems) console.error(formatDiagnostic(problem));
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}: ${verdict}`);
  return 1;
}

/** Checks an imported document against the stories; every problem, each at its line. */
function importProblems(
  fileName: string,
  text: string,
  doc: NonNullable<ReturnType<typeof readXliff>['doc']>,
  sources: ReadonlyMap<string, TranslationSource>,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const lineOf = (pattern: string) => {
    const at = text.indexOf(pattern);
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file: fileName, line, col: 1, field, message });
  if (!TARGETS.includes(doc.trgLang))
    problem(
      lineOf('trgLang='),
      'xliff',
      `trgLang "${doc.trgLang}" is not a language the game speaks: ${TARGETS.join(', ')}`,
    );
  for (const file of doc.files) {
    const source = sources.get(file.id);
    if (!source) {
      problem(lineOf(`<file id="${file.id}"`), `file ${file.id}`, `no story (or catalogue) has the id "${file.id}"`);
      continue;
    }
    // One document has one srcLang: each story in it must be written in that language, and not in the one asked for.
    if (source.language.toLowerCase() !== doc.srcLang.toLowerCase())
      problem(
        lineOf(`<file id="${file.id}"`),
        `file ${file.id}`,
        `${source.original} is written in ${source.language}; this file's srcLang is "${doc.srcLang}"`,
      );
    else if (!translatableInto(source, doc.trgLang))
      problem(lineOf('trgLang='), 'xliff', `${source.original} is written in ${doc.trgLang} already`);
    const ids = new Set(source.units.map((unit) => unit.id));
    for (const unit of file.units)
      if (!ids.has(unit.id))
        problem(
          lineOf(`<unit id="${unit.id}"`),
          `file ${file.id} › unit ${unit.id}`,
          `${source.original} has no text with this id (was it renamed or removed?)`,
        );
  }
  return problems;
}

function importFiles(paths: readonly string[]): number {
  const sources = new Map(sourcesOrExit().map((source) => [source.id, source]));
  const problems: Diagnostic[] = [];
  const imported: { language: string; file: XliffFile }[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push({ file: path, line: 1, col: 1, field: '', message: `cannot be read: ${(error as Error).message}` });
      continue;
    }
    const read = readXliff(path, text);
    problems.push(...read.problems);
    if (!read.doc) continue;
    const found = importProblems(path, text, read.doc, sources);
    problems.push(...found);
    if (found.length === 0) for (const file of read.doc.files) imported.push({ language: read.doc.trgLang, file });
  }
  if (problems.length > 0) return report(problems, 'nothing was imported');
  for (const { language, file } of imported) {
    const source = sources.get(file.id)!;
    const current = readStored(language, source.name, readXliff).file;
    // The imported units take the place of the stored ones; the story's other texts keep what they had.
    const byId = new Map([...(current?.units ?? []), ...file.units].map((unit) => [unit.id, unit]));
    const merged = refreshed(source, { ...file, units: [...byId.values()] });
    const changed = writeStored(language, merged, source);
    const { total, translated } = coverage(source, merged);
    console.log(
      `${fromRoot(storedPath(language, source.name))}: ${changed ? 'updated' : 'unchanged'}, ${translated} of ${total} texts translated`,
    );
  }
  return 0;
}

function status(only: string | undefined): number {
  const sources = sourcesOrExit();
  const languages = only ? [only] : storedLanguages();
  if (languages.length === 0)
    console.log('no translations yet: npm run translations -- export --lang LANGUAGE starts one');
  for (const language of languages) {
    const { files, problems } = storedFiles(language, sources);
    for (const problem of problems) console.error(formatDiagnostic(problem));
    for (const source of sources.filter((s) => translatableInto(s, language))) {
      const file = files.get(source.id);
      if (!file) {
        console.log(`${language} ${source.id}: no translation`);
        continue;
      }
      const { total, translated, stale, missing } = coverage(source, file);
      console.log(
        `${language} ${source.id}: ${Math.floor((translated / total) * 100)}% (${translated} of ${total}; ${stale.length} stale, ${missing.length} missing)`,
      );
    }
  }
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const read = readCommandLine(
    {
      args: rest,
      allowPositionals: command === 'import',
      options: { lang: { type: 'string' }, story: { type: 'string', multiple: true }, all: { type: 'boolean' } },
    },
    {
      list: '--lang LANGUAGE, --story ID and --all',
      examples: { '--lang': '--lang es', '--story': '--story pub-caesar-dressing (a track: --story track:ID)' },
    },
  );
  if (typeof read === 'string') {
    console.error(`${read}\n${USAGE}`);
    return 2;
  }
  const language = read.values.lang;
  if (language !== undefined && !TARGETS.includes(language)) {
    console.error(`--lang ${language}: the game speaks ${TARGETS.join(', ')}`);
    return 2;
  }
  if (command === 'export' && language)
    return exportLanguage(language, { all: read.values.all ?? false, stories: read.values.story ?? [] });
  if (command === 'import' && read.positionals.length > 0) return importFiles(read.positionals);
  if (command === 'status') return status(language);
  console.error(USAGE);
  return 2;
}

/** The command on its arguments, as check-scenarios.ts runs: the tests import it and run it in their own process. */
export function run(args: string[]): number {
  try {
    return main(args);
  } catch (error) {
    console.error(`translations could not finish: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (startedAsProgram(import.meta.url)) process.exitCode = run(process.argv.slice(2));
