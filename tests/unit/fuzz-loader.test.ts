// Property-based fuzzing of everything a user can hand the game as text: scenario
// files, tracks, the principles catalogue and progress files. Whatever arrives —
// a shipped file mangled line by line, a generated document, deep nesting, an anchor
// bomb, a well-formed story that is broken — the loader answers with a valid result
// or with positioned, plain-worded errors: never an exception, a hang or a blown heap.
//
// The seed changes every run; fast-check prints it with any counterexample. To replay
// one: FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz-loader.test.ts (FUZZ_FACTOR=20 runs twenty times as many).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, openProgressStore, type StorageLike } from '../../src/play/progress/progressStore.ts';
import { describeProgressFile } from '../../src/play/progress/describeProgressFile.ts';
import { Progress, type Attempt } from '../../src/play/progress/progressSchema.ts';
import { loadCatalogue, loadScenario, loadTrack, type Diagnostic } from '../../src/engine/index.ts';
import { displayPath, listScenarioFiles, listTrackFiles } from '../../tools/projectFiles.ts';
import {
  anyValue,
  applyEdits,
  bomb,
  bombText,
  breakage,
  brokenStory,
  deepNesting,
  deepText,
  edits,
  junk,
  nestingOf,
  replaceAt,
  transplant,
  yamlOf,
} from '../support/fuzzInputs.ts';
import { readProjectFile, realArt, realCatalogue } from './support.ts';

/** Runs per property; the total is what one `npm test` feeds the loaders. */
const RUNS = {
  mutatedScenario: 300,
  generatedScenario: 200,
  deep: 40,
  bombs: 60,
  brokenStory: 100,
  track: 120,
  catalogue: 80,
  progressImport: 150,
  progressOpen: 100,
};
const seed = process.env['FUZZ_SEED'];
/** FUZZ_FACTOR=20 fuzzes twenty times as long, for a search by hand before a release. */
const factor = Number(process.env['FUZZ_FACTOR'] ?? 1);
const params = (runs: number) => ({ numRuns: Math.round(runs * factor), ...(seed ? { seed: Number(seed) } : {}) });
const TOTAL_RUNS = Object.values(RUNS).reduce((total, runs) => total + params(runs).numRuns, 0);

/** Generous: a property's runs together, on a slow shared machine. Nothing here should come near it. */
const PROPERTY_TIMEOUT = 120_000 * Math.max(1, factor);

const context = { catalogue: realCatalogue(), art: realArt() };
const scenarioFiles = [...listScenarioFiles().map(displayPath), 'tests/fixtures/bakery-mini.yaml'].map((file) => ({
  file,
  text: readProjectFile(file),
}));
const bakery = readProjectFile('tests/fixtures/bakery-mini.yaml');
const trackFiles = listTrackFiles().map(displayPath);
const catalogueText = readProjectFile('scenarios/principles.yaml');
const scenarioIds = scenarioFiles.map(({ text }) => /^id: (.*)$/m.exec(text)?.[1] ?? '');
const catalogueFacts = {
  principles: context.catalogue.principles.map((p) => p.id),
  article: context.catalogue.articles[0]!.file,
};

/** Messages that are the machinery talking rather than the game: exceptions passed through, library wording. */
const MACHINERY =
  /ZodError|RangeError|TypeError|ReferenceError|Maximum call stack|Excessive alias|\[object \w+\]|could not be read: |parseAllDocuments|^Invalid input$|(not|is) undefined\b|number NaN/;

/** What is wrong with a list of errors, if anything: each must be placed in the file and say something plain. */
function faultsIn(errors: readonly Diagnostic[], file: string, text: string): string[] {
  if (errors.length === 0) return ['refused with no errors'];
  const lineCount = text.split(/\r\n|\r|\n/).length;
  return errors.flatMap((e) => {
    const faults: string[] = [];
    if (e.file !== file) faults.push(`file is ${JSON.stringify(e.file)}`);
    if (!Number.isInteger(e.line) || e.line < 1 || e.line > lineCount) faults.push(`line ${e.line} of ${lineCount}`);
    if (!Number.isInteger(e.col) || e.col < 1 || e.col > text.length + 1) faults.push(`column ${e.col}`);
    if (typeof e.field !== 'string') faults.push('field is not text');
    if (typeof e.message !== 'string' || e.message.trim() === '') faults.push('empty message');
    else if (MACHINERY.test(e.message)) faults.push(`machinery in the message: ${e.message.slice(0, 200)}`);
    return faults.map((f) => `${f} (${e.line}:${e.col} ${String(e.message).slice(0, 120)})`);
  });
}

function checkScenario(file: string, text: string): ReturnType<typeof loadScenario> {
  const result = loadScenario(file, text, context);
  if (result.ok) expect(result.scenario.id).toMatch(/^[a-z0-9-]+$/);
  else expect(faultsIn(result.errors, file, text)).toEqual([]);
  return result;
}

describe(`the loaders under fuzzing (${TOTAL_RUNS} generated inputs per run)`, () => {
  it(
    'reads every shipped scenario mutated (truncated, lines moved, values swapped for other types, junk inserted)',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...scenarioFiles), edits, ({ file, text }, list) => {
          checkScenario(file, applyEdits(text, list));
        }),
        params(RUNS.mutatedScenario),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads generated YAML documents, alone or put in place of any part of a real scenario',
    () => {
      const document = fc.oneof(
        anyValue.map(yamlOf),
        transplant(bakery),
        fc.constantFrom(...scenarioFiles).chain(({ text }) => transplant(text)),
        fc.string({ unit: 'binary', maxLength: 200 }),
        junk,
      );
      fc.assert(
        fc.property(document, (text) => {
          checkScenario('generated.yaml', text);
        }),
        params(RUNS.generatedScenario),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses deep nesting (up to 10,000 levels) with the nesting message once it passes 100 levels',
    () => {
      fc.assert(
        fc.property(deepNesting, ({ shape, depth }) => {
          const text = deepText(shape, depth, bakery);
          const result = checkScenario('deep.yaml', text);

          expect(result.ok).toBe(false);
          if (!result.ok && nestingOf(shape, depth) > 100)
            expect(result.errors.map((e) => e.message)).toContainEqual(
              expect.stringMatching(/nested more than 100 levels/),
            );
        }),
        params(RUNS.deep),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses anchor bombs and self-referencing aliases quickly, with the alias message',
    () => {
      fc.assert(
        fc.property(bomb, (b) => {
          const text = bombText(b, bakery);
          const started = performance.now();
          const result = checkScenario('bomb.yaml', text);
          const elapsed = performance.now() - started;

          expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
            expect.stringMatching(/YAML alias(es)? \(\*name\)/),
          ]);
          // Each bomb is at most some 30 kB and is refused before it is expanded, so 2 s is a wide margin.
          expect(elapsed).toBeLessThan(2_000);
        }),
        params(RUNS.bombs),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses well-formed stories whose story is broken (dangling and prototype names, loops, unreachable beats)',
    () => {
      fc.assert(
        fc.property(breakage, (spec) => {
          const result = checkScenario('broken.yaml', brokenStory(spec, catalogueFacts));

          expect(result.ok).toBe(false);
        }),
        params(RUNS.brokenStory),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads mutated and generated track files',
    () => {
      const track = fc.oneof(
        fc.tuple(fc.constantFrom(...trackFiles), edits).map(([file, list]) => applyEdits(readProjectFile(file), list)),
        fc.constantFrom(...trackFiles).chain((file) => transplant(readProjectFile(file))),
        anyValue.map(yamlOf),
        deepNesting.map(({ shape, depth }) => deepText(shape, depth, bakery)),
        bomb.map((b) => bombText(b, bakery)),
      );
      fc.assert(
        fc.property(track, (text) => {
          const result = loadTrack('track.yaml', text, scenarioIds);
          if (!result.ok) expect(faultsIn(result.errors, 'track.yaml', text)).toEqual([]);
        }),
        params(RUNS.track),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads a mutated or generated principles catalogue',
    () => {
      const catalogue = fc.oneof(
        edits.map((list) => applyEdits(catalogueText, list)),
        transplant(catalogueText),
        anyValue.map(yamlOf),
        bomb.map((b) => bombText(b, catalogueText)),
      );
      fc.assert(
        fc.property(catalogue, (text) => {
          const result = loadCatalogue('principles.yaml', text);
          if (!result.ok) expect(faultsIn(result.errors, 'principles.yaml', text)).toEqual([]);
        }),
        params(RUNS.catalogue),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---------------------------------------------------------------- progress files

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const attempt = (n: number): Attempt => ({
  scenarioId: 'bakery-mini',
  title: 'The last sourdough',
  seed: `seed-${n}`,
  steps: [{ kind: 'continue' }, { kind: 'choose', id: 'ask-sam' }],
  grade: 'B',
  percent: 67,
  endedAt: `2026-11-2${n}T09:00:00.000Z`,
  evidence: [{ principle: 'ask-before-assuming', outcome: 'upheld' }],
});

const savedProgress: Progress = {
  format: 'service-hero-progress',
  version: 1,
  current: {
    scenarioId: 'pub-caesar-dressing',
    seed: 'abc',
    steps: [{ kind: 'timeout' }],
    savedAt: '2026-11-24T10:00:00.000Z',
  },
  attempts: [attempt(1), attempt(2)],
  playerName: 'Sam',
  brainstorm: [{ breakdown: 'The oven broke', role: 'baker' }],
};
const savedText = JSON.stringify(savedProgress, null, 2);

/** A progress file as it may turn up: intact, mangled, hand-edited, from a newer version, or not one at all. */
const progressText = fc.oneof(
  // Intact now and then, so every run reaches the way a good file takes too (the tests below count both ways).
  { weight: 1, arbitrary: fc.constant(savedText) },
  { weight: 4, arbitrary: edits.map((list) => applyEdits(savedText, list)) },
  {
    weight: 3,
    arbitrary: fc
      .record({ place: fc.nat(), value: fc.jsonValue({ maxDepth: 4 }) })
      .map(({ place, value }) => JSON.stringify(replaceAt(savedProgress, place, value), null, 2)),
  },
  { weight: 1, arbitrary: fc.integer().map((version) => JSON.stringify({ ...savedProgress, version })) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: anyValue.map(yamlOf) },
  {
    weight: 1,
    arbitrary: deepNesting
      .filter(({ shape }) => shape === 'json-map' || shape === 'flow-seq')
      .map(({ shape, depth }) => deepText(shape, depth, '')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__": {"version": 9}, "format": "service-hero-progress"}',
      '{"constructor": 1}',
      '',
      ' ',
      'null',
      '[]',
      '"text"',
      '\uFEFF{}',
    ),
  },
  { weight: 1, arbitrary: junk },
);

describe('progress files under fuzzing', () => {
  it(
    'imports a progress file or says why not, and never takes in anything the schema refuses',
    () => {
      const seen = { imported: 0, refused: 0 };
      fc.assert(
        fc.property(progressText, (text) => {
          const store = openProgressStore(new MemoryStorage(), () => new Date('2026-11-24T10:00:00.000Z'));
          const result = store.importText('progress.json', text, describeProgressFile);

          seen[result.ok ? 'imported' : 'refused']++;
          if (result.ok) expect(result.added).toBeGreaterThanOrEqual(0);
          else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) expect(error).toMatch(/^progress\.json(:\d+:\d+)?: .*\S/);
          }
          expect(Progress.safeParse(store.progress()).success).toBe(true);
        }),
        params(RUNS.progressImport),
      );
      // Both ways were taken: the fuzzing reached files that import as well as files refused.
      expect(seen.imported).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'starts the game over any save: an unreadable one is kept aside, the player told, and saving works',
    () => {
      const now = new Date('2026-11-24T10:00:00.000Z');
      const aside = `${PROGRESS_KEY}.unreadable.${now.toISOString()}`;
      const seen = { keptAside: 0, readAsIs: 0 };
      fc.assert(
        fc.property(progressText, (raw) => {
          const storage = new MemoryStorage();
          storage.items.set(PROGRESS_KEY, raw);
          const store = openProgressStore(storage, () => now);

          expect(store.persistent()).toBe(true);
          expect(Progress.safeParse(store.progress()).success).toBe(true);
          seen[store.notices().length > 0 ? 'keptAside' : 'readAsIs']++;
          if (store.notices().length > 0) {
            expect(store.notices()).toEqual([expect.stringContaining(`kept aside as "${aside}"`)]);
            expect(storage.items.get(aside)).toBe(raw);
            // Plays are read one by one: those that fit are kept (Progress.safeParse above), only the rest left out.
          } else {
            expect(storage.items.has(aside)).toBe(false);
          }
          // The game goes on: a finished play is saved, and the next visit reads it back without complaint.
          store.recordAttempt(attempt(9));
          const next = openProgressStore(storage, () => now);
          expect(next.notices()).toEqual([]);
          expect(next.progress().attempts).toContainEqual(attempt(9));
        }),
        params(RUNS.progressOpen),
      );
      // Both ways were taken: saves kept aside as unreadable and saves read as they were.
      expect(seen.keptAside).toBeGreaterThan(0);
      expect(seen.readAsIs).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );
});
