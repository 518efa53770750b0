// Finding a shipped story or track by its id, one way everywhere: a missing or broken one is null, so
// every caller decides, in its own words, what the player or author is told. The library is described by
// its shape, not by scenarioLibrary.ts's types, so the runtime side can look things up without the loaders.
import type { ArtManifest, Catalogue, Principle } from './catalogue.ts';
import type { Scenario } from './schema.ts';
import type { Track } from './track.ts';

/** The playable story with this id; null when no file in the library loads as it. */
export function scenarioById(
  library: { readonly entries: readonly { readonly scenario: Scenario | null }[] },
  id: string,
): Scenario | null {
  return library.entries.find((e) => e.scenario?.id === id)?.scenario ?? null;
}

/** The track with this id; null when no track file in the library loads as it. */
export function trackById(
  library: { readonly tracks: readonly { readonly track: Track | null }[] },
  id: string,
): Track | null {
  return library.tracks.find((t) => t.track?.id === id)?.track ?? null;
}

/** The look a cast's `look:` name means: itself, or the look an old name now stands for; null when there is none. */
export function lookNamed(art: ArtManifest, name: string): string | null {
  if (art.looks.includes(name)) return name;
  return Object.hasOwn(art.aliases, name) ? (art.aliases[name] ?? null) : null;
}

export function principleById(catalogue: Catalogue): ReadonlyMap<string, Principle> {
  return new Map(catalogue.principles.map((p) => [p.id, p]));
}
