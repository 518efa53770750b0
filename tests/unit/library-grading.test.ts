// The shipped library against the grading model, play by play: every rule R1–R7 holds on every play of
// every story, each story can give every grade from F to A, its routine play is a C, a trainee who
// presses the same number at every choice averages no better than a C, an A is never earned while
// mostly missing a principle, trying and then hesitating never fails, and every better option the debrief
// names was on screen at the time.
import { describe, expect, it } from 'vitest';
import { analyseScenario, formatViolation, type AnalysedPlay } from '../../src/engine/analysis/index.ts';
import { createStoryPlayer, masteryByPrinciple, principleEvidence, type Grade } from '../../src/engine/index.ts';
import { readLibrary } from '../../tools/projectFiles.ts';
import { realCatalogue } from './support.ts';

const library = readLibrary();
const stories = library.entries.flatMap((e) => (e.scenario ? [[e.file, e.scenario] as const] : []));
const POINTS: Record<Grade, number> = { A: 4, B: 3, C: 2, D: 1, F: 0 };
const analysed = new Map(stories.map(([file, scenario]) => [file, analyseScenario(scenario)]));
const playsOf = (file: string): AnalysedPlay[] => {
  const plays = analysed.get(file)?.plays;
  if (plays?.kind !== 'complete') throw new Error(`${file}: its plays could not be counted (${plays?.kind})`);
  return plays.plays;
};

describe('the shipped library under the grading model', () => {
  it('has ten stories, every one of them loading in format 2 with no warning', () => {
    expect(stories).toHaveLength(10);
    expect(library.entries.flatMap((e) => [...e.errors, ...e.warnings])).toEqual([]);
  });

  it.each(stories)('%s: R1–R7 hold on every play', (file) => {
    expect(analysed.get(file)?.violations?.map(formatViolation)).toEqual([]);
  });

  it.each(stories)('%s: gives every grade from F to A, and C for its routine play', (file) => {
    const grades = new Set(playsOf(file).map((p) => p.graded.grade));
    expect([...grades].sort()).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(analysed.get(file)?.routine?.grade).toBe('C');
  });

  it.each(stories)(
    '%s: pressing the same number at every choice averages no better than a C over 100 seeded plays',
    (_file, scenario) => {
      const catalogue = realCatalogue();
      for (let key = 1; key <= 6; key++) {
        let total = 0;
        for (let i = 0; i < 100; i++) {
          const player = createStoryPlayer(scenario, catalogue, { seed: `press-${key}-${i}`, timers: false });
          for (let step = 0; step < 200 && !player.isOver(); step++) {
            const { kind, choices } = player.view();
            if (kind === 'continue') player.continueStory();
            else player.choose(choices[Math.min(key, choices.length) - 1]!.id);
          }
          total += POINTS[player.report().grade];
          player.stop();
        }
        expect(total / 100, `always pressing ${key}`).toBeLessThanOrEqual(POINTS.C);
      }
    },
  );

  it.each(stories)('%s: no A is earned while mostly missing a principle', (file, scenario) => {
    for (const play of playsOf(file).filter((p) => p.graded.grade === 'A')) {
      const weak = masteryByPrinciple(principleEvidence(scenario, play)).filter((m) => m.share < 0.5);
      expect(
        weak.map((m) => `${m.principle} ${m.upheld}/${m.atStake}`),
        play.decisions.map((d) => d.choice ?? 'timeout').join(' > '),
      ).toEqual([]);
    }
  });

  it.each(stories)(
    '%s: a play that tried (good or heroic) and then hesitated, with no other harm, never fails',
    (file) => {
      for (const play of playsOf(file)) {
        const d = play.decisions;
        const hesitation = d.findIndex(
          (x, i) => x.choice === null && d.slice(0, i).some((y) => y.level === 'good' || y.level === 'heroic'),
        );
        if (hesitation < 0 || d.some((x, i) => i !== hesitation && x.level === 'harmful')) continue;
        expect(play.graded.grade, d.map((x) => x.choice ?? `timeout at ${x.beat}`).join(' > ')).not.toBe('F');
      }
    },
  );

  it.each(stories)('%s: every better option a debrief names was on offer at that moment', (file, scenario) => {
    const catalogue = realCatalogue();
    for (const play of playsOf(file).slice(0, 300)) {
      const player = createStoryPlayer(scenario, catalogue, {
        seed: 'better',
        timers: false,
        variation: play.variation,
      });
      for (const step of play.steps) {
        if (step.kind === 'choose') player.choose(step.id);
        else if (step.kind === 'continue') player.continueStory();
        else player.timeOut();
      }
      const report = player.report();
      player.stop();
      report.decisions.forEach((d, i) => {
        if (d.better) expect(play.decisions[i]!.offered).toContain(d.better.id);
      });
    }
  });
});
