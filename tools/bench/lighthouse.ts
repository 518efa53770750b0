// npm run lighthouse [-- --runs N] [-- --keep] [-- --site DIR]
// Builds the production site, serves it, and audits the title (the bare address) and a story link with
// Lighthouse's default mobile settings (a mid-range phone: 4× slower CPU, slow 4G, simulated), printing
// the performance and accessibility scores, the paint figures and what kept the main thread busy.
// Each page is audited --runs times (3 by default), alternating, in a fresh Chromium each; the medians
// come last. Lighthouse is the project's devDependency; LIGHTHOUSE_CLI=path/to/lighthouse/cli/index.js
// runs another copy (say Lighthouse 13, which wants Node 22) against the same build; --site DIR audits a build
// made before (say of another commit) instead of building this one; --keep writes each report's JSON.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.ts';
import { projectRoot } from '../projectFiles.ts';
import { formatPage, median, pageFigures, type LighthouseResult, type PageFigures } from './lighthouseFigures.ts';

const outDir = join(projectRoot, 'test-output', 'lighthouse');
const siteDir = join(outDir, 'site');
const PAGES = [
  { name: 'title', path: '' },
  { name: 'story link', path: '?scenario=pub-caesar-dressing&seed=shift-1' },
] as const;
const lighthouseCli =
  process.env['LIGHTHOUSE_CLI'] ?? join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');
const progress = (message: string) => console.error(`… ${message}`);

async function audit(url: string): Promise<LighthouseResult> {
  const chromePath = findChromium();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--quiet',
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      '--output=json',
      '--output-path=stdout',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LighthouseResult;
}

function summary(name: string, runs: readonly PageFigures[]): string {
  const of = (pick: (f: PageFigures) => number | null) => {
    const values = runs.map(pick);
    const m = median(values);
    return `${m === null ? '–' : Math.round(m)} (${values.map((v) => (v === null ? '–' : Math.round(v))).join(', ')})`;
  };
  return `${name}, median (runs): performance ${of((f) => f.performance)}, accessibility ${of((f) => f.accessibility)}, TBT ms ${of((f) => f.totalBlockingTime)}, LCP ms ${of((f) => f.largestContentfulPaint)}, FCP ms ${of((f) => f.firstContentfulPaint)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      site: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs needs a whole number of at least 1, like --runs 3 (got ${values.runs})`);
  if (!existsSync(lighthouseCli))
    throw new Error(
      `no Lighthouse at ${lighthouseCli}: run npm install (or point LIGHTHOUSE_CLI at lighthouse/cli/index.js)`,
    );
  const served = values.site ? resolve(values.site) : siteDir;
  if (values.site && !existsSync(join(served, 'index.html'))) throw new Error(`${served} has no index.html to serve`);
  if (!values.site) {
    progress('building the production site');
    await build({ root: projectRoot, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
  }
  const server = await preview({
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir: served },
    preview: { port: 4199, strictPort: false, host: '127.0.0.1', open: false },
  });
  const base = server.resolvedUrls?.local[0];
  try {
    if (!base) throw new Error('the preview server did not report its address');
    const results = new Map<string, PageFigures[]>(PAGES.map((p) => [p.name, []]));
    let version = '';
    for (let run = 1; run <= runs; run++) {
      for (const page of PAGES) {
        progress(`run ${run} of ${runs}: ${page.name}`);
        const lhr = await audit(`${base}${page.path}`);
        version = lhr.lighthouseVersion;
        if (values.keep) {
          mkdirSync(outDir, { recursive: true });
          writeFileSync(join(outDir, `${page.name.replace(/\W+/g, '-')}-${run}.json`), JSON.stringify(lhr));
        }
        const figures = pageFigures(lhr);
        results.get(page.name)!.push(figures);
        console.log(formatPage(`${page.name} (run ${run})`, figures));
      }
    }
    console.log(
      `\nLighthouse ${version}, mobile (simulated throttling), ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, load average ${loadavg()[0]?.toFixed(1)}`,
    );
    for (const page of PAGES) console.log(summary(page.name, results.get(page.name)!));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
