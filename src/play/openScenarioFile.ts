// A scenario file a facilitator or author opens from disk: checked with exactly
// the command line's rules and messages, and played at once if it is sound.
// Its text is only ever parsed as YAML and shown as text, never run.
import { loadScenario, type Library, type LibraryEntry } from '../engine/authoring.ts';
import { MAX_STORY_CHARACTERS } from '../engine/limits.ts';
import { notTextFile, SNIFF_CHARACTERS } from '../engine/notText.ts';
import type { ArtManifest } from '../engine/runtime.ts';
import { noteOpenedFile } from './assessedStories.ts';

export async function openScenarioFile(file: File, library: Library, art: ArtManifest): Promise<LibraryEntry> {
  const name = file.name || 'scenario.yaml';
  const refused = (message: string, kind?: 'not-text'): LibraryEntry => ({
    file: name,
    title: name,
    scenario: null,
    errors: [{ file: name, line: 1, col: 1, field: '', message, ...(kind ? { kind } : {}) }],
    warnings: [],
  });
  // A picture opened by mistake says so, however big it is, before its size or its bytes are read as YAML.
  const notText = notTextFile(name, await file.slice(0, SNIFF_CHARACTERS).text());
  if (notText) return remember(refused(notText, 'not-text'), library);
  // Bytes against characters: a file within the limit in bytes is within it in characters too.
  if (file.size > MAX_STORY_CHARACTERS)
    return remember(
      refused(`the file is ${Math.round(file.size / 1024)} kB; a scenario file may be at most 10,000 kB`),
      library,
    );
  if (!library.catalogue)
    return { file: name, title: name, scenario: null, errors: library.catalogueErrors, warnings: [] };
  const text = await file.text();
  const result = loadScenario(name, text, { catalogue: library.catalogue, art });
  const entry: LibraryEntry = result.ok
    ? { file: name, title: result.scenario.title, scenario: result.scenario, errors: [], warnings: result.warnings }
    : { file: name, title: name, scenario: null, errors: result.errors, warnings: [] };
  return remember(entry, library);
}

/** Puts the opened file at the top of the library, where the errors screen (and a replay) finds it by name. */
export function remember(entry: LibraryEntry, library: Library): LibraryEntry {
  const name = entry.file;
  // For this session the opened file stands in for any story with the same file name or id, except in a
  // track: assessed plays run only shipped stories (assessedStories.ts).
  const replaced = (e: LibraryEntry) => e.file === name || (!!entry.scenario && e.scenario?.id === entry.scenario.id);
  noteOpenedFile(entry, library.entries.filter(replaced));
  library.entries = [entry, ...library.entries.filter((e) => !replaced(e))];
  return entry;
}
