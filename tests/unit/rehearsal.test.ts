// A studio's try: a story begun at a late beat, in the situation its author picked (variations' outcomes, flags),
// plays as that situation says; and the studio's list of every play grades each as the game grades it when played.
import { describe, expect, it } from 'vitest';
import {
  bestPlayOf,
  createStoryPlayer,
  flagsSet,
  rehearsedScenario,
  replaySteps,
  rollVariations,
  searchBestSteps,
  type Scenario,
} from '../../src/engine/index.ts';
import { analyseScenario, notCheckedReason } from '../../src/engine/analysis/index.ts';
import { GRADES } from '../../src/engine/grading.ts';
import { playList } from '../../src/play/studio/playList.ts';
import { storyMap } from '../../src/play/studio/storyMap.ts';
import { loadProjectScenario, realCatalogue } from './support.ts';

function shipped(file: string): Scenario {
  const loaded = loadProjectScenario(`scenarios/${file}`);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

const airport = () => shipped('airport-hungry-traveller.yaml');
const CALLED_OFF_EARLY = /ribeye goes back in the fridge/;

describe('a try in a picked situation', () => {
  it('pins each picked outcome for every seed and leaves the others to the seed', () => {
    const story = airport();
    const tried = rehearsedScenario(story, { from: 'tell-marcus', outcomes: { flight: 'delayed' } });
    expect(tried.start).toBe('tell-marcus');
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f'])
      expect(rollVariations(tried.variations, seed).flight).toBe('delayed');
    // Six seeds roll more than one outcome on the story as written, so the pinning is what made them agree.
    expect(
      new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((s) => rollVariations(story.variations, s).flight)).size,
    ).toBeGreaterThan(1);
    // An outcome the story does not have leaves its variation as written.
    expect(rehearsedScenario(story, { from: story.start, outcomes: { flight: 'cancelled' } }).variations).toEqual(
      story.variations,
    );
  });

  it('lists every flag the story can set, once each', () => {
    const flags = flagsSet(airport());
    expect(flags).toEqual([...new Set(flags)]);
    expect(flags).toEqual(expect.arrayContaining(['wrong-time', 'binned', 'waited-for-yes', 'called-off']));
    expect(flags).not.toContain('flight');
  });

  it('starts with the picked flags set, so a late beat says what it says after the choices that set them', () => {
    const story = rehearsedScenario(airport(), { from: 'tell-marcus', outcomes: { flight: 'early' } });
    const said = (flags: string[]) =>
      createStoryPlayer(story, realCatalogue(), { seed: 's', timers: false, flags })
        .view()
        .lines.map((l) => l.text)
        .join('\n');
    expect(said(['called-off'])).toMatch(CALLED_OFF_EARLY);
    expect(said([])).not.toMatch(CALLED_OFF_EARLY);
  });

  it("finds the debrief's best path from the same situation, and replays it with the same flags", () => {
    const story = rehearsedScenario(airport(), { from: 'tell-marcus', outcomes: { flight: 'early' } });
    const variation = rollVariations(story.variations, 'seed');
    const found = searchBestSteps(story, variation, { situations: 50_000 }, ['called-off']);
    const best = bestPlayOf(story, realCatalogue(), 'seed', found, ['called-off']);
    expect(best.kind).toBe('found');
    if (best.kind !== 'found') return;
    expect(best.play.report.decisions[0]?.beat).toBe('tell-marcus');
    const replayed = replaySteps(story, realCatalogue(), 'seed', best.play.steps, {
      timers: false,
      flags: ['called-off'],
    });
    expect(replayed.player.isOver()).toBe(true);
    expect(replayed.player.report().grade).toBe(best.play.report.grade);
  });
});

describe("the studio's list of every play", () => {
  for (const file of ['pub-caesar-dressing.yaml', 'airport-hungry-traveller.yaml']) {
    it(`grades each play of ${file} as the game does when it is played`, () => {
      const story = shipped(file);
      const analysis = analyseScenario(story);
      const list = playList(analysis.plays, notCheckedReason(analysis.plays));
      expect(list.kind).toBe('listed');
      if (list.kind !== 'listed') return;
      expect(list.plays.length).toBe(list.total);
      const arrows = new Set(storyMap(story).edges.map((e) => `${e.from} > ${e.to}`));
      expect(GRADES.reduce((n, g) => n + list.byGrade[g], 0)).toBe(list.total);
      const ranks = list.plays.map((p) => GRADES.indexOf(p.grade));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(list.plays.map((p) => p.grade)).size).toBeGreaterThan(1);
      // Each play opened as the studio opens it: from the start, its outcomes pinned, its steps replayed.
      for (const play of list.plays) {
        const tried = rehearsedScenario(story, { from: story.start, outcomes: play.outcomes });
        const { player, applied } = replaySteps(tried, realCatalogue(), 'any', play.steps, { timers: false });
        expect(applied).toBe(play.steps.length);
        expect(player.context().beat).toBe(play.end);
        // Its way through the map, as Show on the map marks it: from the start to its ending, each step an arrow.
        expect(play.path[0]).toBe(story.start);
        expect(play.path.at(-1)).toBe(play.end);
        expect(play.path.slice(1).filter((to, i) => !arrows.has(`${play.path[i]} > ${to}`))).toEqual([]);
        const report = player.report();
        expect([report.grade, report.percent]).toEqual([play.grade, play.percent]);
      }
    });
  }
});
