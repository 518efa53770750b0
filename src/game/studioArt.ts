// The game's own art as the story studio offers it: its backdrops (with their night versions), the looks a cast
// member can wear, and the grown-up looks a built character takes its head and clothes from, each named in the
// author's language.
import type { MessageId } from '../i18n/catalog.ts';
import { t } from '../i18n/intl.ts';
import type { studioEditor } from '../ui/studio/studioEditor.ts';
import type { GameServices } from './services.ts';

/** What the editor is given of the game's art (its third argument). */
type Gallery = Parameters<typeof studioEditor>[2];

export function studioGallery(art: GameServices['art']): Gallery {
  return {
    backdrops: Object.keys(art.manifest.backdrops).map((id) => {
      const facts = art.manifest.backdropFacts[id];
      return {
        id,
        title: artWords('backdrop', id),
        url: art.backdrop(id),
        ...(facts?.night ? { night: facts.night } : {}),
      };
    }),
    looks: art.manifest.looks.map((id) => ({
      id,
      title: artWords('look', id),
      url: art.character(id, 'content'),
    })),
    // A look the story builds takes its head and its clothes from a grown-up's look (character-builder.mjs).
    parts: art.manifest.looks.flatMap((id) => {
      const facts = art.manifest.lookFacts[id];
      return facts && facts.age !== 'child' ? [{ id, title: artWords('look', id), wears: artWords('wears', id) }] : [];
    }),
  };
}

/**
 * The game's own art described in the author's language: the manifest's English (assets/manifest.json) in
 * messages/<language>/art.json, which tests/unit/art-words.test.ts holds to the manifest, art for art.
 */
const artWords = (kind: 'backdrop' | 'look' | 'wears', id: string) => t(`art.${kind}.${id}` as MessageId);
