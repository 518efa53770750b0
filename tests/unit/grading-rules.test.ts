// The grading rules R1–R7: each shown to fail on a small story built to break it (or, for the rules the
// model holds for any story, on a grader built to break them: the format 1 grading rules), and shown to
// hold, for the model's own part, on 300 random stories and on every play of the generated big ones.
import { describe, expect, it } from 'vitest';
import {
  analysePlays,
  checkGradingRules,
  modelGrader,
  type Grader,
  type RuleId,
  type RuleViolation,
} from '../../src/engine/analysis/index.ts';
import { percentFor, type Core, type Grade, type Scenario } from '../../src/engine/index.ts';
import { makeRandom } from '../../src/engine/seededRandom.ts';
import { generateScenarioYaml, miniScenario, randomMiniStory, type MiniBeat } from '../support/generateScenario.ts';
import { loadScenario } from '../../src/engine/index.ts';
import { realArt, realCatalogue } from './support.ts';

function violations(scenario: Scenario, grader: Grader = modelGrader): RuleViolation[] {
  const plays = analysePlays(scenario);
  if (plays.kind !== 'complete') throw new Error(`the plays of ${scenario.id} could not be counted: ${plays.kind}`);
  return checkGradingRules(scenario, plays.plays, grader);
}
const ending = (core: Core = 'delivered', experience?: string): MiniBeat => ({
  ending: core,
  ...(experience ? { experience } : {}),
});

/** A story that meets every rule: a routine path to the core, a careful one, a surprise after the fix, and harm that fails it. */
const sound = () =>
  miniScenario({
    start: {
      breakdown: true,
      choices: [
        ['plain', 'routine', 'served'],
        ['fix', 'good', 'fixed'],
        ['rude', 'harmful', 'lost'],
      ],
    },
    fixed: {
      choices: [
        ['thanks', 'routine', 'served'],
        ['surprise', 'heroic', 'dazzled'],
      ],
    },
    served: ending(),
    dazzled: ending('delivered', 'Something they did not expect.'),
    lost: ending('failed'),
  });

/** The format 1 grading rules, which broke R2, R5 and R7: an A for a heroic breakdown choice at 80%, and one headline per grade. */
const formatOneGrader: Grader = (_ending, decisions) => {
  const percent = percentFor(decisions);
  const harmAtBreakdown = decisions.some((d) => d.level === 'harmful' && d.breakdown);
  const grade: Grade =
    _ending.core === 'failed'
      ? 'F'
      : percent >= 80 &&
          decisions.some((d) => d.level === 'heroic' && d.breakdown) &&
          !decisions.some((d) => d.level === 'harmful')
        ? 'A'
        : harmAtBreakdown
          ? 'D'
          : percent >= 60
            ? 'B'
            : percent >= 33
              ? 'C'
              : 'D';
  const headlines: Record<Grade, string> = {
    A: 'A dazzling recovery: you turned the breakdown into something the customer will talk about.',
    B: 'Good service: you solved the problem with care, though there was a chance to dazzle.',
    C: 'The core service, done right: nothing went wrong, and nothing will be remembered.',
    D: 'The customer was served, but the way it went left damage that the next visit has to repair.',
    F: 'The core service failed: the customer did not get what they came for.',
  };
  return {
    grade,
    credited: decisions.map((d) => d.level),
    experience: _ending.experience ? 'delivered' : 'none',
    headline: headlines[grade],
  };
};

describe('a story that meets every rule', () => {
  it('has no violations', () => {
    expect(violations(sound())).toEqual([]);
  });
});

describe('each rule, broken on purpose', () => {
  it('R1: a story whose routine option at the breakdown fails the core has no routine path to the core', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['plain', 'routine', 'lost'],
          ['fix', 'good', 'fixed'],
        ],
      },
      fixed: { choices: [['surprise', 'heroic', 'dazzled']] },
      dazzled: ending('delivered', 'A surprise.'),
      lost: ending('failed'),
    });

    const found = violations(s).filter((v) => v.rule === 'R1');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ by: 'story', at: ['start'] });
    expect(found[0]!.message).toContain('no path of routine choices reaches an ending whose core is delivered');
  });

  it('R2: an ending that records an experience, reachable without any heroic choice', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['plain', 'routine', 'served'],
          ['fix', 'good', 'dazzled'],
          ['rude', 'harmful', 'lost'],
        ],
      },
      served: ending(),
      dazzled: ending('delivered', 'A surprise nobody made.'),
      lost: ending('failed'),
    });

    expect(violations(s).filter((v) => v.rule === 'R2')).toEqual([
      expect.objectContaining({ by: 'story', at: ['beats', 'dazzled', 'ending', 'experience'], path: 'fix', plays: 1 }),
    ]);
  });

  it('R2: the format 1 grader gives an A where no surprise reached the customer', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['plain', 'routine', 'served'],
          ['hero', 'heroic', 'served'],
          ['rude', 'harmful', 'lost'],
        ],
      },
      served: ending(),
      lost: ending('failed'),
    });

    expect(
      violations(s, formatOneGrader)
        .filter((v) => v.rule === 'R2' && v.by === 'grader')
        .map((v) => v.path),
    ).toEqual(['hero']);
    expect(violations(s).filter((v) => v.by === 'grader')).toEqual([]);
  });

  it('R3: a failed ending reached by a routine path, with nothing harmful on it', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['plain', 'routine', 'next'],
          ['fix', 'good', 'next'],
        ],
      },
      next: {
        choices: [
          ['wave', 'routine', 'served'],
          ['forget-extra', 'routine', 'lost'],
          ['surprise', 'heroic', 'dazzled'],
        ],
      },
      served: ending(),
      dazzled: ending('delivered', 'A surprise.'),
      lost: ending('failed'),
    });

    const r3 = violations(s).filter((v) => v.rule === 'R3');
    expect(r3).toEqual([
      expect.objectContaining({ by: 'story', at: ['beats', 'lost', 'ending'], path: 'plain > forget-extra', plays: 2 }),
    ]);
  });

  it('R4: an honest stop labelled harmful with no harm named (as in a format 1 file) grades below never trying', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['send-code', 'routine', 'code'],
          ['plan-dinner', 'heroic', 'plan'],
          ['rude', 'harmful', 'lost'],
        ],
      },
      plan: {
        breakdown: true,
        choices: [
          ['call-it-off', 'harmful', 'code'],
          ['deliver', 'heroic', 'dazzled'],
        ],
      },
      code: ending(),
      dazzled: ending('delivered', 'Dinner at arrivals.'),
      lost: ending('failed'),
    });
    // A format 1 file names no harm; the stop was honest, so it should never have been harmful.
    delete s.beats['plan']!.choices![0]!.harm;

    const r4 = violations(s).filter((v) => v.rule === 'R4');
    expect(r4).toHaveLength(1);
    // A warning, not an error: only a format 1 file can name no harm, and its migration says so at the choice.
    expect(r4[0]).toMatchObject({
      by: 'story',
      severity: 'warning',
      path: 'plan-dinner > call-it-off',
      at: ['beats', 'code', 'ending'],
    });
    expect(r4[0]!.message).toContain('harmful "call-it-off" names no harm');
  });

  it('R5: a heroic choice that no play can carry through to a recorded experience', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['plain', 'routine', 'served'],
          ['grand-plan', 'heroic', 'next'],
          ['rude', 'harmful', 'lost'],
        ],
      },
      next: {
        choices: [
          ['drop-it', 'routine', 'served'],
          ['surprise', 'heroic', 'dazzled'],
          ['other-plan', 'heroic', 'served'],
        ],
      },
      served: ending(),
      dazzled: ending('delivered', 'A surprise.'),
      lost: ending('failed'),
    });

    expect(
      violations(s)
        .filter((v) => v.rule === 'R5')
        .map((v) => [v.by, v.at.join('/')]),
    ).toEqual([['story', 'beats/next/choices/2']]);
  });

  it('R5: the format 1 grader counts a dropped heroic plan as heroic', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['plain', 'routine', 'next'],
          ['grand-plan', 'heroic', 'next'],
          ['rude', 'harmful', 'lost'],
        ],
      },
      next: {
        choices: [
          ['drop-it', 'routine', 'served'],
          ['surprise', 'heroic', 'dazzled'],
        ],
      },
      served: ending(),
      dazzled: ending('delivered', 'A surprise.'),
      lost: ending('failed'),
    });

    expect(
      violations(s, formatOneGrader)
        .filter((v) => v.rule === 'R5')
        .map((v) => v.path),
    ).toEqual(['grand-plan > drop-it']);
    expect(violations(s)).toEqual([]);
  });

  it('R6: in a story that cannot be solved, a path that misleads the customer ends as if handled honestly', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['tell-truth', 'routine', 'told'],
          ['false-hope', 'harmful', 'told', ['honest-when-stuck'], 'misleads'],
          ['hang-up', 'harmful', 'lost'],
        ],
      },
      told: ending('handled-honestly'),
      lost: ending('failed'),
    });

    const r6 = violations(s).filter((v) => v.rule === 'R6');
    expect(r6).toEqual([
      expect.objectContaining({ by: 'story', at: ['beats', 'start', 'choices', 1], path: 'false-hope' }),
    ]);
    expect(r6[0]!.message).toContain('whose core is handled-honestly');
  });

  it('R7: the format 1 headlines say "the customer was served" where nothing could be solved', () => {
    const s = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['tell-truth', 'routine', 'told'],
          ['shrug', 'harmful', 'told'],
          ['hang-up', 'harmful', 'lost'],
        ],
      },
      told: ending('handled-honestly'),
      lost: ending('failed'),
    });

    const r7 = violations(s, formatOneGrader).filter((v) => v.rule === 'R7');
    expect(r7.map((v) => v.path)).toEqual(['tell-truth', 'shrug']);
    expect(r7[1]!.message).toContain('The customer was served');
    expect(violations(s).filter((v) => v.rule === 'R7')).toEqual([]);
  });
});

describe("the model's own part of every rule", () => {
  it('holds on 300 random small stories, whatever their labels and endings', () => {
    const random = makeRandom('grading-rules');
    const rand = (n: number) => Math.floor(random() * n);
    const seen = new Set<RuleId>();
    for (let round = 0; round < 300; round++) {
      const found = violations(randomMiniStory(rand));
      for (const v of found) seen.add(v.rule);
      expect(
        found.filter((v) => v.by === 'grader'),
        `round ${round}`,
      ).toEqual([]);
    }
    // The random stories do break the rules that are the story's to keep, so the check above is not vacuous.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['R1', 'R2', 'R3', 'R5']));
  });

  it.each([12, 20, 30])(
    'holds on every play of generated %i-beat stories, their conditions and variations applied',
    (beats) => {
      for (const seed of [1, 2, 3]) {
        const loaded = loadScenario('generated.yaml', generateScenarioYaml({ beats, seed }), {
          catalogue: realCatalogue(),
          art: realArt(),
        });
        if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
        expect(
          violations(loaded.scenario).filter((v) => v.by === 'grader'),
          `seed ${seed}`,
        ).toEqual([]);
      }
    },
  );
});
