// A story's opening, worked out when the site is built and shown before the engine loads, must be exactly
// what the engine shows first, whatever the seed; a story whose start depends on the seed gets none.
import { describe, expect, it } from 'vitest';
import { createStoryPlayer, loadScenario, type BeatView } from '../../src/engine/index.ts';
import { orderChoices } from '../../src/engine/choiceOrder.ts';
import { storyOpening } from '../../src/engine/storyOpening.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { bakery, readProjectFile, realArt, realCatalogue } from './support.ts';

const firstView = (scenario: ReturnType<typeof bakery>, seed: string) => {
  const player = createStoryPlayer(scenario, realCatalogue(), { seed });
  const view = player.view();
  player.stop();
  return view;
};

/** The opening as the page shows it for a seed: its choices put in that seed's order, as src/app/opening.ts does. */
const shownFor = (opening: { view: BeatView; pinned: string[] }, seed: string): BeatView => ({
  ...opening.view,
  choices: orderChoices(opening.view.choices, seed, opening.view.beat, (c) => opening.pinned.includes(c.id)),
});

describe('the story opening', () => {
  it('is none for a story written in another language, which opens once its translation and language are loaded', () => {
    const library = readLibrary();
    const pub = library.entries.find((e) => e.scenario?.id === 'pub-caesar-dressing')!.scenario!;
    expect(storyOpening(pub, library.catalogue!)).not.toBeNull();
    expect(storyOpening({ ...pub, language: 'en-GB' }, library.catalogue!)).not.toBeNull();
    expect(storyOpening({ ...pub, language: 'es' }, library.catalogue!)).toBeNull();
  });

  it('is what the engine shows first, for every shipped story and any seed', () => {
    const library = readLibrary();
    let opened = 0;
    for (const { scenario } of library.entries) {
      if (!scenario) continue;
      const opening = storyOpening(scenario, library.catalogue!);
      if (!opening) continue;
      opened++;
      expect(opening).toMatchObject({ title: scenario.title, role: scenario.role, place: scenario.setting.place });
      for (const seed of ['a', 'shift-2', 'bench', 'zzz-99', 'x7'])
        expect(shownFor(opening, seed)).toEqual(firstView(scenario, seed));
    }
    // Every shipped story opens the same whatever its variations; a change that breaks that should be seen.
    expect(opened).toBe(library.entries.filter((e) => e.scenario).length);
  });

  it('is refused when a variation changes what the first beat shows', () => {
    const fixture = readProjectFile('tests/fixtures/bakery-mini.yaml');
    const text = fixture.replace(
      '      - { ada: "One sourdough, please. The usual.", audio: audio/ada-morning.wav }\n',
      '      - ada: One sourdough, please. The usual.\n      - when: { variation: { oven: no-batch } }\n        sam: The oven is cold this morning.\n',
    );
    expect(text).not.toBe(fixture);
    const loaded = loadScenario('bakery-cold-oven.yaml', text, { catalogue: realCatalogue(), art: realArt() });
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    expect(storyOpening(loaded.scenario, realCatalogue())).toBeNull();
    const bakeryOpening = storyOpening(bakery(), realCatalogue());
    expect(bakeryOpening && shownFor(bakeryOpening, 'any')).toEqual(firstView(bakery(), 'any'));
  });
});
