// The faces agree with the words: every person in the shipped stories has a look that presents as the
// story speaks of them (she, he), no look serves two people, old look names still load (with a warning
// naming the new one), and a voice on the phone or in writing is heard, not stood on the stage.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialPlayState, loadScenario, presentBeat, type Scenario } from '../../src/engine/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { projectRoot, readProjectFile, realArt, realCatalogue } from './support.ts';

const library = readLibrary();
const stories = library.entries.flatMap((e) =>
  e.scenario ? [{ file: e.file, scenario: e.scenario, warnings: e.warnings }] : [],
);
const art = realArt();

/** Looks two people may share, with the reason; none today. */
const SHARED_LOOKS: Record<string, string> = {};

describe('the cast against the art', () => {
  it('loads every shipped story', () => {
    expect(stories.length).toBe(library.entries.length);
    expect(stories.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every cast member a pronoun and a look that presents as it', () => {
    const wrong = stories.flatMap(({ scenario }) =>
      Object.entries(scenario.cast).flatMap(([id, member]) => {
        const facts = art.lookFacts[member.look];
        if (!member.pronoun) return [`${scenario.id} › ${id}: no pronoun`];
        if (!facts) return [`${scenario.id} › ${id}: the look "${member.look}" has no facts in assets/manifest.json`];
        return member.pronoun === 'they' || facts.pronoun === member.pronoun
          ? []
          : [`${scenario.id} › ${id} (${member.pronoun}) has "${member.look}" (${facts.pronoun})`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('draws a child as a child, and nobody else as one', () => {
    const children = stories.flatMap(({ scenario }) =>
      Object.values(scenario.cast)
        .filter((m) => art.lookFacts[m.look]?.age === 'child')
        .map((m) => m.name),
    );
    expect(children).toEqual(['Milo']);
  });

  it('gives no two people the same look', () => {
    const users = new Map<string, string[]>();
    for (const { scenario } of stories)
      for (const [id, member] of Object.entries(scenario.cast))
        users.set(member.look, [...(users.get(member.look) ?? []), `${scenario.id} › ${id}`]);
    const shared = [...users].filter(([look, who]) => who.length > 1 && !Object.hasOwn(SHARED_LOOKS, look));
    expect(shared).toEqual([]);
  });

  it('uses no old look names in the shipped stories (the checker would warn)', () => {
    expect(
      stories.flatMap(({ warnings }) =>
        warnings.filter((w) => /look|pronoun/.test(w.field)).map((w) => `${w.file}: ${w.message}`),
      ),
    ).toEqual([]);
  });

  it('has every expression of every look, facts for each, and aliases that point at real looks', () => {
    const missing = art.looks
      .flatMap((look) => art.expressions.map((e) => `characters/${look}-${e}.svg`))
      .filter((f) => !existsSync(join(projectRoot, 'assets', f)));
    expect(missing).toEqual([]);
    expect(Object.keys(art.lookFacts).sort()).toEqual([...art.looks].sort());
    expect(Object.values(art.aliases).filter((look) => !art.looks.includes(look))).toEqual([]);
    expect(Object.keys(art.aliases).filter((old) => art.looks.includes(old))).toEqual([]);
  });
});

describe('old look names and a pronoun the picture contradicts', () => {
  const pub = readProjectFile('scenarios/pub-caesar-dressing.yaml');
  const load = (text: string) => loadScenario('scenarios/pub-old.yaml', text, { catalogue: realCatalogue(), art });

  it('reads an old name as the look it now means, and says the new name', () => {
    const result = load(pub.replace('look: woman-auburn-cardigan', 'look: guest-woman'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.cast.ruth?.look).toBe('woman-auburn-cardigan');
    expect(result.warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'cast › ruth › look: the look "guest-woman" is now called "woman-auburn-cardigan"; write look: woman-auburn-cardigan (the old name still works)',
    ]);
  });

  it('warns when the look shows a man for a woman, at her pronoun, naming looks that fit', () => {
    const result = load(pub.replace('look: chef-woman', 'look: chef'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const messages = result.warnings.map((w) => `${w.field}: ${w.message}`);
    expect(messages).toContain(
      'cast › priya › look: the look "chef" is now called "chef-man-moustache"; write look: chef-man-moustache (the old name still works)',
    );
    expect(messages.find((m) => m.startsWith('cast › priya › pronoun:'))).toMatch(
      /Priya is "she", but the look "chef-man-moustache" is drawn as "he".*chef-woman/,
    );
  });

  it('still reports a look that never existed as an error', () => {
    const result = load(pub.replace('look: chef-woman', 'look: baker'));
    expect(result.ok).toBe(false);
  });
});

describe('voices heard, not seen', () => {
  const story = (id: string): Scenario => {
    const found = stories.find((s) => s.scenario.id === id)?.scenario;
    if (!found) throw new Error(`no story ${id}`);
    return found;
  };
  const onStage = (scenario: Scenario, beat: string) =>
    presentBeat(scenario, { ...initialPlayState(scenario, { seed: 's' }), beat }).onStage.map(
      (p) => `${p.id}:${p.via ?? 'here'}`,
    );

  it('puts a caller on the phone and the colleague in the room', () => {
    expect(onStage(story('broadband-outage'), 'repair-timeline')).toEqual(['kayla:phone', 'raj:here']);
  });

  it('lets a line bring someone usually heard in writing into the room', () => {
    const airport = story('airport-hungry-traveller');
    expect(onStage(airport, 'the-post')).toEqual(['marcus:message']);
    expect(onStage(airport, 'approval')).toEqual(['marcus:message', 'gina:phone']);
    expect(onStage(airport, 'arrivals')).toEqual(['marcus:here', 'femi:here']);
  });
});
