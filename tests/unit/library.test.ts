// The project's own content: every scenario in scenarios/ and the annotated
// example load cleanly, and the committed JSON Schema is never stale.
import { analyseScenario } from '../../src/engine/analysis/index.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { createStoryPlayer, type Scenario } from '../../src/engine/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { scenarioJsonSchema } from '../../tools/scenarioJsonSchema.ts';
import { loadProjectScenario, readProjectFile, realCatalogue } from './support.ts';

const JsonSchemaObject = z.looseObject({
  type: z.literal('object'),
  properties: z.record(z.string(), z.looseObject({})),
  required: z.array(z.string()),
  additionalProperties: z.literal(false),
});

describe('scenarios/scenario.schema.json', () => {
  it('is exactly what tools/scenarioJsonSchema.ts generates (run `npm run schema` if this fails)', () => {
    const committed = readProjectFile('scenarios/scenario.schema.json');

    expect(committed).toBe(scenarioJsonSchema());
  });

  it('is a closed object schema whose fields include beats and cast', () => {
    const schema = JsonSchemaObject.parse(JSON.parse(scenarioJsonSchema()));

    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['beats', 'cast', 'start', 'customer', 'format']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['beats', 'cast', 'start', 'title']));
    for (const field of schema.required) expect(Object.keys(schema.properties)).toContain(field);
    expect(schema.properties['beats']).toMatchObject({ type: 'object' });
    expect(schema.properties['cast']).toMatchObject({ type: 'object' });
  });

  it('knows every top-level field the bakery fixture uses', () => {
    const schema = JsonSchemaObject.parse(JSON.parse(scenarioJsonSchema()));
    const fixture = z.record(z.string(), z.unknown()).parse(parse(readProjectFile('tests/fixtures/bakery-mini.yaml')));

    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(fixture)));
  });
});

describe('tests/fixtures/annotated-example.yaml', () => {
  const file = 'tests/fixtures/annotated-example.yaml';

  it('loads without errors or warnings, and meets every grading rule', () => {
    const result = loadProjectScenario(file);

    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    if (result.ok) expect(analyseScenario(result.scenario).violations).toEqual([]);
  });

  it('is word for word the example in scenarios/README.md, but for the schema path on its first line', () => {
    const guide = readProjectFile('scenarios/README.md');
    const start = guide.indexOf('```yaml', guide.indexOf('## A complete annotated example')) + '```yaml\n'.length;
    const example = guide.slice(start, guide.indexOf('\n```', start));

    expect(example).toBe(
      readProjectFile(file)
        .trimEnd()
        .replace('$schema=../../scenarios/scenario.schema.json', '$schema=./scenario.schema.json'),
    );
  });
});

/** Plays a scenario taking the first choice on offer each time; returns the beats visited. */
function playFirstChoices(scenario: Scenario): string[] {
  const player = createStoryPlayer(scenario, realCatalogue(), { seed: 'library', timers: false });
  for (let step = 0; step < 100 && !player.isOver(); step++) {
    const first = player.view().choices[0];
    const moved = first ? player.choose(first.id) : player.continueStory();
    if (!moved) break;
  }
  return player.isOver() ? player.context().moodTrail.map((m) => m.beat) : [];
}

describe('every scenario in scenarios/', () => {
  const library = readLibrary();

  it('has a catalogue that loads and at least one scenario', () => {
    expect(library.catalogueErrors).toEqual([]);
    expect(library.entries.length).toBeGreaterThanOrEqual(1);
  });

  it.each(library.entries.map((entry) => [entry.file, entry] as const))(
    '%s loads with no errors and can be played to an ending',
    (_file, entry) => {
      expect(entry.errors).toEqual([]);
      expect(entry.scenario).not.toBeNull();
      if (!entry.scenario) return;

      const visited = playFirstChoices(entry.scenario);

      expect(visited[0]).toBe(entry.scenario.start);
      expect(entry.scenario.beats[visited[visited.length - 1] ?? '']?.ending).toBeDefined();
    },
  );
});
