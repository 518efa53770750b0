// A story file opened from disk stands in, for the session, for a shipped story with the same id: an author
// can try a changed version of it. An assessed play (a track's story) never runs such a file: it runs the
// story that was shipped (or installed by an administrator), so a file cannot be graded into a track or its
// certificate, whatever id it claims.
import type { Scenario } from '../engine/runtime.ts';
import type { Library, LibraryEntry } from '../engine/authoring.ts';
import { scenarioById } from '../engine/libraryLookup.ts';

const openedFromFile = new WeakSet<Scenario>();
/** The shipped entries that an opened file stands in for this session, by story id. */
const standIns = new Map<string, LibraryEntry>();

/** Records a file's story and the library entries it replaces in the list. */
export function noteOpenedFile(entry: LibraryEntry, replaced: readonly LibraryEntry[]): void {
  if (!entry.scenario) return;
  openedFromFile.add(entry.scenario);
  for (const old of replaced)
    if (old.scenario && !openedFromFile.has(old.scenario) && !standIns.has(old.scenario.id))
      standIns.set(old.scenario.id, old);
}

/** The story to play under this id: for an assessed play, only a shipped one. */
export function storyFor(library: Pick<Library, 'entries'>, id: string, assessed: boolean): Scenario | null {
  const found = scenarioById(library, id);
  if (!assessed || !found || !openedFromFile.has(found)) return found;
  return standIns.get(id)?.scenario ?? null;
}
