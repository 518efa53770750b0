// Packs a built site into SCORM zips for an LMS: the whole site once, shared by
// every SCO, and one SCO per track or per scenario, each launching index.html
// with the parameters the game reads (?scorm=1.2&track=…), through a launch page
// of its own that carries them (for LMSs that drop the manifest's parameters).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Library } from '../../src/engine/index.ts';
import { didYouMean } from '../../src/engine/suggest.ts';
import { projectRoot, readLibrary } from '../projectFiles.ts';
import type { Language } from '../../src/i18n/languages.ts';
import {
  buildManifest,
  LAUNCH_PAGE,
  scoLaunchHtml,
  scoLaunchPage,
  toXsId,
  type ManifestItem,
  type ScormVersion,
} from './manifest.ts';
import { schemaFiles } from './schemas.ts';

export type Per = 'track' | 'scenario';
export const PER_MODES: readonly Per[] = ['track', 'scenario'];

export interface PackageOptions {
  /** A built site (Vite's output): index.html and everything it loads. */
  site: string;
  outDir: string;
  per: Per;
  /** Track or scenario ids to include (default: all that load). */
  only?: readonly string[];
  versions: readonly ScormVersion[];
  title?: string;
  /** The language every SCO opens the game in (`?lang=`); absent: the learner's setting or browser decides. */
  language?: Language;
  /** The stories to choose from; default: the project's scenarios/ and scenarios/tracks/. The browser tests pass their fixtures too. */
  library?: Library;
}

export interface PackageResult {
  version: ScormVersion;
  zipPath: string;
  manifest: string;
}

/** A mistake in what was asked for (a bad id, a missing folder): the CLI prints its message alone, without a stack. */
export class ScormPackageError extends Error {
  override name = 'ScormPackageError';
}

const DEFAULT_TITLE = 'Service Hero';
const MANIFEST_FILE = 'imsmanifest.xml';

export const zipFileName = (per: Per, version: ScormVersion): string =>
  `service-hero-${per}s-scorm${version.replace('.', '')}.zip`;

export interface Launchable {
  id: string;
  title: string;
}

/** The tracks or scenarios that can be launched, in library order, narrowed to `only` (in the order given). */
export function launchables(library: Library, per: Per, only?: readonly string[]): Launchable[] {
  if (!library.catalogue)
    throw new ScormPackageError(
      `the principles catalogue does not load, so no story can be packaged; run npm run check:scenarios`,
    );
  const all = loaded(library, per);
  if (only === undefined) {
    if (all.length === 0)
      throw new ScormPackageError(`there is no ${per} to package: none loads (run npm run check:scenarios)`);
    return all;
  }
  if (only.length === 0) throw new ScormPackageError(`--only needs at least one ${per} id`);
  const known = all.map((l) => l.id);
  const chosen: Launchable[] = [];
  for (const id of only) {
    const found = all.find((l) => l.id === id);
    if (!found) throw new ScormPackageError(unknownIdMessage(library, per, id, known));
    if (!chosen.includes(found)) chosen.push(found);
  }
  return chosen;
}

const loaded = (library: Library, per: Per): Launchable[] =>
  per === 'track'
    ? library.tracks.flatMap((t) => (t.track ? [{ id: t.track.id, title: t.track.title }] : []))
    : library.entries.flatMap((e) => (e.scenario ? [{ id: e.scenario.id, title: e.scenario.title }] : []));

function unknownIdMessage(library: Library, per: Per, id: string, known: readonly string[]): string {
  // A file too broken to load has no id; its name is the usual stand-in for one.
  const namedAfter = (file: string) =>
    file
      .split('/')
      .pop()
      ?.replace(/\.ya?ml$/, '') === id;
  const broken =
    per === 'track'
      ? library.tracks.find((t) => !t.track && namedAfter(t.file))
      : library.entries.find((e) => !e.scenario && namedAfter(e.file));
  if (broken)
    return `the ${per} "${id}" (${broken.file}) has ${broken.errors.length} error(s); run npm run check:scenarios to see them`;
  const other: Per = per === 'track' ? 'scenario' : 'track';
  const otherIds = loaded(library, other).map((l) => l.id);
  const hint = otherIds.includes(id) ? ` ("${id}" is a ${other}: add --per ${other})` : didYouMean(id, known);
  return `there is no ${per} "${id}"${hint}; the ${per}s are: ${known.join(', ') || '(none load)'}`;
}

/** Every file under the site folder, relative, with forward slashes, sorted. */
function listSiteFiles(site: string): string[] {
  const root = resolve(site);
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

export function checkSite(site: string): void {
  const root = resolve(site);
  if (!existsSync(root))
    throw new ScormPackageError(
      `the site folder ${site} does not exist; build it first (npm run build) or leave out --site`,
    );
  if (!statSync(root).isDirectory())
    throw new ScormPackageError(`${site} is not a folder; --site takes the folder of a built site`);
  if (!existsSync(join(root, LAUNCH_PAGE)))
    throw new ScormPackageError(
      `${site} has no ${LAUNCH_PAGE}, so it is not a built site; --site takes the folder Vite built (like dist/)`,
    );
}

function projectVersion(): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : '1.0';
}

// Already-compressed formats gain nothing from deflate; storing them keeps packaging quick.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|ogg|m4a|mp4|webm|zip|gz)$/i;

export async function packageScorm(options: PackageOptions): Promise<PackageResult[]> {
  checkSite(options.site);
  if (options.versions.length === 0) throw new ScormPackageError('no SCORM version asked for');
  const chosen = launchables(options.library ?? readLibrary(), options.per, options.only);
  const title = options.title?.trim() || DEFAULT_TITLE;
  const siteFiles = listSiteFiles(options.site);
  const siteContents: Zippable = {};
  for (const file of siteFiles)
    siteContents[file] = [readFileSync(join(options.site, file)), { level: STORED.test(file) ? 0 : 6 }];
  mkdirSync(options.outDir, { recursive: true });

  const results: PackageResult[] = [];
  for (const version of [...new Set(options.versions)]) {
    const items: ManifestItem[] = chosen.map((l) => ({
      identifier: toXsId(`${options.per}-${l.id}`),
      title: l.title,
      parameters: `?scorm=${version}&${options.per}=${encodeURIComponent(l.id)}${options.language ? `&lang=${options.language}` : ''}`,
      ...(options.language ? { language: options.language } : {}),
    }));
    const manifest = buildManifest({
      version,
      identifier: `service-hero-${options.per}s`,
      title,
      items,
      files: siteFiles,
      manifestVersion: projectVersion(),
    });
    const schemas = schemaFiles(version);
    const launchPages = items.map((item) => [scoLaunchPage(item.identifier), scoLaunchHtml(item)] as const);
    const clash = siteFiles.find(
      (f) => f === MANIFEST_FILE || schemas.some((s) => s.name === f) || launchPages.some(([page]) => page === f),
    );
    if (clash)
      throw new ScormPackageError(`the site has its own ${clash}, where the SCORM package needs to put its own`);

    const zip: Zippable = { ...siteContents, [MANIFEST_FILE]: [new TextEncoder().encode(manifest), { level: 6 }] };
    for (const [page, html] of launchPages) zip[page] = [new TextEncoder().encode(html), { level: 6 }];
    for (const schema of schemas) zip[schema.name] = [readFileSync(schema.path), { level: 6 }];
    const zipPath = join(options.outDir, zipFileName(options.per, version));
    writeFileSync(zipPath, zipSync(zip));
    results.push({ version, zipPath, manifest });
  }
  return results;
}
