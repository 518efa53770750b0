import { describe, expect, it } from 'vitest';
import { leastRecentlyUsedOverBudget } from '../../src/game/artBitmaps.ts';

const MB = 1024 * 1024;
const sizes = (...entries: [string, number][]) => new Map(entries.map(([key, mb]) => [key, mb * MB]));

describe('which stage pictures go back to SVG', () => {
  it('lets none go while everything fits', () => {
    expect(leastRecentlyUsedOverBudget(sizes(['title', 8], ['pub', 8], ['face', 2]), 64 * MB, 'face')).toEqual([]);
  });

  it('lets the least recently used go first, only as many as it takes', () => {
    const used = sizes(['title', 8], ['old-face', 2], ['pub', 8], ['face', 2]);
    expect(leastRecentlyUsedOverBudget(used, 12 * MB, 'face')).toEqual(['title']);
    expect(leastRecentlyUsedOverBudget(used, 10 * MB, 'face')).toEqual(['title', 'old-face']);
  });

  it('never lets go of the picture just used, even when it alone is over the budget', () => {
    expect(leastRecentlyUsedOverBudget(sizes(['title', 8], ['huge', 80]), 64 * MB, 'huge')).toEqual(['title']);
  });
});
