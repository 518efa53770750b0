// Each shipped story's ways through, counted twice: by XState's own graph tools (xstate/graph), which step
// the story's machine with every event a beat could take and let the machine's guards refuse the rest, and
// by the engine's walk (walkPlays.ts), which offers only what its rules say is on offer. The two must agree.
import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { variationCombinations } from '../../src/engine/analysis/plays.ts';
import { compileScenario, type StoryContext, type StoryEvent } from '../../src/engine/index.ts';
import { walkPlays } from '../../src/engine/walkPlays.ts';
import { readLibrary } from '../../tools/projectFiles.ts';

const stories = readLibrary().entries.flatMap((e) => (e.scenario ? [e.scenario] : []));

describe.each(stories.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it("has as many ways to an ending in XState's graph as the engine walks", () => {
    const machine = compileScenario(scenario);
    const variations = variationCombinations(scenario);
    /** Every event any beat could take; a guard that refuses one leaves the state as it was, which is no step. */
    const events = (snapshot: { context: { beat: string } }): StoryEvent[] => {
      const beat = scenario.beats[snapshot.context.beat]!;
      return [
        ...(beat.choices ?? []).map((c): StoryEvent => ({ type: 'player.choose', choice: c.id })),
        { type: 'player.continue' },
        { type: 'player.timeout' },
      ];
    };
    // A state is what decides the rest of the play (the conditions read mood, loyalty, flags and the choices
    // taken), so two plays that meet there share it; the paths to the endings are still each counted.
    const serializeState = (snapshot: { status: string; value: unknown; context: StoryContext }): string => {
      const { beat, mood, loyalty, flags, decisions } = snapshot.context;
      const chosen = decisions.flatMap((d) => (d.choice === null ? [] : [d.choice])).sort();
      return JSON.stringify([snapshot.status, snapshot.value, beat, mood, loyalty, [...flags].sort(), chosen]);
    };
    let modelled = 0;
    for (const variation of variations) {
      const paths = getSimplePaths(machine, {
        input: { seed: 'model', timers: false, variation },
        events,
        serializeState,
        toState: (s) => s.status === 'done',
      });
      // Every path starts with xstate.init and ends at an ending beat.
      for (const path of paths) expect(scenario.beats[path.state.context.beat]?.ending).toBeDefined();
      modelled += paths.length;
    }
    const walked = walkPlays(scenario, { seed: 'model', variations, timeouts: true, limit: 100_000 });

    expect(walked.stopped).toBeNull();
    expect(modelled).toBeGreaterThan(0);
    expect(modelled).toBe(walked.plays.length);
  }, 120_000);
});
