// Runs every library scenario's real machine along every path (for seeds that
// cover every variation outcome) and through every patience timeout, so a new
// story file is exercised without new test code.
import { SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createStoryPlayer, rollVariations, type Catalogue, type Scenario } from '../../src/engine/index.ts';
import { analysePlays } from '../../src/engine/analysis/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { allPlays, replay, type Play } from '../support/plays.ts';

const library = readLibrary();
const catalogue = library.catalogue as Catalogue;
const PLAY_LIMIT = 4000;

/** A few seeds that between them roll every outcome of every variation. */
function coveringSeeds(scenario: Scenario): string[] {
  const wanted = new Set(
    Object.entries(scenario.variations ?? {}).flatMap(([roll, options]) => options.map((o) => `${roll}=${o.id}`)),
  );
  const seeds: string[] = [];
  for (let n = 0; n < 500 && (wanted.size > 0 || seeds.length === 0); n++) {
    const seed = `cover-${n}`;
    const rolled = Object.entries(rollVariations(scenario.variations, seed)).map(([roll, id]) => `${roll}=${id}`);
    if (seeds.length === 0 || rolled.some((r) => wanted.has(r))) {
      seeds.push(seed);
      rolled.forEach((r) => wanted.delete(r));
    }
  }
  expect([...wanted], 'some variation outcome is never rolled').toEqual([]);
  return seeds;
}

describe.each(library.entries.filter((e) => e.scenario).map((e) => [e.scenario!.id, e.scenario!] as const))(
  '%s',
  (_id, scenario) => {
    const seeds = coveringSeeds(scenario);
    const plays: Play[] = seeds.flatMap((seed) => allPlays(scenario, catalogue, seed, PLAY_LIMIT));

    it('ends every path, with mood, percent and grade in range', () => {
      expect(plays.length).toBeGreaterThan(0);
      for (const play of plays) {
        expect(play.steps.length).toBeLessThan(60);
        expect(play.report.percent).toBeGreaterThanOrEqual(0);
        expect(play.report.percent).toBeLessThanOrEqual(100);
        expect(['A', 'B', 'C', 'D', 'F']).toContain(play.report.grade);
        for (const point of play.report.moodTrail) expect(point.mood).toBeGreaterThanOrEqual(0);
        for (const point of play.report.moodTrail) expect(point.mood).toBeLessThanOrEqual(100);
        expect(play.report.grade === 'F').toBe(play.report.core === 'failed');
      }
    });

    it('takes every choice on some path, timeouts included (none is unreachable behind its conditions)', () => {
      // Every play the story allows, letting patience run out wherever it can: some choices only follow a hesitation.
      const every = analysePlays(scenario);
      if (every.kind !== 'complete') throw new Error(`the plays could not be counted: ${every.kind}`);
      const taken = new Set(every.plays.flatMap((p) => p.steps.flatMap((s) => (s.kind === 'choose' ? [s.id] : []))));
      const all = Object.values(scenario.beats).flatMap((b) => (b.choices ?? []).map((c) => c.id));
      expect(all.filter((id) => !taken.has(id))).toEqual([]);
    });

    const patienceBeats = Object.entries(scenario.beats).filter(([, beat]) => beat.patience);
    // A story without a timed beat has nothing to check here: the test is skipped, not passed.
    it.skipIf(patienceBeats.length === 0)('every patience timeout moves the story on to an ending', () => {
      let checked = 0;
      for (const [beatId, beat] of patienceBeats) {
        if (!beat.patience) continue;
        const play = plays.find((p) => p.report.decisions.some((d) => d.beat === beatId));
        if (!play) throw new Error(`no path reaches the patience beat ${beatId}`);
        const prefix = play.steps.slice(
          0,
          play.report.decisions.findIndex((d) => d.beat === beatId) + countContinues(play, beatId),
        );
        const clock = new SimulatedClock();
        const player = createStoryPlayer(scenario, catalogue, { seed: play.seed }, { clock });
        for (const step of prefix)
          expect(step.kind === 'choose' ? player.choose(step.id) : player.continueStory()).toBe(true);
        expect(player.view().beat).toBe(beatId);
        player.choicesShown();
        clock.increment(beat.patience.seconds * 1000);
        const last = player.context().decisions.at(-1);
        expect(last).toMatchObject({ beat: beatId, choice: null });
        for (let i = 0; i < 60 && !player.isOver(); i++) {
          const first = player.view().choices[0];
          if (first) player.choose(first.id);
          else player.continueStory();
          player.choicesShown();
        }
        expect(player.isOver()).toBe(true);
        checked++;
      }
      expect(checked).toBe(patienceBeats.length);
    });

    it('replays deterministically: the same seed and steps give the same report', () => {
      const play = plays[Math.floor(plays.length / 2)]!;
      expect(replay(scenario, catalogue, play.seed, play.steps).report()).toEqual(play.report);
    });
  },
);

/** Steps before the decision at `beatId`: the decisions before it plus the continues among them. */
function countContinues(play: Play, beatId: string): number {
  const index = play.report.decisions.findIndex((d) => d.beat === beatId);
  let decisions = 0;
  let continues = 0;
  for (const step of play.steps) {
    if (decisions === index) break;
    if (step.kind === 'choose') decisions++;
    else continues++;
  }
  return continues;
}
