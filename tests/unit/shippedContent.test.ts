// The shipped stories as the page gets them: checked at build time by the same engine as
// check:scenarios, turned into data modules without losing anything, and an index that names
// exactly the playable stories.
import { describe, expect, it } from 'vitest';
import { shippedFiles, shippedLibrary, storiesIndexModule } from '../../tools/vite/shippedContent.ts';
import type { Library } from '../../src/engine/index.ts';

/** Evaluates a generated module that has no static imports, as the browser would. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
}

describe('the shipped content', () => {
  const production = shippedLibrary('production');
  const e2e = shippedLibrary('e2e');

  it('checks every shipped scenario and track with the engine, all playable', () => {
    expect(production.catalogue).not.toBeNull();
    expect(production.entries.length).toBeGreaterThanOrEqual(10);
    expect(production.entries.filter((e) => !e.scenario).map((e) => [e.file, e.errors])).toEqual([]);
    expect(production.tracks.every((t) => t.track !== null)).toBe(true);
  });

  it('adds the test fixtures, broken files with their errors included, only in the e2e build', () => {
    expect(shippedFiles('production').scenarios.some((f) => f.includes('tests/fixtures'))).toBe(false);
    const broken = e2e.entries.find((e) => e.file === 'tests/fixtures/e2e/broken-story.yaml');
    expect(broken?.scenario).toBeNull();
    expect(broken?.errors.length).toBeGreaterThan(0);
    expect(broken?.errors[0]).toMatchObject({ file: 'tests/fixtures/e2e/broken-story.yaml', line: expect.any(Number), message: expect.any(String) });
    expect(e2e.entries.some((e) => e.scenario?.id === 'bakery-mini')).toBe(true);
  });

  it('survives the trip through JSON unchanged, so the page plays what the checks passed', () => {
    expect(JSON.parse(JSON.stringify(e2e)) as Library).toEqual(e2e);
  });

  it('indexes exactly the playable stories, by id, with their titles and file names, and the tracks', async () => {
    const index = await evaluate(storiesIndexModule(e2e).replace(/\(\) => import\([^)]*\)/g, '() => null'));
    const stories = index.stories as Record<string, { title: string; file: string }>;
    const playable = e2e.entries.flatMap((e) => (e.scenario ? [e.scenario] : []));
    expect(Object.keys(stories).sort()).toEqual(playable.map((s) => s.id).sort());
    for (const scenario of playable) expect(stories[scenario.id]?.title).toBe(scenario.title);
    expect(stories['pub-caesar-dressing']?.file).toBe('pub-caesar-dressing');
    expect(index.tracks).toEqual(JSON.parse(JSON.stringify(e2e.tracks)));
  });

  it('points every story loader at its own story module', () => {
    const code = storiesIndexModule(production);
    for (const entry of production.entries) expect(code).toContain(`import("virtual:shipped-story/${entry.scenario!.id}")`);
  });
});
