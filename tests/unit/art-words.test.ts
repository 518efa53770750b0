// The art's titles are shown to an author in the interface's language (the studio's backdrop gallery, its looks
// and their clothes): messages/en/art.json is the manifest's English, art for art, so each language's art.json
// (held to the English keys by i18n-catalogues.test.ts) translates what the manifest says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArtManifest, projectRoot } from '../../tools/projectFiles.ts';

const english = JSON.parse(readFileSync(join(projectRoot, 'src/i18n/messages/en/art.json'), 'utf8')) as Record<
  string,
  string
>;

describe("the art's words", () => {
  it('are the manifest’s titles and clothes, for every backdrop and look and nothing else', () => {
    const manifest = readArtManifest();
    const expected: Record<string, string> = {};
    for (const id of Object.keys(manifest.backdrops))
      expected[`backdrop.${id}`] = manifest.backdropFacts[id]?.title ?? '';
    for (const id of manifest.looks) expected[`look.${id}`] = manifest.lookFacts[id]?.title ?? '';
    for (const id of manifest.looks) expected[`wears.${id}`] = manifest.lookFacts[id]?.wears ?? '';
    expect(Object.values(expected).filter((words) => words === '')).toEqual([]);
    expect(english).toEqual(expected);
  });
});
