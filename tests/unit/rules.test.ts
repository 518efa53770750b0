// The pure rules: what a condition means (holds), what a beat shows
// (presentBeat), and the seeded variation rolls.
import { describe, expect, it } from 'vitest';
import {
  expressionForMood,
  initialPlayState,
  makeSeed,
  presentBeat,
  rollVariations,
  type Scenario,
} from '../../src/engine/index.ts';
import { holds, type Decision, type PlayState } from '../../src/engine/rules.ts';
import { bakery } from './support.ts';

const scenario = bakery();

const decision = (choice: string | null): Decision => ({
  beat: 'b',
  choice,
  level: 'routine',
  offered: [],
  moodAfter: 50,
  loyaltyAfter: 0,
});

function state(overrides: Partial<PlayState> = {}): PlayState {
  return { mood: 50, loyalty: 0, cost: 0, minutes: 0, flags: [], variation: {}, decisions: [], ...overrides };
}

describe('holds', () => {
  it('holds with no condition at all', () => {
    expect(holds(undefined, state())).toBe(true);
  });

  it('chose: one id or any of a list, made earlier; a timeout (null) never counts', () => {
    const played = state({ decisions: [decision('ask-sam'), decision(null)] });

    expect(holds({ chose: 'ask-sam' }, played)).toBe(true);
    expect(holds({ chose: 'shrug' }, played)).toBe(false);
    expect(holds({ chose: ['shrug', 'ask-sam'] }, played)).toBe(true);
    expect(holds({ chose: ['shrug', 'be-rude'] }, played)).toBe(false);
  });

  it('flag: holds only once something set it', () => {
    expect(holds({ flag: 'asked-kitchen' }, state({ flags: ['asked-kitchen'] }))).toBe(true);
    expect(holds({ flag: 'asked-kitchen' }, state({ flags: ['other'] }))).toBe(false);
  });

  it('mood and loyalty gauges: both bounds are strict', () => {
    const at40 = state({ mood: 40, loyalty: -5 });

    expect(holds({ mood: { below: 40 } }, at40)).toBe(false);
    expect(holds({ mood: { below: 41 } }, at40)).toBe(true);
    expect(holds({ mood: { above: 40 } }, at40)).toBe(false);
    expect(holds({ mood: { above: 39 } }, at40)).toBe(true);
    expect(holds({ mood: { above: 30, below: 50 } }, at40)).toBe(true);
    expect(holds({ mood: { above: 40, below: 50 } }, at40)).toBe(false);
    expect(holds({ loyalty: { below: 0 } }, at40)).toBe(true);
    expect(holds({ loyalty: { above: 0 } }, at40)).toBe(false);
  });

  it('variation: every named roll must have come out as named', () => {
    const rolled = state({ variation: { oven: 'batch-soon', till: 'broken' } });

    expect(holds({ variation: { oven: 'batch-soon' } }, rolled)).toBe(true);
    expect(holds({ variation: { oven: 'batch-soon', till: 'broken' } }, rolled)).toBe(true);
    expect(holds({ variation: { oven: 'batch-soon', till: 'fine' } }, rolled)).toBe(false);
    expect(holds({ variation: { weather: 'rain' } }, rolled)).toBe(false);
  });

  it('not: inverts the inner condition', () => {
    expect(holds({ not: { flag: 'x' } }, state())).toBe(true);
    expect(holds({ not: { flag: 'x' } }, state({ flags: ['x'] }))).toBe(false);
    expect(holds({ not: { not: { flag: 'x' } } }, state({ flags: ['x'] }))).toBe(true);
  });

  it('any: holds when at least one alternative does', () => {
    const condition = { any: [{ flag: 'x' }, { mood: { below: 20 } }] };

    expect(holds(condition, state({ flags: ['x'] }))).toBe(true);
    expect(holds(condition, state({ mood: 10 }))).toBe(true);
    expect(holds(condition, state())).toBe(false);
  });

  it('every key given must hold together', () => {
    const condition = { flag: 'x', mood: { above: 30 }, any: [{ chose: 'ask-sam' }] };

    expect(holds(condition, state({ flags: ['x'], decisions: [decision('ask-sam')] }))).toBe(true);
    expect(holds(condition, state({ flags: ['x'], decisions: [decision('ask-sam')], mood: 30 }))).toBe(false);
    expect(holds(condition, state({ flags: ['x'] }))).toBe(false);
  });
});

describe('presentBeat', () => {
  const at = (beat: string, overrides: Partial<PlayState> = {}) => ({
    ...initialPlayState(scenario, { seed: 's' }),
    beat,
    ...overrides,
  });

  it('leaves out a line whose `when` fails, and shows it once it holds', () => {
    const without = presentBeat(scenario, at('no-batch'));
    const withFlag = presentBeat(scenario, at('no-batch', { flags: ['asked-kitchen'] }));

    expect(without.lines.map((l) => l.text)).toEqual(['No more today, sorry.']);
    expect(withFlag.lines.map((l) => l.text)).toEqual(['No more today, sorry.', 'Hmm.']);
  });

  it('names speakers from the cast, keeps narration unnamed, puts the customer on stage first, and passes on a recording', () => {
    const view = presentBeat(scenario, at('hello'));

    expect(view.lines).toEqual([
      {
        speaker: null,
        name: null,
        look: null,
        text: 'Morning rush, but a calm moment at the counter.',
        face: null,
        audio: null,
      },
      {
        speaker: 'ada',
        name: 'Ada',
        look: 'woman-auburn-cardigan',
        text: 'One sourdough, please. The usual.',
        face: null,
        audio: 'audio/ada-morning.wav',
      },
    ]);
    expect(presentBeat(scenario, at('sold-out')).onStage.map((p) => p.id)).toEqual(['ada', 'sam']);
  });

  it('a line’s face overrides the customer’s mood expression on stage', () => {
    const view = presentBeat(scenario, at('sold-out', { mood: 90 }));

    expect(view.customerExpression).toBe('delighted');
    expect(view.onStage.find((p) => p.id === 'ada')?.expression).toBe('worried');
  });

  it('says what kind of beat it is', () => {
    expect(presentBeat(scenario, at('hello')).kind).toBe('continue');
    expect(presentBeat(scenario, at('sold-out')).kind).toBe('choices');
    const end = presentBeat(scenario, at('walked-out'));
    expect(end.kind).toBe('ending');
    expect(end.ending).toEqual({ title: 'Out the door', core: 'failed' });
    expect(end.choices).toEqual([]);
  });

  it('maps mood to an expression at the thresholds', () => {
    expect([0, 24, 25, 44, 45, 74, 75, 100].map(expressionForMood)).toEqual([
      'annoyed',
      'annoyed',
      'worried',
      'worried',
      'content',
      'content',
      'delighted',
      'delighted',
    ]);
  });
});

describe('seeded variations', () => {
  const seeds = Array.from({ length: 200 }, (_, i) => `s${i}`);

  it('the same seed rolls the same outcome every time', () => {
    const rolls = Array.from({ length: 5 }, () => rollVariations(scenario.variations, 'abc123'));

    for (const roll of rolls) expect(roll).toEqual(rolls[0]);
    expect(initialPlayState(scenario, { seed: 'abc123' }).variation).toEqual(rolls[0]);
  });

  it('across many seeds both outcomes occur, in roughly equal shares for equal weights', () => {
    const soon = seeds.filter((s) => rollVariations(scenario.variations, s)['oven'] === 'batch-soon').length;

    expect(soon).toBeGreaterThan(60);
    expect(soon).toBeLessThan(140);
  });

  it('follows the weights', () => {
    const skewed: Scenario['variations'] = {
      oven: [
        { id: 'rare', weight: 1 },
        { id: 'common', weight: 9 },
      ],
    };

    const rare = seeds.filter((s) => rollVariations(skewed, s)['oven'] === 'rare').length;

    expect(rare).toBeGreaterThan(0);
    expect(rare).toBeLessThan(50);
  });

  it('each roll is independent: adding a roll does not change the others, and all combinations occur', () => {
    const both: Scenario['variations'] = {
      ...scenario.variations,
      till: [
        { id: 'works', weight: 1 },
        { id: 'broken', weight: 1 },
      ],
    };

    const pairs = seeds.map((s) => rollVariations(both, s));

    seeds.forEach((s, i) => expect(pairs[i]?.['oven']).toBe(rollVariations(scenario.variations, s)['oven']));
    expect(new Set(pairs.map((p) => `${p['oven']}/${p['till']}`)).size).toBe(4);
  });

  it('rolls nothing for a scenario without variations', () => {
    expect(rollVariations(undefined, 'abc')).toEqual({});
  });

  it('makeSeed draws six readable characters from the random source it is given', () => {
    const values = [0, 0.5, 0.999, 0.1, 0.2, 0.3];
    let i = 0;

    const seed = makeSeed(() => values[i++] ?? 0);

    expect(seed).toMatch(/^[a-z2-9]{6}$/);
    expect(seed[0]).toBe('a');
    expect(seed[2]).toBe('9');
  });
});
