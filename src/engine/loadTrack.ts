// Reads and checks a track file against the stories that can be played.
import type { Diagnostic } from './diagnostics.ts';
import { loadYamlWithSchema } from './loadYaml.ts';
import { didYouMean } from './suggest.ts';
import { Track } from './track.ts';

export type TrackResult = { ok: true; track: Track } | { ok: false; errors: Diagnostic[] };

export function loadTrack(file: string, text: string, scenarioIds: readonly string[]): TrackResult {
  const loaded = loadYamlWithSchema(file, text, Track);
  if (!loaded.ok) return loaded;
  const { value: track, source } = loaded;
  const errors: Diagnostic[] = [];
  const seen = new Set<string>();
  track.stories.forEach((story, i) => {
    if (!scenarioIds.includes(story.scenario))
      errors.push(
        source.diagnostic(
          ['stories', i, 'scenario'],
          `there is no scenario "${story.scenario}"${didYouMean(story.scenario, scenarioIds)}`,
        ),
      );
    if (seen.has(story.scenario))
      errors.push(source.diagnostic(['stories', i, 'scenario'], `"${story.scenario}" is in the track twice`));
    seen.add(story.scenario);
  });
  return errors.length ? { ok: false, errors } : { ok: true, track };
}
