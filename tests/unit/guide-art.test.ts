// The authoring guide and the gallery tell the truth about the art: every backdrop and look the guide
// names exists (by its current name), its lists are complete, its old names are the manifest's aliases,
// and the committed gallery (scenarios/gallery.md) is what `npm run gallery` writes from the art now.
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../tools/projectFiles.ts';
import { galleryMarkdown } from '../../tools/galleryPage.ts';
import { readProjectFile, realArt } from './support.ts';

const guide = readProjectFile('scenarios/README.md');
const art = realArt();
const backdrops = Object.keys(art.backdrops);

/** The guide's text from a heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = guide.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`the guide has no "${heading}"`);
  const level = heading.split(' ')[0]!;
  const next = guide.slice(start + heading.length + 2).search(new RegExp(`\\n#{2,${level.length}} `));
  return next < 0 ? guide.slice(start) : guide.slice(start, start + heading.length + 2 + next);
}
const ticked = (text: string) => [...text.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]!);

describe('the authoring guide names only art that exists', () => {
  const art$ = section('### Backdrops and character looks');

  it('names every backdrop, and nothing else, in its list of backdrops', () => {
    const paragraph = art$.slice(art$.indexOf('Backdrops (`setting: backdrop:`)'), art$.indexOf('Looks (`cast:'));
    expect(
      ticked(paragraph)
        .filter((t) => t !== 'setting')
        .sort(),
    ).toEqual([...backdrops].sort());
  });

  it('names every look, and nothing else, in its table of looks, each with the pronoun it is drawn for', () => {
    const rows = art$
      .slice(art$.indexOf('Looks (`cast:'))
      .split('\n')
      .filter((line) => /^\| `/.test(line));
    const cells = rows.flatMap((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
    const pairs: [string, string][] = [];
    for (let i = 0; i < cells.length; i += 2) pairs.push([cells[i]!.replace(/`/g, ''), cells[i + 1]!.split(':')[0]!]);
    expect(pairs.map(([look]) => look).sort()).toEqual([...art.looks].sort());
    expect(pairs.filter(([look, pronoun]) => art.lookFacts[look]?.pronoun !== pronoun)).toEqual([]);
  });

  it('gives the old names as the manifest aliases them', () => {
    const paragraph = art$.slice(art$.indexOf('Some looks had other names'));
    const names = ticked(paragraph.slice(0, paragraph.indexOf('###')));
    const pairs = Object.fromEntries(
      Array.from({ length: names.length / 2 }, (_, i) => [names[2 * i]!, names[2 * i + 1]!]),
    );
    expect(pairs).toEqual(art.aliases);
  });

  it('uses current names wherever a file would name a backdrop or a look', () => {
    const used = [...guide.matchAll(/^\s*(backdrop|look): ([a-z0-9-]+)/gm)].map((m) => ({ kind: m[1]!, name: m[2]! }));
    // A story's own looks, built under `looks:` in the guide's examples, are looks too.
    const own = [...guide.matchAll(/^looks:\n((?: {2}.*\n)+)/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((k) => k[1]!),
    );
    expect(own).toContain('amira-pharmacist');
    // And its own pictures, under `images:`, may be its backdrop.
    const images = [...guide.matchAll(/^images:\n((?: {2}.*\n)+)/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/^ {2}([a-z0-9-]+):/gm)].map((k) => k[1]!),
    );
    expect(images).toContain('our-counter');
    expect(used.length).toBeGreaterThan(2);
    expect(
      used.filter(({ kind, name }) =>
        kind === 'look'
          ? !art.looks.includes(name) && !own.includes(name)
          : !backdrops.includes(name) && !images.includes(name),
      ),
    ).toEqual([]);
    const castTable = section('### `cast`');
    const lookRow = castTable.split('\n').find((line) => line.startsWith('| `look` |')) ?? '';
    expect(ticked(lookRow.split('|')[2] ?? '').filter((name) => !art.looks.includes(name))).toEqual([]);
  });
});

describe('scenarios/gallery.md', () => {
  it('is what npm run gallery writes from the art and the stories now', () => {
    expect(readProjectFile('scenarios/gallery.md')).toBe(galleryMarkdown(art, readLibrary()));
  });

  it('shows every backdrop and every mood of every look', () => {
    const gallery = readProjectFile('scenarios/gallery.md');
    const wanted = [
      ...Object.values(art.backdrops),
      ...art.looks.flatMap((look) => art.expressions.map((e) => `characters/${look}-${e}.svg`)),
    ];
    expect(wanted.filter((file) => !gallery.includes(`src="../assets/${file}"`))).toEqual([]);
  });
});
