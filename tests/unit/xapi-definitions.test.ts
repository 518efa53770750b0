// What an LMS learns about each decision, from the real pub story: one
// definition per decision whatever the play, the timeout as a listed option,
// and a question cut at a word, not mid-word.
import { describe, expect, it } from 'vitest';
import { rollVariations, type Scenario } from '../../src/engine/index.ts';
import { answeredFact, clipAtWord, QUESTION_LIMIT, storyRef, TIMEOUT_OPTION } from '../../src/lms/playFacts.ts';
import { choiceAnswered } from '../../src/lms/xapi/statements.ts';
import { allPlays, replay } from '../support/plays.ts';
import { loadProjectScenario, realCatalogue } from './support.ts';

const pub = (() => {
  const loaded = loadProjectScenario('scenarios/pub-caesar-dressing.yaml');
  if (!loaded.ok) throw new Error('the pub scenario does not load');
  return loaded.scenario;
})();
const session = {
  actor: { mbox: 'mailto:ada@example.com' },
  registration: 'r',
  activityRoot: 'https://lms.example.com/c',
  launchedActivity: null,
  launchedScenario: null,
  newId: () => crypto.randomUUID(),
  now: () => new Date(),
};

/** Every decision of every play under the seed, as the answered statements' activity definitions. */
function definitions(scenario: Scenario, seed: string): [string, string][] {
  return allPlays(scenario, realCatalogue(), seed).flatMap((play) => {
    const context = replay(scenario, realCatalogue(), seed, play.steps).context();
    const story = storyRef(scenario, null, 'r');
    return context.decisions.map((_, i) => {
      const statement = choiceAnswered(session, answeredFact(scenario, story, context, i + 1));
      const object = statement.object as { id: string; definition: unknown };
      return [object.id, JSON.stringify(object.definition)] as [string, string];
    });
  });
}

describe('decision definitions', () => {
  it('are one per decision activity across every play under each variation of the pub story', () => {
    expect(rollVariations(pub.variations, 'pub-1')['shop-shelf']).toBe('has-dressing');
    expect(rollVariations(pub.variations, 'pub-4')['shop-shelf']).toBe('sold-out');
    const seen = new Map<string, Set<string>>();
    for (const [id, definition] of [...definitions(pub, 'pub-1'), ...definitions(pub, 'pub-4')])
      seen.set(id, (seen.get(id) ?? new Set()).add(definition));
    expect([...seen.keys()].some((id) => id.endsWith('/decisions/serve-caesar'))).toBe(true);
    for (const [id, defs] of seen) expect(defs.size, id).toBe(1);
  });

  it('list the timeout as an option of a beat with patience, and report it as the response when patience ran out', () => {
    const beat = Object.entries(pub.beats).find(([, b]) => b.patience && b.choices?.length);
    expect(beat, 'the pub story has a beat with patience').toBeDefined();
    const [id, withPatience] = beat!;
    const story = storyRef(pub, null, 'r');
    const context = {
      decisions: [
        { beat: id, choice: null, level: withPatience.patience!.level, offered: [], moodAfter: 0, loyaltyAfter: 0 },
      ],
    } as unknown as Parameters<typeof answeredFact>[2];
    const fact = answeredFact(pub, story, context, 1);
    expect(fact.response).toBe(TIMEOUT_OPTION.id);
    expect(fact.options.at(-1)).toEqual({
      id: 'timeout',
      text: 'Ran out of patience / no answer',
      level: withPatience.patience!.level,
    });
    expect(fact.best).not.toContain('timeout');
    const statement = choiceAnswered(session, fact);
    expect(statement.result).toMatchObject({ response: 'timeout', success: false });
  });
});

describe('a question too long for an LMS', () => {
  it('is cut at the last whole word within the limit, with an ellipsis', () => {
    const long = `${'The customer explains at length what went wrong '.repeat(8)}tonight.`;
    const cut = clipAtWord(long, QUESTION_LIMIT);
    expect(cut.length).toBeLessThanOrEqual(QUESTION_LIMIT);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
    expect(clipAtWord('Short and sweet.', QUESTION_LIMIT)).toBe('Short and sweet.');
    expect(clipAtWord('x'.repeat(400), 250)).toHaveLength(250);
  });
});
