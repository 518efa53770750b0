// A story plays in a translation's words where it has them, line by line, and is graded exactly as in English:
// only texts change. The shipped translations (scenarios/translations/) are read as the build reads them.
import { describe, expect, it } from 'vitest';
import { explorePlays } from '../../src/engine/explorePlays.ts';
import { storyTexts, trackTexts } from '../../src/engine/translation/storyTexts.ts';
import { translateCatalogue, translateScenario, translateTrack } from '../../src/engine/translation/translate.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { translationsOf } from '../../tools/vite/shippedContent.ts';

const library = readLibrary();
const catalogue = library.catalogue!;
const pub = library.entries.find((entry) => entry.scenario?.id === 'pub-caesar-dressing')!.scenario!;

describe.each(['es', 'ar'])('Hold the Dressing in %s', (language) => {
  const shipped = translationsOf(library, language);
  const texts = shipped.stories['pub-caesar-dressing']!;
  const { scenario, placed } = translateScenario(pub, texts);

  it('has every text translated, each put in its place, and nothing else changed', () => {
    const english = storyTexts(pub);
    expect(Object.keys(texts).sort()).toEqual(english.map((unit) => unit.id).sort());
    expect(placed).toHaveLength(english.length);
    const after = new Map(storyTexts(scenario).map((unit) => [unit.id, unit.text]));
    for (const unit of english) expect(after.get(unit.id), unit.id).toBe(texts[unit.id]);
    // The structure is the story's own: the same beats, choices, levels, effects and ways through.
    const shape = (s: typeof pub) =>
      JSON.stringify(
        Object.entries(s.beats).map(([id, b]) => [
          id,
          b.choices?.map((c) => [c.id, c.level, c.effects, c.next]),
          b.next,
        ]),
      );
    expect(shape(scenario)).toBe(shape(pub));
  });

  it('grades every play as the English story does', () => {
    const translatedCatalogue = translateCatalogue(catalogue, shipped.catalogue).catalogue;
    expect(translatedCatalogue.principles[0]!.name).not.toBe(catalogue.principles[0]!.name);
    for (const seed of ['shift-1', 'shift-2']) {
      const english = explorePlays(pub, catalogue, seed).map((p) => [p.steps, p.report.grade, p.report.percent]);
      const translated = explorePlays(scenario, translatedCatalogue, seed).map((p) => [
        p.steps,
        p.report.grade,
        p.report.percent,
      ]);
      expect(translated.length).toBeGreaterThan(5);
      expect(translated).toEqual(english);
    }
  });
});

describe('a story half translated', () => {
  it('shows each text a translation lacks in English, and only those', () => {
    const texts = {
      'beats.kitchen.lines.2': 'Malas noticias.',
      'beats.kitchen.choices.ask-ruth-first.text': 'Pregúntale.',
    };
    const { scenario, placed } = translateScenario(pub, texts);
    expect(placed).toEqual(['Malas noticias.', 'Pregúntale.']);
    const kitchen = scenario.beats['kitchen']!;
    expect(kitchen.lines[2]!.text).toBe('Malas noticias.');
    expect(kitchen.lines[1]!.text).toBe(pub.beats['kitchen']!.lines[1]!.text);
    expect(kitchen.choices!.find((c) => c.id === 'ask-ruth-first')!.text).toBe('Pregúntale.');
    // The story given is left as it was.
    expect(pub.beats['kitchen']!.lines[2]!.text).toMatch(/^Bad news/);
  });

  it('leaves out a text whose id names nothing in the story', () => {
    expect(
      translateScenario(pub, {
        'beats.nowhere.lines.0': 'x',
        'beats.kitchen.lines.99': 'y',
        'beats.kitchen.choices': 'z',
      }).placed,
    ).toEqual([]);
  });
});

describe.each(['es', 'ar'])('the onboarding track in %s', (language) => {
  it('has its name and summary translated, put in place, and its stories and passing grades unchanged', () => {
    const track = library.tracks.find((entry) => entry.track?.id === 'new-hire-essentials')!.track!;
    const texts = translationsOf(library, language).tracks['new-hire-essentials']!;
    expect(Object.keys(texts).sort()).toEqual(
      trackTexts(track)
        .map((unit) => unit.id)
        .sort(),
    );
    const { track: translated, placed } = translateTrack(track, texts);
    expect(placed).toHaveLength(2);
    expect([translated.title, translated.summary]).toEqual([texts['title'], texts['summary']]);
    expect(translated.title).not.toBe(track.title);
    expect({ ...translated, title: '', summary: '' }).toEqual({ ...track, title: '', summary: '' });
  });
});
