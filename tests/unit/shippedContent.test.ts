// The shipped stories as the page gets them: checked at build time by the same engine as
// check:scenarios, turned into data modules without losing anything, and an index that names
// exactly the playable stories.
import { describe, expect, it } from 'vitest';
import { delimiter } from 'node:path';
import {
  EXTRA_STORIES,
  extraStories,
  shippedFiles,
  shippedLibrary,
  storiesIndexModule,
} from '../../tools/vite/shippedContent.ts';
import { E2E_STORIES } from '../support/e2eStories.ts';
import type { Library } from '../../src/engine/index.ts';

/** Evaluates a generated module that has no static imports, as the browser would. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
}

describe('the shipped content', () => {
  const production = shippedLibrary([]);
  const e2e = shippedLibrary(E2E_STORIES);

  it('checks every shipped scenario and track with the engine, all playable', () => {
    expect(production.catalogue).not.toBeNull();
    expect(production.entries.length).toBeGreaterThanOrEqual(10);
    expect(production.entries.filter((e) => !e.scenario).map((e) => [e.file, e.errors])).toEqual([]);
    expect(production.tracks.every((t) => t.track !== null)).toBe(true);
  });

  it("adds the test fixtures, broken files with their errors included, only when the tests' build names them", () => {
    expect(extraStories({})).toEqual([]);
    expect(extraStories({ [EXTRA_STORIES]: E2E_STORIES.join(delimiter) })).toEqual(E2E_STORIES);
    const production = shippedFiles([]);
    expect([...production.scenarios, ...production.tracks].filter((f) => f.includes('tests'))).toEqual([]);
    expect(() => shippedFiles(['no/such/folder'])).toThrow(
      /SERVICE_HERO_EXTRA_STORIES names .*no\/such\/folder, which does not exist/,
    );
    const broken = e2e.entries.find((e) => e.file === 'tests/fixtures/e2e/broken-story.yaml');
    expect(broken?.scenario).toBeNull();
    expect(broken?.errors.length).toBeGreaterThan(0);
    expect(broken?.errors[0]).toMatchObject({
      file: 'tests/fixtures/e2e/broken-story.yaml',
      line: expect.any(Number),
      message: expect.any(String),
    });
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
    for (const entry of production.entries)
      expect(code).toContain(`import("virtual:shipped-story/${entry.scenario!.id}")`);
  });
});
