// The compiled story machine, played through createStoryPlayer on bakery-mini:
// moving on, choosing, effects, and refusing choices that are not on offer.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, type Scenario } from '../../src/engine/index.ts';
import { bakery, seedFor, startPlay } from './support.ts';

const scenario = bakery();
const soon = seedFor('batch-soon');
const none = seedFor('no-batch');

/** bakery-mini with other starting values, for cases the file itself cannot reach. */
const withMood = (mood: number): Scenario => ({ ...scenario, mood });

describe('starting and moving on', () => {
  it('starts at the start beat with the starting mood and nothing decided', () => {
    const { player } = startPlay(scenario, soon);

    expect(player.view().beat).toBe('hello');
    expect(player.view().kind).toBe('continue');
    expect(player.context()).toMatchObject({ mood: 60, loyalty: 0, cost: 0, minutes: 0, decisions: [], flags: [] });
    expect(player.isOver()).toBe(false);
  });

  it('continue moves to the next beat, which shows its choices', () => {
    const { player } = startPlay(scenario, soon);

    expect(player.continueStory()).toBe(true);

    const view = player.view();
    expect(view.beat).toBe('sold-out');
    expect(view.breakdown).toBe('The last sourdough went a minute ago.');
    // Shown in an order shuffled from the seed (see choiceOrder.test.ts); the same three, whatever the order.
    expect(view.choices.map((c) => c.id).sort()).toEqual(['ask-sam', 'be-rude', 'shrug']);
    expect(view.patienceSeconds).toBe(10);
  });

  it('continue does nothing on a beat with choices', () => {
    const { player } = startPlay(scenario, soon);
    player.continueStory();

    expect(player.continueStory()).toBe(false);
    expect(player.view().beat).toBe('sold-out');
  });

  it('keeps a trail of the mood at each beat entered', () => {
    const { player } = startPlay(scenario, soon);
    player.continueStory();
    player.choose('be-rude');

    expect(player.context().moodTrail).toEqual([
      { beat: 'hello', mood: 60 },
      { beat: 'sold-out', mood: 60 },
      { beat: 'walked-out', mood: 20 },
    ]);
  });
});

describe('choosing', () => {
  it('applies a choice’s effects and records the decision with the choices on offer', () => {
    const { player } = startPlay(scenario, soon);
    player.continueStory();

    expect(player.choose('be-rude')).toBe(true);

    expect(player.context()).toMatchObject({ beat: 'walked-out', mood: 20, loyalty: -20 });
    expect(player.context().decisions).toEqual([
      {
        beat: 'sold-out',
        choice: 'be-rude',
        level: 'harmful',
        offered: ['shrug', 'ask-sam', 'be-rude'],
        moodAfter: 20,
        loyaltyAfter: -20,
      },
    ]);
    expect(player.isOver()).toBe(true);
  });

  it('adds up cost, minutes and loyalty, and sets flags', () => {
    const { player } = startPlay(scenario, soon);
    player.continueStory();
    player.choose('ask-sam');

    expect(player.context().flags).toEqual(['asked-kitchen']);
    expect(player.choose('wait-offer')).toBe(true);

    expect(player.context()).toMatchObject({ beat: 'plain-goodbye', mood: 75, loyalty: 10, cost: 2.5, minutes: 0 });
  });

  it('clamps mood at 100 on the way up', () => {
    const { player } = startPlay(withMood(90), soon);
    player.continueStory();
    player.choose('ask-sam');

    player.choose('deliver-loaf');

    expect(player.context()).toMatchObject({ beat: 'delighted', mood: 100, loyalty: 30, minutes: 15 });
  });

  it('clamps mood at 0 on the way down', () => {
    const { player } = startPlay(withMood(30), soon);
    player.continueStory();

    player.choose('be-rude');

    expect(player.context().mood).toBe(0);
    expect(player.context().decisions[0]?.moodAfter).toBe(0);
  });

  it('follows the branch the variation picks', () => {
    const early = startPlay(scenario, soon).player;
    const late = startPlay(scenario, none).player;
    for (const player of [early, late]) {
      player.continueStory();
      player.choose('ask-sam');
    }

    expect(early.view().beat).toBe('batch-coming');
    expect(late.view().beat).toBe('no-batch');
  });
});

describe('choices not on offer', () => {
  it('refuses an unknown id, or a choice from another beat, and changes nothing', () => {
    const { player } = startPlay(scenario, soon);
    player.continueStory();
    const before = player.context();

    expect(player.choose('no-such-choice')).toBe(false);
    expect(player.choose('deliver-loaf')).toBe(false);

    expect(player.context()).toEqual(before);
  });

  it('refuses a choice whose `when` fails (free cake needs mood above 20)', () => {
    const { player } = startPlay(withMood(15), none);
    player.continueStory();
    player.choose('ask-sam');
    const before = player.context();

    const chosen = player.choose('free-cake');

    expect(chosen).toBe(false);
    expect(player.view().choices.map((c) => c.id)).toEqual(['honest-rye']);
    expect(player.context()).toEqual(before);
  });

  it('offers the same choice when its `when` holds', () => {
    const { player } = startPlay(withMood(21), none);
    player.continueStory();
    player.choose('ask-sam');

    expect(player.view().choices.map((c) => c.id)).toEqual(['honest-rye', 'free-cake']);
    expect(player.choose('free-cake')).toBe(true);
    expect(player.context().cost).toBe(3);
  });

  it('the machine itself refuses it too, when the event is sent around the player', () => {
    const actor = createActor(compileScenario(withMood(15)), { input: { seed: none, timers: false } });
    actor.start();
    actor.send({ type: 'player.continue' });
    actor.send({ type: 'player.choose', choice: 'ask-sam' });
    const before = actor.getSnapshot();

    actor.send({ type: 'player.choose', choice: 'free-cake' });

    expect(actor.getSnapshot()).toBe(before);
    expect(actor.getSnapshot().context.beat).toBe('no-batch');
    actor.stop();
  });

  it('a second identical choose after moving on does not score twice', () => {
    const { player } = startPlay(scenario, soon);
    player.continueStory();
    expect(player.choose('shrug')).toBe(true);

    const again = player.choose('shrug');

    expect(again).toBe(false);
    expect(player.context().decisions).toHaveLength(1);
    expect(player.context().mood).toBe(50);
    expect(player.report().decisions).toHaveLength(1);
  });
});

describe('subscribe', () => {
  it('tells a view about each move to another beat, and stops when unsubscribed', () => {
    const { player } = startPlay(scenario, soon);
    const seen: string[] = [];
    const unsubscribe = player.subscribe((view) => seen.push(view.beat));

    player.continueStory();
    player.choose('ask-sam');
    unsubscribe();
    player.choose('deliver-loaf');

    expect(seen).toEqual(['sold-out', 'batch-coming']);
  });
});
