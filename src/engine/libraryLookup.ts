// Finding a shipped story or track by its id, one way everywhere: a missing or broken one is null, so
// every caller decides, in its own words, what the player or author is told.
import type { LibraryEntry, TrackEntry } from './scenarioLibrary.ts';
import type { Scenario } from './schema.ts';
import type { Track } from './track.ts';

/** The playable story with this id; null when no file in the library loads as it. */
export function scenarioById(library: { readonly entries: readonly LibraryEntry[] }, id: string): Scenario | null {
  return library.entries.find((e) => e.scenario?.id === id)?.scenario ?? null;
}

/** The track with this id; null when no track file in the library loads as it. */
export function trackById(library: { readonly tracks: readonly TrackEntry[] }, id: string): Track | null {
  return library.tracks.find((t) => t.track?.id === id)?.track ?? null;
}
