// Hand-made small stories for the tests, from a compact description; the large generated ones are
// tools/generateScenario.ts (the bench uses them too), re-exported here for the tests.
import { CORES, Scenario, type Condition, type Core, type Harm, type ServiceLevel } from '../../src/engine/index.ts';
import type { ScenarioInput } from '../../src/engine/schema.ts';

export { generateScenario, generateScenarioYaml, type GenerateOptions } from '../../tools/generateScenario.ts';

/** One choice in a hand-made test story: id, level, where it leads, the principles it cites, and for a harmful one its harm (dismisses if left out). */
export type MiniChoice = [
  id: string,
  level: ServiceLevel,
  next: string | { when?: Condition; go: string }[],
  cites?: string[],
  harm?: Harm,
];

export interface MiniBeat {
  breakdown?: boolean;
  choices?: MiniChoice[];
  patience?: { level?: ServiceLevel; next: string; cites?: string[] };
  next?: string | { when?: Condition; go: string }[];
  ending?: Core;
  /** What the ending records beyond the core. */
  experience?: string;
  title?: string;
}

/**
 * A small story from a compact description, through the schema only (not the reference
 * or graph checks), so tests can also build shapes the checker would refuse, like loops.
 * The first beat listed is the start.
 */
export function miniScenario(beats: Record<string, MiniBeat>, id = 'mini'): Scenario {
  const cited = (ids: string[] | undefined, level: ServiceLevel, harm: Harm = 'dismisses') => {
    const reasons = Object.fromEntries((ids ?? ['core-service-first']).map((p) => [p, 'A test reason.']));
    return level === 'harmful' ? { breaks: reasons, harm } : { upholds: reasons };
  };
  const input: ScenarioInput = {
    format: 2,
    id,
    title: `Test story ${id}`,
    summary: 'Made by hand for a test.',
    sources: ['000_c3e8adf0cbd3a5b1.txt'],
    role: 'tester',
    setting: { place: 'A test bench', backdrop: 'pub' },
    cast: { cust: { name: 'Casey', look: 'woman-auburn-cardigan' } },
    customer: 'cust',
    start: Object.keys(beats)[0] ?? 'start',
    beats: Object.fromEntries(
      Object.entries(beats).map(([beatId, b]) => [
        beatId,
        {
          lines: [`At ${beatId}.`],
          ...(b.breakdown ? { breakdown: `Something breaks at ${beatId}.` } : {}),
          ...(b.choices
            ? {
                choices: b.choices.map(([cid, level, next, cites, harm]) => ({
                  id: cid,
                  text: `Do ${cid}.`,
                  level,
                  ...cited(cites, level, harm),
                  next,
                })),
              }
            : {}),
          ...(b.patience
            ? {
                patience: {
                  seconds: 20,
                  level: b.patience.level ?? 'harmful',
                  ...cited(b.patience.cites, b.patience.level ?? 'harmful', 'neglects'),
                  next: b.patience.next,
                },
              }
            : {}),
          ...(b.next !== undefined ? { next: b.next } : {}),
          ...(b.ending
            ? {
                ending: {
                  title: b.title ?? `Ending ${beatId}`,
                  core: b.ending,
                  ...(b.experience ? { experience: b.experience } : {}),
                },
              }
            : {}),
        },
      ]),
    ),
  };
  return Scenario.parse(input);
}

/**
 * A random small story for property tests: 3 to 8 beats of one to three choices at random levels (some at a
 * breakdown, some with a patience timer, some moving on by a branch on a flag nobody sets), then three endings
 * with random cores, some recording an experience. `rand(n)` gives a whole number below n.
 */
export function randomMiniStory(rand: (n: number) => number): Scenario {
  const levels: ServiceLevel[] = ['harmful', 'routine', 'good', 'heroic'];
  const size = 3 + rand(6);
  const beats: Record<string, MiniBeat> = {};
  for (let i = 0; i < size; i++) {
    const later = (k: number) => `b${Math.min(size + 2, i + 1 + rand(3) + k)}`;
    if (rand(5) === 0) beats[`b${i}`] = { next: [{ when: { flag: 'x' }, go: later(0) }, { go: later(1) }] };
    else {
      const choices = Array.from({ length: 1 + rand(3) }, (_, k): MiniChoice => [
        `c${i}-${k}`,
        levels[rand(4)]!,
        later(k),
      ]);
      beats[`b${i}`] = {
        breakdown: rand(3) === 0,
        choices,
        ...(rand(4) === 0 ? { patience: { level: levels[rand(4)]!, next: later(0) } } : {}),
      };
    }
  }
  for (let i = size; i <= size + 2; i++) {
    const core = CORES[rand(3)]!;
    beats[`b${i}`] = { ending: core, ...(core !== 'failed' && rand(2) === 0 ? { experience: 'A surprise.' } : {}) };
  }
  return miniScenario(beats);
}
