// A format 1 story, read into format 2's grading model. Format 1 endings said only whether the core was
// delivered, failed or unsolvable; format 2 endings also say whether the customer got an experience beyond
// the core, since only that earns an A. The migration works out what it safely can and tells the author,
// by line, what to add and where it could not grade the story faithfully.
import type { Diagnostic } from './diagnostics.ts';
import { edgesOf } from './scenarioWalk.ts';
import { HARMS, type Scenario } from './schema.ts';
import type { YamlSource } from './yamlSource.ts';

export interface Migrated {
  scenario: Scenario;
  warnings: Diagnostic[];
}

export function migrateFormat1(scenario: Scenario, source: YamlSource): Migrated {
  const ways = waysIn(scenario);
  const warnings: Diagnostic[] = [
    source.diagnostic(
      ['format'],
      'format 1 is read under the format 2 grading model: each ending now says what became of the core (core: delivered, handled-honestly or failed) and, where the customer got a surprise beyond it, what that was (experience:); each harmful choice says what harm it does (harm:). See "Moving a story to format 2" in scenarios/README.md',
    ),
  ];
  const beats: Scenario['beats'] = {};
  for (const [id, beat] of Object.entries(scenario.beats)) {
    const ending = beat.ending;
    if (!ending || ending.core === 'failed' || !ways.heroic.has(id)) {
      beats[id] = beat;
      continue;
    }
    const where = ['beats', id, 'ending'];
    if (ways.plain.has(id)) {
      warnings.push(
        source.diagnostic(
          where,
          'cannot be graded faithfully: some ways into this ending make a heroic choice and some do not, so it is counted as recording no experience and no play ending here earns an A. Say what the customer got with experience:, and send the ways without the surprise to an ending of their own',
        ),
      );
      beats[id] = beat;
    } else {
      warnings.push(
        source.diagnostic(
          where,
          `counted as recording an experience, because every way into it makes a heroic choice; say what the customer got with experience: (until then the debrief shows the ending's title, "${ending.title}")`,
        ),
      );
      beats[id] = { ...beat, ending: { ...ending, experience: ending.title } };
    }
  }
  // Each harmful choice that names no harm, at its own line, so the author can go down the list.
  for (const [id, beat] of Object.entries(scenario.beats))
    (beat.choices ?? []).forEach((choice, i) => {
      if (choice.level === 'harmful' && !choice.harm)
        warnings.push(
          source.diagnostic(
            ['beats', id, 'choices', i, 'level'],
            `harmful choice "${choice.id}" names no harm: add harm: with one of ${HARMS.join(', ')}, so the debrief can say what it did and rule R6 can catch a choice that misleads; if it is an honest stop, it is not harmful`,
          ),
        );
    });
  return { scenario: { ...scenario, beats }, warnings };
}

/** Beats a play can reach without a heroic decision (plain), and after one (heroic); conditions are not evaluated. */
function waysIn(scenario: Scenario): { plain: Set<string>; heroic: Set<string> } {
  const out = new Map<string, { to: string; heroic: boolean }[]>();
  for (const e of edgesOf(scenario)) {
    const judged = e.route.kind === 'choice' ? e.route.choice : e.route.kind === 'patience' ? e.route.patience : null;
    const list = out.get(e.from) ?? [];
    list.push({ to: e.to, heroic: judged?.level === 'heroic' });
    out.set(e.from, list);
  }
  const plain = new Set<string>();
  const heroic = new Set<string>();
  const queue: [string, boolean][] = [[scenario.start, false]];
  while (queue.length) {
    const [beat, crossed] = queue.pop()!;
    const seen = crossed ? heroic : plain;
    if (seen.has(beat)) continue;
    seen.add(beat);
    for (const e of out.get(beat) ?? []) queue.push([e.to, crossed || e.heroic]);
  }
  return { plain, heroic };
}
