// Loads a whole folder's worth of scenario texts against the catalogue, keeping
// broken files in the list (with their errors) so a front end can show them.
import type { ArtManifest, Catalogue } from './catalogue.ts';
import type { AudioProblem } from './checkAudio.ts';
import { loadCatalogue } from './loadCatalogue.ts';
import type { Diagnostic } from './diagnostics.ts';
import { loadScenario } from './loadScenario.ts';
import type { Scenario } from './schema.ts';
import { loadTrack } from './loadTrack.ts';
import type { Track } from './track.ts';

export interface LibraryEntry {
  file: string;
  /** Title from the file when it could be read at all, else the file name, so a broken story is still listed. */
  title: string;
  scenario: Scenario | null;
  errors: Diagnostic[];
  /** Problems that leave the story playable, such as a format 1 file's migration notes. */
  warnings: Diagnostic[];
}

export interface TrackEntry {
  file: string;
  track: Track | null;
  errors: Diagnostic[];
}

export interface Library {
  catalogue: Catalogue | null;
  catalogueErrors: Diagnostic[];
  entries: LibraryEntry[];
  tracks: TrackEntry[];
}

export function loadLibrary(
  catalogueFile: { file: string; text: string },
  scenarioFiles: readonly { file: string; text: string }[],
  art?: ArtManifest,
  trackFiles: readonly { file: string; text: string }[] = [],
  /** What is wrong with a recording a story file names, when the files are on disk to be looked at. */
  audio?: (storyFile: string) => AudioProblem,
): Library {
  const loaded = loadCatalogue(catalogueFile.file, catalogueFile.text);
  if (!loaded.ok) return { catalogue: null, catalogueErrors: loaded.errors, entries: [], tracks: [] };
  const catalogue = loaded.catalogue;
  const entries = [...scenarioFiles]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ file, text }): LibraryEntry => {
      const result = loadScenario(file, text, {
        catalogue,
        ...(art ? { art } : {}),
        ...(audio ? { audio: audio(file) } : {}),
      });
      if (result.ok)
        return { file, title: result.scenario.title, scenario: result.scenario, errors: [], warnings: result.warnings };
      return { file, title: titleLine(text) ?? baseName(file), scenario: null, errors: result.errors, warnings: [] };
    });
  const playable = entries.flatMap((e) => (e.scenario ? [e.scenario.id] : []));
  const tracks = [...trackFiles]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ file, text }): TrackEntry => {
      const result = loadTrack(file, text, playable);
      return result.ok ? { file, track: result.track, errors: [] } : { file, track: null, errors: result.errors };
    });
  return { catalogue, catalogueErrors: [], entries, tracks };
}

/** The `title:` line of a file that did not load, unquoted; one pass, as a broken file may be huge. */
function titleLine(text: string): string | undefined {
  const title = /^title:(.*)$/m.exec(text)?.[1]?.trim().replace(/^["']/, '').replace(/["']$/, '').trim();
  return title || undefined;
}

function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}
