// A shipped story's recordings reach the page as files of the build (hashed, cached offline), not as the paths
// the story names: each data module imports the recordings its stories name with Vite's `?url`, and puts each
// URL in place of the path on its line. A story opened from a file in the browser keeps its paths; those
// lines are read by the browser's voice instead (src/ui/readAloud.ts).
import { dirname, resolve } from 'node:path';
import type { LineView, Scenario } from '../../src/engine/index.ts';
import { projectRoot } from '../projectFiles.ts';

/** A line that names a recording: where it is in the module's data (a JavaScript access path), and the file. */
export interface AudioSpot {
  line: string;
  file: string;
}

/** `["name"]`: a step of a JavaScript access path, for any key. */
export const accessKey = (name: string | number) => `[${JSON.stringify(name)}]`;
/** The recording named from a story file's folder (`storyFile` as the library gives it, from the project's root). */
const recording = (storyFile: string, path: string) => resolve(dirname(resolve(projectRoot, storyFile)), path);

/** Every line of a story that names a recording; `at` is the story's place in the data. */
export function scenarioAudio(at: string, scenario: Scenario, storyFile: string): AudioSpot[] {
  return Object.entries(scenario.beats).flatMap(([beatId, beat]) =>
    beat.lines.flatMap((line, index) =>
      line.audio
        ? [{ line: `${at}.beats${accessKey(beatId)}.lines${accessKey(index)}`, file: recording(storyFile, line.audio) }]
        : [],
    ),
  );
}

/** Every line of a beat as shown (a story's opening) that names a recording. */
export function viewAudio(at: string, lines: readonly LineView[], storyFile: string): AudioSpot[] {
  return lines.flatMap((line, index) =>
    line.audio ? [{ line: `${at}.lines${accessKey(index)}`, file: recording(storyFile, line.audio) }] : [],
  );
}

/**
 * A module holding `data` (JSON.parse of a string starts faster than a large object literal) with each spot's
 * recording as a URL of the build; `exported` says how the data is exported (`export default data`).
 */
export function dataWithAudio(data: unknown, spots: readonly AudioSpot[], exported: string): string {
  const files = [...new Set(spots.map((spot) => spot.file))];
  return [
    ...files.map((file, i) => `import audio${i} from ${JSON.stringify(`${file}?url`)};`),
    `const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
    ...spots.map((spot) => `data${spot.line}.audio = audio${files.indexOf(spot.file)};`),
    exported,
  ].join('\n');
}
