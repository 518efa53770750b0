// The SCORM packages a trainer uploads to an LMS: each manifest is checked
// against its version's rules by hand and against the official XSDs, and each
// zip against its manifest. A small fake site stands in for the Vite build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildManifest, isXsId, namespacesOf, toXsId, type ScormVersion } from '../../tools/scorm/manifest.ts';
import { packageScorm, ScormPackageError, zipFileName, type PackageResult } from '../../tools/scorm/packageScorm.ts';
import { schemaFiles } from '../../tools/scorm/schemas.ts';
import { listScenarioFiles, listTrackFiles, readLibrary } from '../../tools/projectFiles.ts';
import { projectRoot } from './support.ts';

const library = readLibrary();
const trackIds = library.tracks.flatMap((t) => (t.track ? [t.track.id] : []));
const scenarioIds = library.entries.flatMap((e) => (e.scenario ? [e.scenario.id] : []));
const SITE_FILES = ['index.html', 'favicon.svg', 'assets/index-abc123.js', 'assets/art/pub & grill #2.svg'];

function fakeSite(): string {
  const site = mkdtempSync(join(tmpdir(), 'scorm-site-'));
  for (const file of SITE_FILES) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(
      join(site, file),
      file === 'index.html'
        ? '<!doctype html><script type="module" src="./assets/index-abc123.js"></script>'
        : `/* ${file} */`,
    );
  }
  return site;
}

type Node = Record<string, unknown>;
const LISTS = new Set(['organization', 'item', 'resource', 'file', 'dependency']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => LISTS.has(name),
});
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : String((value as Node | undefined)?.['#text'] ?? '');

function parseManifest(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const manifest = (parser.parse(xml) as { manifest: Node }).manifest;
  const organizations = manifest['organizations'] as Node;
  const resources = nodes((manifest['resources'] as Node)['resource']);
  const organizationList = nodes(organizations['organization']);
  const items = organizationList.flatMap((o) => nodes(o['item']));
  return { manifest, organizations, organizationList, items, resources };
}

async function validateAgainstXsds(version: ScormVersion, xml: string) {
  // One schema that imports every namespace the manifest uses, so the ADL attributes are checked too, not skipped as lax.
  const imports = namespacesOf(version)
    .schemaLocations.filter(([uri]) => !uri.includes('imsmd'))
    .map(([uri, file]) => `<xs:import namespace="${uri}" schemaLocation="${file}"/>`);
  const wrapper = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`;
  const preload = schemaFiles(version).map((s) => ({ fileName: s.name, contents: readFileSync(s.path, 'utf8') }));
  return validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'all.xsd', contents: wrapper }],
    preload,
  });
}

describe.each(['1.2', '2004'] as const)('a SCORM %s package, one SCO per track', (version) => {
  let result: PackageResult;
  let zip: Record<string, Uint8Array>;
  const ns = namespacesOf(version);
  const otherSpelling = version === '1.2' ? 'adlcp:scormType' : 'adlcp:scormtype';

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'scorm-out-'));
    const results = await packageScorm({
      site: fakeSite(),
      outDir,
      per: 'track',
      versions: [version],
      title: 'Service <Hero> & "friends"',
    });
    expect(results).toHaveLength(1);
    result = results[0]!;
    expect(result.zipPath).toBe(join(outDir, zipFileName('track', version)));
    zip = unzipSync(readFileSync(result.zipPath));
  });

  it('has the manifest at the zip root, identical to the one returned', () => {
    expect(new TextDecoder().decode(zip['imsmanifest.xml'])).toBe(result.manifest);
  });

  it("declares the version's schema, namespaces and schema locations", () => {
    const { manifest } = parseManifest(result.manifest);
    const metadata = manifest['metadata'] as Node;
    expect(text(metadata['schema'])).toBe('ADL SCORM');
    expect(text(metadata['schemaversion'])).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
    expect(isXsId(String(manifest['@_identifier']))).toBe(true);
    expect(manifest['@_version']).toBeTruthy();
    for (const [name, uri] of Object.entries(ns.attributes)) expect(manifest[`@_${name}`]).toBe(uri);
    const locations = String(manifest['@_xsi:schemaLocation']).trim().split(/\s+/);
    expect(locations.length % 2).toBe(0);
    const pairs = new Map(locations.flatMap((_, i) => (i % 2 ? [] : [[locations[i]!, locations[i + 1]!] as const])));
    const expected =
      version === '1.2'
        ? ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'http://www.adlnet.org/xsd/adlcp_rootv1p2']
        : ['imscp_v1p1', 'adlcp_v1p3', 'adlseq_v1p3', 'adlnav_v1p3']
            .map((n) => `http://www.${n.startsWith('ims') ? 'imsglobal' : 'adlnet'}.org/xsd/${n}`)
            .concat('http://www.imsglobal.org/xsd/imsss');
    for (const uri of expected) expect(pairs.has(uri), uri).toBe(true);
    for (const file of pairs.values()) expect(zip[file], `${file} is in the zip`).toBeDefined();
  });

  it('ships the official XSDs at the zip root and validates against them', async () => {
    for (const schema of schemaFiles(version))
      expect(zip[schema.name]).toEqual(new Uint8Array(readFileSync(schema.path)));
    const validation = await validateAgainstXsds(version, result.manifest);
    expect(validation.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(validation.valid).toBe(true);
    // The check has teeth (the hand checks below cover what the XSDs leave lax, like 2004 taking the 1.2 spelling of scormtype).
    const wrong = await validateAgainstXsds(
      version,
      result.manifest.replace(`${ns.scormTypeAttribute}="sco"`, `${ns.scormTypeAttribute}="lesson"`),
    );
    expect(wrong.valid).toBe(false);
    expect(wrong.errors.map((e) => e.message).join('\n')).toContain("The value 'lesson' is not an element of the set");
  });

  it('has a default organization, titled with the course title, with unique valid identifiers that all resolve', () => {
    const { manifest, organizations, organizationList, items, resources } = parseManifest(result.manifest);
    const organization = organizationList.find((o) => o['@_identifier'] === organizations['@_default']);
    expect(organization).toBeDefined();
    expect(text(organization!['title'])).toBe('Service <Hero> & "friends"');
    const ids = [manifest, ...organizationList, ...items, ...resources].map((n) => String(n['@_identifier']));
    for (const id of ids) expect(isXsId(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const resourceIds = new Set(resources.map((r) => r['@_identifier']));
    for (const item of items)
      expect(resourceIds.has(item['@_identifierref']), String(item['@_identifierref'])).toBe(true);
    for (const dependency of resources.flatMap((r) => nodes(r['dependency'])))
      expect(resourceIds.has(dependency['@_identifierref'])).toBe(true);
  });

  it('launches index.html from every SCO with its track in the parameters (and in its own launch page), and shares one asset resource', () => {
    const { items, resources } = parseManifest(result.manifest);
    expect(items.map((i) => text(i['title']))).toEqual(library.tracks.flatMap((t) => (t.track ? [t.track.title] : [])));
    const launched: string[] = [];
    for (const item of items) {
      const resource = resources.find((r) => r['@_identifier'] === item['@_identifierref'])!;
      expect(resource['@_type']).toBe('webcontent');
      expect(resource[`@_${ns.scormTypeAttribute}`]).toBe('sco');
      expect(resource[`@_${otherSpelling}`]).toBeUndefined();
      // An LMS that drops the parameters still launches the SCO's own page, which opens index.html with them.
      const launchPage = `sco/${String(item['@_identifier'])}.html`;
      expect(resource['@_href']).toBe(launchPage);
      expect(nodes(resource['file']).map((f) => f['@_href'])).toEqual([launchPage]);
      const page = new TextDecoder().decode(zip[launchPage]);
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(page)?.[1]?.replace(/&amp;/g, '&');
      expect(refresh).toBe(`../index.html${String(item['@_parameters'])}`);
      const params = new URLSearchParams(String(item['@_parameters']));
      expect(String(item['@_parameters']).startsWith('?')).toBe(true);
      expect(params.get('scorm')).toBe(version);
      expect(params.has('scenario')).toBe(false);
      launched.push(params.get('track')!);
      const [dependency] = nodes(resource['dependency']);
      const asset = resources.find((r) => r['@_identifier'] === dependency!['@_identifierref'])!;
      expect(asset[`@_${ns.scormTypeAttribute}`]).toBe('asset');
    }
    expect(launched).toEqual(trackIds);
  });

  it('lists every file of the site, each in the zip, and nothing in the zip goes unlisted', () => {
    const { resources } = parseManifest(result.manifest);
    const listed = new Set(
      resources.flatMap((r) => nodes(r['file'])).map((f) => decodeURIComponent(String(f['@_href']))),
    );
    const launchPages = parseManifest(result.manifest).items.map((i) => `sco/${String(i['@_identifier'])}.html`);
    expect([...listed].sort()).toEqual([...SITE_FILES, ...launchPages].sort());
    for (const file of listed) expect(zip[file], file).toBeDefined();
    const extras = new Set(['imsmanifest.xml', ...schemaFiles(version).map((s) => s.name)]);
    const unlisted = Object.keys(zip).filter((name) => !extras.has(name) && !listed.has(name));
    expect(unlisted).toEqual([]);
    for (const name of Object.keys(zip)) expect(name).not.toMatch(/\\|^\//);
    // A file name with spaces, "&" or "#" must be percent-encoded to be a working href.
    expect(result.manifest).toContain('href="assets/art/pub%20%26%20grill%20%232.svg"');
  });
});

describe('packageScorm options', () => {
  const outDir = () => mkdtempSync(join(tmpdir(), 'scorm-out-'));

  it('makes one SCO per scenario with --per scenario, in both versions by default', async () => {
    const results = await packageScorm({
      site: fakeSite(),
      outDir: outDir(),
      per: 'scenario',
      versions: ['1.2', '2004'],
    });
    expect(results.map((r) => r.version)).toEqual(['1.2', '2004']);
    for (const result of results) {
      expect(result.zipPath.endsWith(zipFileName('scenario', result.version))).toBe(true);
      const { items } = parseManifest(result.manifest);
      const params = items.map((i) => new URLSearchParams(String(i['@_parameters'])));
      expect(params.map((p) => p.get('scenario'))).toEqual(scenarioIds);
      for (const p of params) {
        expect(p.get('scorm')).toBe(result.version);
        expect(p.has('track')).toBe(false);
      }
    }
  });

  it('includes only the ids named with only', async () => {
    const [result] = await packageScorm({
      site: fakeSite(),
      outDir: outDir(),
      per: 'scenario',
      only: ['wrong-delivery', 'pub-caesar-dressing'],
      versions: ['2004'],
    });
    const { items } = parseManifest(result!.manifest);
    expect(items.map((i) => new URLSearchParams(String(i['@_parameters'])).get('scenario'))).toEqual([
      'wrong-delivery',
      'pub-caesar-dressing',
    ]);
  });

  it('opens every SCO in the language asked for, in its parameters and its own launch page, and in none by default', async () => {
    const [result] = await packageScorm({
      site: fakeSite(),
      outDir: outDir(),
      per: 'scenario',
      only: ['pub-caesar-dressing'],
      versions: ['1.2'],
      language: 'es',
    });
    const { items } = parseManifest(result!.manifest);
    const parameters = String(items[0]!['@_parameters']);
    expect(Object.fromEntries(new URLSearchParams(parameters))).toEqual({
      scorm: '1.2',
      scenario: 'pub-caesar-dressing',
      lang: 'es',
    });
    const zip = unzipSync(readFileSync(result!.zipPath));
    const page = new TextDecoder().decode(zip[`sco/${String(items[0]!['@_identifier'])}.html`]);
    expect(page).toContain('<html lang="es">');
    expect(page).toContain(`url=../index.html${parameters.replace(/&/g, '&amp;')}`);
    const [plain] = await packageScorm({ site: fakeSite(), outDir: outDir(), per: 'track', versions: ['2004'] });
    expect(plain!.manifest).not.toContain('lang=');
  });

  it('names an unknown id, suggests the close one and lists the known ones', async () => {
    const attempt = packageScorm({
      site: fakeSite(),
      outDir: outDir(),
      per: 'scenario',
      only: ['pub-ceasar-dressing'],
      versions: ['1.2'],
    });
    await expect(attempt).rejects.toBeInstanceOf(ScormPackageError);
    await expect(attempt).rejects.toThrow(
      /no scenario "pub-ceasar-dressing" \(did you mean "pub-caesar-dressing"\?\); the scenarios are: .*wrong-delivery/,
    );
    await expect(
      packageScorm({
        site: fakeSite(),
        outDir: outDir(),
        per: 'track',
        only: ['pub-caesar-dressing'],
        versions: ['1.2'],
      }),
    ).rejects.toThrow(/"pub-caesar-dressing" is a scenario: add --per scenario/);
  });

  it('refuses a site folder that is missing or has no index.html', async () => {
    await expect(
      packageScorm({ site: join(tmpdir(), 'no-such-site-folder'), outDir: outDir(), per: 'track', versions: ['1.2'] }),
    ).rejects.toThrow(/does not exist/);
    await expect(packageScorm({ site: outDir(), outDir: outDir(), per: 'track', versions: ['1.2'] })).rejects.toThrow(
      /has no index\.html/,
    );
  });

  it('packages the browser tests\u2019 fixture track when given a library that has it', async () => {
    const fixtures = readLibrary(
      [...listScenarioFiles(), join(projectRoot, 'tests/fixtures/bakery-mini.yaml')],
      [...listTrackFiles(), join(projectRoot, 'tests/fixtures/e2e/tracks/quick-track.yaml')],
    );
    const [result] = await packageScorm({
      site: fakeSite(),
      outDir: outDir(),
      per: 'track',
      only: ['quick-track'],
      versions: ['1.2'],
      library: fixtures,
    });
    expect(result!.manifest).toContain('parameters="?scorm=1.2&amp;track=quick-track"');
  });
});

describe('buildManifest', () => {
  const base = { version: '1.2' as const, identifier: 'course', title: 'T', files: ['index.html'] };

  it('escapes every text and attribute', () => {
    const xml = buildManifest({
      ...base,
      title: `a<b>&"c'`,
      items: [{ identifier: 'i', title: '<&>', parameters: '?scorm=1.2&track=x"y' }],
    });
    const { organizationList, items } = parseManifest(xml);
    expect(text(organizationList[0]!['title'])).toBe(`a<b>&"c'`);
    expect(text(items[0]!['title'])).toBe('<&>');
    expect(items[0]!['@_parameters']).toBe('?scorm=1.2&track=x"y');
  });

  it('refuses identifiers that are not xs:ID or not unique, and a site without index.html', () => {
    const item = { identifier: 'i', title: 't', parameters: '' };
    expect(() => buildManifest({ ...base, items: [{ ...item, identifier: '1abc' }] })).toThrow(
      /not a valid identifier/,
    );
    expect(() => buildManifest({ ...base, items: [item, item] })).toThrow(/used twice/);
    expect(() => buildManifest({ ...base, files: ['main.html'], items: [item] })).toThrow(/no index\.html/);
    expect(() => buildManifest({ ...base, files: ['index.html', 'a\\b.js'], items: [item] })).toThrow(
      /forward slashes/,
    );
  });

  it('makes a valid xs:ID out of any text', () => {
    for (const raw of ['42-things', 'with space', 'ünïcode', '', '_ok', 'a.b-c'])
      expect(isXsId(toXsId(raw)), raw).toBe(true);
    expect(toXsId('track-new-hire')).toBe('track-new-hire');
  });
});

describe('npm run package:scorm', () => {
  const cli = (...args: string[]) =>
    spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['tools/package-scorm.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('packages a built site given with --site into --out', () => {
    const out = mkdtempSync(join(tmpdir(), 'scorm-cli-'));
    const run = cli(
      '--site',
      fakeSite(),
      '--out',
      out,
      '--per',
      'scenario',
      '--only',
      'gym-forgotten-card',
      '--version',
      '1.2',
      '--title',
      'Gym',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('service-hero-scenarios-scorm12.zip');
    const manifest = new TextDecoder().decode(
      unzipSync(readFileSync(join(out, zipFileName('scenario', '1.2'))))['imsmanifest.xml'],
    );
    expect(manifest).toContain('parameters="?scorm=1.2&amp;scenario=gym-forgotten-card"');
  }, 60_000);

  it('refuses a language the game does not speak', () => {
    const language = cli('--site', fakeSite(), '--lang', 'fr');
    expect(language.status).toBe(1);
    expect(language.stderr).toContain('--lang is one of en, es, ar, not "fr"');
    expect(language.stderr).not.toMatch(/^\s{4}at /m);
  }, 60_000);

  it('fails with a clear message and exit code 1 for a bad id, an unknown flag or a missing site', () => {
    const badId = cli('--site', fakeSite(), '--only', 'new-hire-essentails');
    expect(badId.status).toBe(1);
    expect(badId.stderr).toContain(
      'package:scorm: there is no track "new-hire-essentails" (did you mean "new-hire-essentials"?); the tracks are: new-hire-essentials',
    );
    const flag = cli('--pre', 'scenario');
    expect(flag.status).toBe(1);
    expect(flag.stderr).toContain('unknown option --pre');
    const missing = cli('--site', join(tmpdir(), 'no-such-site-folder'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/the site folder .*no-such-site-folder does not exist/);
    for (const run of [badId, flag, missing]) expect(run.stderr).not.toMatch(/^\s{4}at /m);
  }, 60_000);
});
