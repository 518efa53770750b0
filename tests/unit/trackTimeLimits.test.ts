// A track result says when it was reached with eased time limits (the player's setting), and a save keeps it.
import { describe, expect, it } from 'vitest';
import { Attempt, InProgress } from '../../src/play/progress/progressSchema.ts';
import { Track, trackStanding } from '../../src/engine/track.ts';

const track = Track.parse({
  format: 1,
  id: 't',
  title: 'T',
  summary: 'S',
  pass: 'C',
  stories: [{ scenario: 'one' }, { scenario: 'two' }],
});

describe('time limits in a track', () => {
  it("the best grade carries the time limits it was reached under, preferring one under the story's own limits", () => {
    const standing = trackStanding(track, [
      { scenarioId: 'one', grade: 'B', timeLimits: 'off' },
      { scenarioId: 'one', grade: 'B' },
      { scenarioId: 'two', grade: 'C' },
      { scenarioId: 'two', grade: 'A', timeLimits: 'double' },
    ]);
    expect(standing.map((s) => [s.best, s.bestTimeLimits])).toEqual([
      ['B', undefined],
      ['A', 'double'],
    ]);
  });

  it('the grade is worked out the same way: an untimed play passes or fails by its grade alone', () => {
    const standing = trackStanding(track, [{ scenarioId: 'one', grade: 'D', timeLimits: 'off' }]);
    expect(standing[0]).toMatchObject({ best: 'D', passed: false, bestTimeLimits: 'off' });
  });

  it('a saved play and an attempt keep eased time limits, and nothing else', () => {
    const attempt = {
      scenarioId: 'one',
      title: 'One',
      seed: 's',
      steps: [],
      grade: 'A',
      percent: 90,
      endedAt: '2026-12-05T10:00:00.000Z',
      evidence: [],
    };
    expect(Attempt.safeParse({ ...attempt, timeLimits: 'off' }).success).toBe(true);
    expect(Attempt.safeParse(attempt).success).toBe(true);
    expect(Attempt.safeParse({ ...attempt, timeLimits: 'normal' }).success).toBe(false);
    expect(
      InProgress.safeParse({
        scenarioId: 'one',
        seed: 's',
        steps: [],
        savedAt: '2026-12-05T10:00:00.000Z',
        timeLimits: 'double',
      }).success,
    ).toBe(true);
  });
});
