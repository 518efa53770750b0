// Dominated choices: a choice marked at least as good as another at the same
// beat that can never do as well is reported; a choice that is merely lower on
// the ladder, and so meant to do worse, is not.
import { describe, expect, it } from 'vitest';
import { dominatedChoices, formatDominated } from '../../src/engine/analysis/index.ts';
import { miniScenario } from '../support/generateScenario.ts';

describe('dominated choices', () => {
  it('finds a good choice that always fails where a routine one never does', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['bold', 'good', 'lost'],
          ['safe', 'routine', 'home'],
        ],
      },
      lost: { ending: 'failed' },
      home: { ending: 'delivered' },
    });

    const result = dominatedChoices(s);

    expect(result).toEqual({
      kind: 'computed',
      dominated: [
        {
          beat: 'start',
          choice: { choice: 'bold', level: 'good', best: -Infinity, worst: -Infinity },
          dominatedBy: { choice: 'safe', level: 'routine', best: 2, worst: 2 },
        },
      ],
    });
    expect(result.kind === 'computed' && formatDominated(result.dominated[0]!)).toBe(
      'beat "start": "bold" (good) always ends in failure, but "safe" (routine) earns at least 2',
    );
  });

  it('finds a heroic choice whose story afterwards can only go worse than a routine one’s', () => {
    const s = miniScenario({
      start: {
        choices: [
          ['dazzle', 'heroic', 'spoilt'],
          ['plain', 'routine', 'rescued'],
        ],
      },
      // After the heroic choice only harmful ones are offered; after the routine one, only heroic ones.
      spoilt: {
        choices: [
          ['sulk', 'harmful', 'done'],
          ['snap', 'harmful', 'done'],
        ],
      },
      rescued: { choices: [['save', 'heroic', 'done']] },
      done: { ending: 'delivered' },
    });

    const result = dominatedChoices(s);

    // dazzle: 3 + 0 at best; plain: 1 + 3 at worst.
    expect(
      result.kind === 'computed' &&
        result.dominated.map((d) => [
          d.beat,
          d.choice.choice,
          d.dominatedBy.choice,
          d.choice.best,
          d.dominatedBy.worst,
        ]),
    ).toEqual([['start', 'dazzle', 'plain', 3, 4]]);
  });

  it('does not report a harmful choice for doing worse than a heroic one', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['insult', 'harmful', 'done'],
          ['rescue', 'heroic', 'done'],
        ],
      },
      done: { ending: 'delivered' },
    });

    expect(dominatedChoices(s)).toEqual({ kind: 'computed', dominated: [] });
  });

  it('reports one of two same-level choices when it can never catch up with the other', () => {
    const s = miniScenario({
      start: {
        choices: [
          ['ask', 'good', 'short'],
          ['check', 'good', 'long'],
        ],
      },
      short: { ending: 'delivered' },
      long: { choices: [['extra', 'routine', 'done']] },
      done: { ending: 'delivered' },
    });

    const result = dominatedChoices(s);

    expect(
      result.kind === 'computed' && result.dominated.map((d) => `${d.choice.choice}<${d.dominatedBy.choice}`),
    ).toEqual(['ask<check']);
  });

  it('names the timeout when waiting would always beat a choice', () => {
    const s = miniScenario({
      start: { choices: [['walk-off', 'harmful', 'lost']], patience: { level: 'harmful', next: 'home' } },
      lost: { ending: 'failed' },
      home: { ending: 'delivered' },
    });

    const result = dominatedChoices(s);

    expect(result.kind === 'computed' && result.dominated.map((d) => [d.choice.choice, d.dominatedBy.choice])).toEqual([
      ['walk-off', null],
    ]);
    expect(result.kind === 'computed' && formatDominated(result.dominated[0]!)).toContain(
      'but the timeout (harmful) earns at least 0',
    );
  });

  it('folds a choice’s branches: best over the best branch, worst over the worst', () => {
    const s = miniScenario({
      start: {
        choices: [
          ['gamble', 'good', [{ when: { flag: 'lucky' }, go: 'home' }, { go: 'lost' }]],
          ['steady', 'routine', 'home'],
        ],
      },
      lost: { ending: 'failed' },
      home: { ending: 'delivered' },
    });

    // gamble can reach home (2 points), which is not below steady's 1: no report.
    expect(dominatedChoices(s)).toEqual({ kind: 'computed', dominated: [] });
  });

  it('is not computed for a story that loops', () => {
    const s = miniScenario({
      a: {
        choices: [
          ['on', 'good', 'b'],
          ['out', 'good', 'end'],
        ],
      },
      b: { next: 'a' },
      end: { ending: 'delivered' },
    });

    expect(dominatedChoices(s)).toEqual({ kind: 'not-computed', reason: 'the story loops (a → b)' });
  });
});
