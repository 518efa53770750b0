// Choices are shown in an order shuffled from the play's seed: the same seed gives the same order, other
// seeds give others, a pinned choice keeps its place, and nothing but the order changes.
import { describe, expect, it } from 'vitest';
import { orderChoices } from '../../src/engine/choiceOrder.ts';
import { bakery, startPlay } from './support.ts';

const ids = ['a', 'b', 'c', 'd'];
const order = (seed: string, pinned: string[] = [], beat = 'kitchen') =>
  orderChoices(ids, seed, beat, (id) => pinned.includes(id));

describe('the order of the choices', () => {
  it('is the same for the same seed and beat, every time', () => {
    expect(order('shift-1')).toEqual(order('shift-1'));
    expect(order('shift-1').sort()).toEqual(ids);
  });

  it('differs between seeds and between beats, so the best option is not always in one place', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => order(`seed-${i}`).join()));
    expect(orders.size).toBeGreaterThan(10);
    const firsts = Array.from({ length: 400 }, (_, i) => order(`seed-${i}`)[0]);
    // Each of the four comes first about a quarter of the time.
    for (const id of ids) expect(firsts.filter((f) => f === id).length).toBeGreaterThan(60);
    expect(
      new Set(['kitchen', 'manager', 'shop'].map((beat) => order('one-seed', [], beat).join())).size,
    ).toBeGreaterThan(1);
  });

  it('keeps a pinned choice where the file puts it', () => {
    for (let i = 0; i < 30; i++) {
      const shown = order(`seed-${i}`, ['c']);
      expect(shown[2]).toBe('c');
      expect(shown.sort()).toEqual(ids);
    }
  });

  it('is what the player shows, while decisions keep their ids in the file order they were offered in', () => {
    const views = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((seed) => {
      const { player } = startPlay(bakery(), seed, false);
      player.continueStory();
      return player.view().choices.map((c) => c.id);
    });
    expect(new Set(views.map((v) => v.join())).size).toBeGreaterThan(1);
    const { player } = startPlay(bakery(), 'x1', false);
    player.continueStory();
    expect(player.view().choices.map((c) => c.id)).toEqual(views[0]);
    player.choose('shrug');
    expect(player.context().decisions[0]?.offered).toEqual(['shrug', 'ask-sam', 'be-rude']);
  });
});
