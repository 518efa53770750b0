// npm run package:scorm [-- --per track|scenario] [--only id1,id2] [--version 1.2|2004|both]
//                          [--out DIR] [--title "Course title"] [--site DIR] [--lang en|es|ar]
// Builds SCORM 1.2 and 2004 (4th edition) zips a trainer uploads to an LMS.
// Without --site it runs a production Vite build into a temporary folder first
// (never dist/, which may hold something else). Exits 1 on any error, with a
// message and no stack trace for mistakes in what was asked.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { readCommandLine } from './commandLine.ts';
import { projectRoot, readLibrary } from './projectFiles.ts';
import { SCORM_VERSIONS, type ScormVersion } from './scorm/manifest.ts';
import { LANGUAGE_CODES, type Language } from '../src/i18n/languages.ts';
import { checkSite, launchables, packageScorm, PER_MODES, ScormPackageError, type Per } from './scorm/packageScorm.ts';

const USAGE = `usage: npm run package:scorm -- [--per track|scenario] [--only id1,id2] [--version 1.2|2004|both] [--out DIR] [--title "Course title"] [--site DIR] [--lang en|es|ar]
  --per      one SCO per track (default) or one per scenario
  --only     include only these track or scenario ids (comma-separated)
  --version  SCORM 1.2, 2004 (4th edition) or both (default both)
  --out      where the zips go (default dist-scorm)
  --title    the course title the LMS shows (default "Service Hero")
  --site     package this already built site instead of running a production build
  --lang     open the game in this language (en, es or ar) for every learner; default: each learner's own`;

interface Options {
  per: Per;
  only: string[] | undefined;
  versions: ScormVersion[];
  out: string;
  title: string | undefined;
  site: string | undefined;
  language: Language | undefined;
  help: boolean;
}

const VALUE_FLAGS = ['per', 'only', 'version', 'out', 'title', 'site', 'lang'] as const;

function parseArgs(args: string[]): Options | string {
  const read = readCommandLine(
    {
      args,
      options: {
        per: { type: 'string' },
        only: { type: 'string', multiple: true },
        version: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        site: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    {
      list: [...VALUE_FLAGS.map((flag) => `--${flag}`), '--help'].join(', '),
      positional: (arg) => `unexpected argument "${arg}"; ids go after --only, like --only ${arg}`,
    },
  );
  if (typeof read === 'string') return read;
  const { values } = read;
  const empty = VALUE_FLAGS.find((flag) => [values[flag]].flat().includes(''));
  if (empty) return `--${empty} needs a value`;
  if (values.per !== undefined && !(PER_MODES as readonly string[]).includes(values.per))
    return `--per is "track" or "scenario", not "${values.per}"`;
  const only = values.only?.flatMap((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
  if (only?.length === 0) return '--only needs at least one id, like --only pub-caesar-dressing';
  const version = values.version ?? 'both';
  if (version !== 'both' && version !== '1.2' && version !== '2004')
    return `--version is 1.2, 2004 or both, not "${version}"`;
  if (values.title !== undefined && !values.title.trim()) return '--title needs some text';
  if (values.lang !== undefined && !(LANGUAGE_CODES as readonly string[]).includes(values.lang))
    return `--lang is one of ${LANGUAGE_CODES.join(', ')}, not "${values.lang}"`;
  return {
    per: (values.per ?? 'track') as Per,
    only,
    versions: version === 'both' ? [...SCORM_VERSIONS] : [version],
    out: values.out ?? 'dist-scorm',
    title: values.title,
    site: values.site,
    language: values.lang as Language | undefined,
    help: values.help,
  };
}

async function buildSite(outDir: string): Promise<void> {
  console.log('building the site (production)…');
  await build({ root: projectRoot, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`package:scorm: ${options}\n${USAGE}`);
    return 1;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const library = readLibrary();
  const broken = [...library.entries, ...library.tracks].filter((e) => e.errors.length).map((e) => e.file);
  if (broken.length)
    console.warn(
      `package:scorm: leaving out ${broken.length} file(s) with errors (${broken.join(', ')}); npm run check:scenarios shows them`,
    );
  // Checked before the build, so a typo costs a second rather than a whole build.
  launchables(library, options.per, options.only);
  if (options.site !== undefined) checkSite(options.site);

  const temporary = options.site === undefined ? mkdtempSync(join(tmpdir(), 'service-hero-site-')) : undefined;
  try {
    if (temporary) await buildSite(temporary);
    const site = options.site ?? temporary!;
    const results = await packageScorm({
      site,
      outDir: resolve(options.out),
      per: options.per,
      versions: options.versions,
      library,
      ...(options.only ? { only: options.only } : {}),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
    const scos = launchables(library, options.per, options.only).map((l) => l.id);
    for (const result of results) {
      const size = (statSync(result.zipPath).size / 1024 / 1024).toFixed(1);
      const shown = relative(process.cwd(), result.zipPath);
      console.log(
        `wrote ${shown.startsWith('..') ? result.zipPath : shown} (SCORM ${result.version === '2004' ? '2004 4th edition' : '1.2'}, ${size} MB)`,
      );
    }
    console.log(`${scos.length} SCO(s), one per ${options.per}: ${scos.join(', ')}`);
    return 0;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ScormPackageError) console.error(`package:scorm: ${error.message}`);
    else console.error(`package:scorm could not finish: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
