// A line's recording names a file beside the story. The engine reads no files, so whoever loads the story from
// disk (check:scenarios, the build) says what is wrong with each named file, and this places every answer on
// the line that names it, all in one run.
import type { Diagnostic } from './diagnostics.ts';
import type { Scenario } from './schema.ts';
import type { YamlSource } from './yamlSourceTypes.ts';

/** What is wrong with a recording the story names (a path from the story file's folder), or null when nothing is. */
export type AudioProblem = (path: string) => string | null;

export function checkAudio(scenario: Scenario, source: YamlSource, problem: AudioProblem): Diagnostic[] {
  return Object.entries(scenario.beats).flatMap(([beatId, beat]) =>
    beat.lines.flatMap((line, index) => {
      const why = line.audio === undefined ? null : problem(line.audio);
      return why === null ? [] : [source.diagnostic(['beats', beatId, 'lines', index, 'audio'], why)];
    }),
  );
}
