// Where a story's best options sit in the file: a warning when one place (counted from the top, or last) holds
// the best option at more than half of its decisions, since a pinned choice, a printed script and the next
// author all read the file's order.
import { describe, expect, it } from 'vitest';
import { bestOptionPositions, formatPositions } from '../../src/engine/analysis/index.ts';
import type { ServiceLevel } from '../../src/engine/index.ts';
import { miniScenario, type MiniBeat, type MiniChoice } from '../support/generateScenario.ts';

/** A story of `orders.length` decisions in a row, each beat's choices at the levels given, in that order. */
function story(orders: ServiceLevel[][]) {
  const beats: Record<string, MiniBeat> = {};
  orders.forEach((levels, i) => {
    const next = i === orders.length - 1 ? 'end' : `d${i + 1}`;
    beats[`d${i}`] = { breakdown: true, choices: levels.map((level, k): MiniChoice => [`c${i}-${k}`, level, next]) };
  });
  beats['end'] = { ending: 'delivered' };
  return miniScenario(beats);
}

describe('where the best options sit', () => {
  it('warns when the best option is first at most decisions', () => {
    const finding = bestOptionPositions(
      story([
        ['heroic', 'routine'],
        ['good', 'routine', 'harmful'],
        ['heroic', 'good'],
        ['good', 'harmful'],
        ['routine', 'good'],
      ]),
    );

    expect(finding).toEqual({ position: 1, fromEnd: false, count: 4, decisions: 5 });
    expect(formatPositions(finding!)).toMatch(/^the best option is listed first at 4 of 5 decisions/);
  });

  it('warns when it is last at most decisions, however many options each has', () => {
    const finding = bestOptionPositions(
      story([
        ['routine', 'heroic'],
        ['routine', 'harmful', 'good'],
        ['good', 'routine', 'harmful', 'heroic'],
        ['good', 'harmful'],
      ]),
    );

    expect(finding).toMatchObject({ fromEnd: true, count: 3, decisions: 4 });
    expect(formatPositions(finding!)).toMatch(/^the best option is listed last at 3 of 4 decisions/);
  });

  it('says nothing when the best option moves about, or there are too few decisions to tell', () => {
    expect(
      bestOptionPositions(
        story([
          ['heroic', 'routine'],
          ['routine', 'good', 'harmful'],
          ['routine', 'harmful', 'heroic'],
          ['harmful', 'good', 'routine'],
        ]),
      ),
    ).toBeNull();
    expect(
      bestOptionPositions(
        story([
          ['heroic', 'routine'],
          ['heroic', 'routine'],
          ['heroic', 'routine'],
        ]),
      ),
    ).toBeNull();
  });
});
