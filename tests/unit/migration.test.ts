// A company's own format 1 story still loads and plays under the format 2 grading model: the migration
// reads `outcome` as `core`, works out which endings record an experience where it safely can, and tells
// the author by line what to add and where it could not grade the story faithfully.
import { describe, expect, it } from 'vitest';
import { createStoryPlayer, loadScenario } from '../../src/engine/index.ts';
import { readProjectFile, realArt, realCatalogue } from './support.ts';

const FILE = 'tests/fixtures/format1-bakery.yaml';
const text = readProjectFile(FILE);
const load = (source = text) => loadScenario(FILE, source, { catalogue: realCatalogue(), art: realArt() });
const lineOf = (needle: string, source = text) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a format 1 story', () => {
  it('loads, with its outcomes read as cores', () => {
    const result = load();
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));

    const cores = Object.fromEntries(
      Object.entries(result.scenario.beats).flatMap(([id, b]) => (b.ending ? [[id, b.ending.core]] : [])),
    );
    expect(cores).toEqual({ delighted: 'delivered', 'plain-goodbye': 'delivered', 'walked-out': 'failed' });
  });

  it('is told at its format line what format 2 asks for, and at each harmful choice that it names no harm', () => {
    const result = load();
    const warnings = result.ok ? result.warnings : [];

    expect(warnings[0]).toMatchObject({ line: lineOf('format: 1'), field: 'format' });
    expect(warnings[0]!.message).toMatch(
      /^format 1 is read under the format 2 grading model: .*core:.*experience:.*harm:/,
    );
    const unnamed = warnings.filter((w) => w.message.includes('names no harm'));
    expect(unnamed).toEqual([
      expect.objectContaining({ line: lineOf('level: harmful'), field: 'beats › sold-out › choices › #3 › level' }),
    ]);
    expect(unnamed[0]!.message).toMatch(
      /^harmful choice "be-rude" names no harm: add harm: with one of misleads, blames, dismisses, neglects, exploits, endangers/,
    );
  });

  it('counts an ending that every way in reaches through a heroic choice as recording an experience, and says so at its line', () => {
    const result = load();
    if (!result.ok) throw new Error('does not load');

    expect(result.scenario.beats['delighted']?.ending?.experience).toBe('A loaf on the doorstep');
    const warning = result.warnings.find((w) => w.field === 'beats › delighted › ending');
    expect(warning?.line).toBe(lineOf('title: A loaf on the doorstep'));
    expect(warning?.message).toMatch(
      /^counted as recording an experience, because every way into it makes a heroic choice/,
    );
  });

  it('plays under the new model: the heroic delivery is an A, a careful play with no surprise a B', () => {
    const result = load();
    if (!result.ok) throw new Error('does not load');
    const play = (seed: string, choices: string[]) => {
      const player = createStoryPlayer(result.scenario, realCatalogue(), {
        seed,
        timers: false,
        variation: { oven: 'batch-soon' },
      });
      player.continueStory();
      for (const id of choices) player.choose(id);
      return player.report();
    };

    expect(play('a', ['ask-sam', 'deliver-loaf'])).toMatchObject({ grade: 'A', experience: 'delivered' });
    expect(play('b', ['ask-sam', 'wait-offer'])).toMatchObject({ grade: 'B', experience: 'none' });
  });

  it('is told, at the ending, where it cannot be graded faithfully: some ways in made the surprise and some did not', () => {
    // The coffee offer now also leads to the doorstep ending, so whether it records an experience depends on the way in.
    const mixed = text.replace(
      '        effects: { mood: 15, loyalty: 10, cost: 2.5 }\n        next: plain-goodbye',
      '        effects: { mood: 15, loyalty: 10, cost: 2.5 }\n        next: delighted',
    );
    expect(mixed).not.toBe(text);
    const result = load(mixed);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));

    const warning = result.warnings.find((w) => w.field === 'beats › delighted › ending');
    expect(warning?.line).toBe(lineOf('title: A loaf on the doorstep'));
    expect(warning?.message).toMatch(
      /^cannot be graded faithfully: some ways into this ending make a heroic choice and some do not/,
    );
    expect(result.scenario.beats['delighted']?.ending?.experience).toBeUndefined();
  });

  it('gets no migration warnings in format 2', () => {
    const result = loadScenario('tests/fixtures/bakery-mini.yaml', readProjectFile('tests/fixtures/bakery-mini.yaml'), {
      catalogue: realCatalogue(),
      art: realArt(),
    });

    expect(result.ok && result.warnings).toEqual([]);
  });
});
