// Stories in other languages: every text a trainee reads has a stable id, translations are kept in XLIFF 2.0 by
// those ids beside the English they were made from, an edited English text shows its translation stale, and
// `npm run translations` exports and imports the files a translator's tools read, round trip unchanged, with every
// problem of a bad file reported at its line in one run. The command runs here in the test's own process, on a
// folder of its own (SERVICE_HERO_TRANSLATIONS), never on scenarios/translations.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { format } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyTexts } from '../../src/engine/translation/storyTexts.ts';
import { projectRoot, readLibrary } from '../../tools/projectFiles.ts';
import { coverage, refreshed, translationSources } from '../../tools/translations/store.ts';
import { readXliff, writeXliff, type XliffFile } from '../../tools/translations/xliff.ts';
import { run } from '../../tools/translations.ts';
import { translationsOf } from '../../tools/vite/shippedContent.ts';
import { checkScenarios } from '../support/checkScenarios.ts';

const library = readLibrary();
const pub = library.entries.find((entry) => entry.scenario?.id === 'pub-caesar-dressing')!.scenario!;
const pubSource = translationSources(library).find((source) => source.id === 'pub-caesar-dressing')!;

function translations(...args: string[]) {
  const out: string[] = [];
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(format(...parts))),
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void out.push(format(...parts))),
    vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void out.push(format(...parts))),
  ];
  try {
    return { status: run(args), output: out.join('\n') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe("a story's texts", () => {
  it('each have an id of their own, naming the beat, the choice and the principle they belong to', () => {
    const units = storyTexts(pub);
    const ids = units.map((unit) => unit.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    expect(byId.get('beats.kitchen.choices.fetch-it-yourself.text')?.text).toMatch(/^Tell Ruth there'll be/);
    expect(byId.get('beats.kitchen.choices.send-it-plain.breaks.honest-when-stuck')?.text).toMatch(/hide the problem/);
    expect(byId.get('beats.kitchen.lines.2')).toMatchObject({
      speaker: 'Priya',
      text: expect.stringMatching(/^Bad news/),
    });
    expect(byId.get('beats.kitchen.patience.text')?.text).toMatch(/stood at the pass/);
    expect(byId.get('beats.kitchen.breakdown')?.text).toMatch(/run out of Caesar dressing/);
    // Every text the engine shows of a choice is among them.
    for (const beat of Object.values(pub.beats))
      for (const choice of beat.choices ?? [])
        expect(ids.filter((id) => id.includes(`.choices.${choice.id}.`)).length).toBeGreaterThan(1);
  });
});

describe('a translation file', () => {
  const translate = (file: XliffFile, id: string, target: string): XliffFile => ({
    ...file,
    units: file.units.map((unit) => (unit.id === id ? { ...unit, target, state: 'translated' as const } : unit)),
  });

  it('counts a translation while its English is the story’s own, and shows it stale, not lost, once that changes', () => {
    const start = refreshed(pubSource, undefined);
    expect(coverage(pubSource, start)).toMatchObject({ translated: 0, stale: [] });
    const done = translate(start, 'title', 'Sin aderezo');
    expect(coverage(pubSource, done)).toMatchObject({ translated: 1, stale: [] });
    expect(refreshed(pubSource, done)).toEqual(done);

    const edited = {
      ...pubSource,
      units: pubSource.units.map((unit) =>
        unit.id === 'title' ? { ...unit, text: 'Hold the Caesar Dressing' } : unit,
      ),
    };
    expect(coverage(edited, done)).toMatchObject({ translated: 0, stale: ['title'] });
    const marked = refreshed(edited, done).units.find((unit) => unit.id === 'title')!;
    expect(marked).toMatchObject({ source: 'Hold the Caesar Dressing', target: 'Sin aderezo', state: 'initial' });
    expect(marked.notes).toContainEqual({
      category: 'stale',
      text: 'Translated from an earlier English text: Hold the Dressing',
    });
    // Marked for review, it stays stale through later exports until a translator passes it again.
    expect(coverage(edited, refreshed(edited, done))).toMatchObject({ translated: 0, stale: ['title'] });
  });

  it('keeps a line’s translation when the line moves within its beat', () => {
    const done = translate(refreshed(pubSource, undefined), 'beats.kitchen.lines.2', 'Malas noticias.');
    const moved = {
      ...pubSource,
      units: pubSource.units.map((unit) =>
        unit.id === 'beats.kitchen.lines.2'
          ? { ...unit, id: 'beats.kitchen.lines.3' }
          : unit.id === 'beats.kitchen.lines.3'
            ? { ...unit, id: 'beats.kitchen.lines.2' }
            : unit,
      ),
    };
    const after = refreshed(moved, done).units.find((unit) => unit.id === 'beats.kitchen.lines.3')!;
    expect(after).toMatchObject({ target: 'Malas noticias.', state: 'translated' });
  });
});

// Each run reads and checks the library, a second or more on a busy machine.
describe('npm run translations', { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'translations-'));
    vi.stubEnv('SERVICE_HERO_TRANSLATIONS', dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  /** Every file of the Spanish translations, by its path in the language's folder (a track's in tracks/). */
  const files = () =>
    Object.fromEntries(
      readdirSync(join(dir, 'es'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [relative(join(dir, 'es'), path).split('\\').join('/'), readFileSync(path, 'utf8')];
        }),
    );

  it('exports every story, track and the catalogue, imports a translator’s file back, and round-trips unchanged', () => {
    expect(translations('export', '--lang', 'es').status).toBe(0);
    const exported = files();
    expect(Object.keys(exported)).toContain('pub-caesar-dressing.xlf');
    expect(Object.keys(exported)).toContain('principles.xlf');
    expect(exported['tracks/new-hire-essentials.xlf']).toContain(
      '<file id="track:new-hire-essentials" original="scenarios/tracks/new-hire-essentials.yaml">',
    );
    expect(translations('export', '--lang', 'es').output).toMatch(/0 files written/);

    // Unchanged, imported: the files are as they were.
    const bundle = join(dir, 'bundle.xlf');
    writeFileSync(bundle, exported['pub-caesar-dressing.xlf']!);
    expect(translations('import', bundle).status).toBe(0);
    expect(files()).toEqual(exported);

    // A translator's work, brought back: counted, and kept through the next export.
    const worked = exported['pub-caesar-dressing.xlf']!.replace(
      /(<segment state=")initial(">\s*<source>Hold the Dressing<\/source>)/,
      '$1translated$2\n        <target>Sin aderezo</target>',
    );
    writeFileSync(bundle, worked);
    const imported = translations('import', bundle);
    expect(imported.output).toMatch(/pub-caesar-dressing\.xlf: updated, 1 of 225 texts translated/);
    expect(files()['pub-caesar-dressing.xlf']).toBe(worked);
    expect(translations('export', '--lang', 'es').output).toMatch(/0 files written/);
    expect(translations('status', '--lang', 'es').output).toMatch(
      /es pub-caesar-dressing: 0% \(1 of 225; 0 stale, 224 missing\)/,
    );

    // A track's file comes back to its own place, and the build reads its words.
    const track = exported['tracks/new-hire-essentials.xlf']!.replace(
      /(<segment state=")initial(">\s*<source>New-hire essentials<\/source>)/,
      '$1translated$2\n        <target>Lo esencial para quien empieza</target>',
    );
    writeFileSync(bundle, track);
    expect(translations('import', bundle).output).toMatch(/tracks\/new-hire-essentials\.xlf: updated, 1 of 2 texts/);
    expect(files()['tracks/new-hire-essentials.xlf']).toBe(track);
    expect(translationsOf(readLibrary(), 'es').tracks['new-hire-essentials']).toEqual({
      title: 'Lo esencial para quien empieza',
    });
  });

  it('reads a broken file into nothing and says where: not well-formed, at its line and column', () => {
    translations('export', '--lang', 'es');
    const before = files();
    const bundle = join(dir, 'broken.xlf');
    writeFileSync(bundle, before['pub-caesar-dressing.xlf']!.replace('<source>Ruth</source>', '<source>Ruth</sorce>'));
    const { status, output } = translations('import', bundle);
    expect(status).toBe(1);
    expect(output).toMatch(/broken\.xlf:(\d+):\d+: not well-formed XML: .*sorce/);
    const line = Number(/broken\.xlf:(\d+)/.exec(output)![1]);
    expect(readFileSync(bundle, 'utf8').split('\n')[line - 1]).toContain('</sorce>');
    expect(files()).toEqual(before);
  });

  it('reports every mismatch of a file with the stories in one run, each at its line, and writes nothing', () => {
    translations('export', '--lang', 'es');
    const before = files();
    const text = before['pub-caesar-dressing.xlf']!.replace('trgLang="es"', 'trgLang="fr"')
      .replace('<unit id="beats.kitchen.lines.2">', '<unit id="beats.kitchen.lines.9">')
      .replace('</xliff>', '  <file id="no-such-story" original="scenarios/none.yaml"></file>\n</xliff>');
    const bundle = join(dir, 'mismatched.xlf');
    writeFileSync(bundle, text);
    const { status, output } = translations('import', bundle);
    expect(status).toBe(1);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(output).toContain(
      `mismatched.xlf:${lineOf('trgLang="fr"')}:1: xliff: trgLang "fr" is not a language the game speaks`,
    );
    expect(output).toContain(
      `mismatched.xlf:${lineOf('beats.kitchen.lines.9')}:1: file pub-caesar-dressing › unit beats.kitchen.lines.9: scenarios/pub-caesar-dressing.yaml has no text with this id`,
    );
    expect(output).toContain(
      `mismatched.xlf:${lineOf('no-such-story')}:1: file no-such-story: no story (or catalogue) has the id`,
    );
    expect(output).toMatch(/3 problems: nothing was imported/);
    expect(files()).toEqual(before);
  });

  it('translates each story from the language it is written in, into the others only', () => {
    // The shipped stories are all written in English: nothing to put into English.
    const english = translations('export', '--lang', 'en');
    expect(english).toEqual({ status: 0, output: 'everything is written in en: nothing to translate into it' });
    translations('export', '--lang', 'es', '--story', 'pub-caesar-dressing');
    const spanish = files()['pub-caesar-dressing.xlf']!;
    expect(spanish).toContain('srcLang="en" trgLang="es"');
    const bundle = join(dir, 'bundle.xlf');
    const said = (text: string) => {
      writeFileSync(bundle, text);
      return translations('import', bundle);
    };
    // Into the language the story is written in, or said to be from another: each said at its line.
    expect(said(spanish.replace('trgLang="es"', 'trgLang="en"')).output).toContain(
      'bundle.xlf:2:1: xliff: scenarios/pub-caesar-dressing.yaml is written in en already',
    );
    const fromFrench = said(spanish.replace('srcLang="en"', 'srcLang="fr"'));
    expect(fromFrench.status).toBe(1);
    expect(fromFrench.output).toMatch(
      /bundle\.xlf:\d+:1: file pub-caesar-dressing: scenarios\/pub-caesar-dressing\.yaml is written in en; this file's srcLang is "fr"/,
    );
    expect(files()['pub-caesar-dressing.xlf']).toBe(spanish);
  });

  it('is checked by check:scenarios: coverage per story, each stale text a warning at its line, --strict failing', () => {
    translations('export', '--lang', 'es', '--story', 'pub-caesar-dressing');
    const path = join(dir, 'es', 'pub-caesar-dressing.xlf');
    // Translated from a title the story no longer has: stale.
    const stale = readFileSync(path, 'utf8').replace(
      /(<segment state=")initial(">\s*<source>)Hold the Dressing(<\/source>)/,
      '$1translated$2Hold the Sauce$3\n        <target>Sin salsa</target>',
    );
    writeFileSync(path, stale);
    const line = stale.split('\n').findIndex((l) => l.includes('<unit id="title">')) + 1;
    const pubFile = 'scenarios/pub-caesar-dressing.yaml';
    const checked = checkScenarios(pubFile);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/es pub-caesar-dressing: 0% translated \(0 of 225\)/);
    expect(checked.stderr).toContain(
      `scenarios-translations/es/pub-caesar-dressing.xlf:${line}:1: unit title: warning: translated from a text that has changed since`.replace(
        'scenarios-translations',
        relative(projectRoot, dir).split('\\').join('/'),
      ),
    );
    expect(checkScenarios('--strict', pubFile).status).toBe(1);
    const json = JSON.parse(checkScenarios('--json', pubFile).stdout) as { translations: { coverage: unknown[] } };
    expect(json.translations.coverage).toContainEqual({
      language: 'es',
      story: 'pub-caesar-dressing',
      total: 225,
      translated: 0,
      stale: 1,
      missing: 224,
    });
    // A file that is not XLIFF any more is an error.
    writeFileSync(path, '<xliff version="2.0"><file id="pub-caesar-dressing"><unit></file></xliff>');
    const broken = checkScenarios(pubFile);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/pub-caesar-dressing\.xlf:1:\d+: not well-formed XML/);
  });

  it('writes what it reads: a file read and written again is the same bytes', () => {
    translations('export', '--lang', 'es');
    const text = files()['principles.xlf']!;
    const read = readXliff('principles.xlf', text);
    expect(read.problems).toEqual([]);
    expect(writeXliff(read.doc!)).toBe(text);
  });
});
