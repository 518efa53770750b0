// The bench's ink player (tools/bench/inkBaseline.ts) must show the same story as the game, word for word:
// a baseline that dropped or garbled text would make the entries' ratios flatter than they are.
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { inkSource } from '../../tools/bench/inkBaseline.ts';
import { readLibrary } from '../../tools/projectFiles.ts';

const stories = readLibrary().entries.flatMap((e) => (e.scenario ? [e.scenario] : []));

describe('the bench ink player', () => {
  it('has stories to compile', () => expect(stories.length).toBeGreaterThan(5));

  it.each(stories.map((s) => [s.id, s] as const))('shows %s opening as the story writes it', (_id, scenario) => {
    const compiler = new Compiler(inkSource(scenario));
    const story = compiler.Compile();
    expect(compiler.errors).toEqual([]);
    const shown: string[] = [];
    while (story.canContinue) shown.push(story.Continue()!.trim());
    const beat = scenario.beats[scenario.start]!;
    const name = (speaker: string | null) =>
      speaker === null ? '' : `${speaker === 'you' ? 'You' : scenario.cast[speaker]!.name}: `;
    expect(shown).toEqual(beat.lines.filter((l) => l.when === undefined).map((l) => `${name(l.speaker)}${l.text}`));
    const choices = story.currentChoices.map((c) => c.text);
    expect(choices).toEqual(beat.choices ? beat.choices.map((c) => c.text) : ['Continue']);
  });
});
