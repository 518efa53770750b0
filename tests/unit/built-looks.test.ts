// A story's own looks (`looks:`), built from the art's parts: the builder draws in the house style (a look built
// from one look's head and clothes is that look, to the byte), the format and the builder name the same parts, and
// the checker refuses what the art cannot draw, in words that say what there is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILDS as BUILDER_BUILDS,
  HAIR_COLOURS as BUILDER_HAIR,
  PART_LOOKS,
  SKIN_TONES as BUILDER_SKIN,
  builtPortraits,
} from '../../assets/src/character-builder.mjs';
import { BUILDS, HAIR_COLOURS, SKIN_TONES, loadScenario } from '../../src/engine/index.ts';
import { readDetails } from '../../src/play/studio/detailEdits.ts';
import { setField } from '../../src/play/studio/fieldEdits.ts';
import { applyChanges } from '../../src/play/studio/textEdits.ts';
import { drawLook } from '../../src/ui/studio/lookTools.ts';
import { projectRoot, readProjectFile, realArt, realCatalogue } from './support.ts';

const art = realArt();
const pub = readProjectFile('scenarios/pub-caesar-dressing.yaml');
const load = (text: string) => loadScenario('scenarios/pub-own.yaml', text, { catalogue: realCatalogue(), art });
/** The pub story with looks of its own, given to Ruth (and Tom, when asked). */
const withLooks = (looks: string, ruth = 'ruth-own', tom = 'man-grey-beard-shirt') =>
  pub
    .replace(/^cast:/m, `looks:\n${looks}\ncast:`)
    .replace('look: woman-auburn-cardigan', `look: ${ruth}`)
    .replace('look: man-grey-beard-shirt', `look: ${tom}`);
const messages = (result: ReturnType<typeof load>) =>
  (result.ok ? result.warnings : result.errors).map((d) => `${d.field}: ${d.message}`);

describe('the look builder', () => {
  it('draws a look built from one look’s head and clothes as that look’s own files, in every mood', () => {
    const looks = PART_LOOKS.slice(0, 6);
    expect(looks.length).toBe(6);
    for (const look of looks) {
      const drawn = builtPortraits({ head: look, body: look });
      for (const [mood, svg] of Object.entries(drawn))
        expect(svg, `${look}-${mood}`).toBe(
          readFileSync(join(projectRoot, 'assets/characters', `${look}-${mood}.svg`), 'utf8'),
        );
    }
  });

  it('changes the picture for each part asked for, and draws the same picture for the same parts', () => {
    const plain = { head: 'woman-braids-headset', body: 'man-staff-polo' };
    const base = builtPortraits(plain).content;
    expect(builtPortraits(plain).content).toBe(base);
    const changed = [
      { skin: 'pale' },
      { hair: 'ginger' },
      { build: 'broad' },
      { glasses: true },
      { headset: true },
      { body: 'chef-man-moustache' },
    ].filter((part) => builtPortraits({ ...plain, ...part }).content === base);
    expect(changed).toEqual([]);
  });

  it('offers the parts the story format names, and no child’s head or clothes', () => {
    expect([...BUILDER_SKIN]).toEqual([...SKIN_TONES]);
    expect(Object.keys(BUILDER_HAIR)).toEqual([...HAIR_COLOURS]);
    expect([...BUILDER_BUILDS]).toEqual([...BUILDS]);
    expect(PART_LOOKS.filter((look) => art.lookFacts[look]?.age === 'child')).toEqual([]);
    expect(art.looks.filter((look) => art.lookFacts[look]?.age !== 'child' && !PART_LOOKS.includes(look))).toEqual([]);
  });
});

describe('a story’s own looks, checked', () => {
  it('loads a story whose customer wears a look of its own, head and clothes from two of the art’s', () => {
    const result = load(
      withLooks(
        '  ruth-own:\n    head: woman-bob-polo\n    body: woman-auburn-cardigan\n    skin: deep\n    hair: grey\n    glasses: true',
      ),
    );
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.scenario.looks?.['ruth-own']).toMatchObject({ head: 'woman-bob-polo', skin: 'deep' });
    expect(result.ok && result.scenario.cast['ruth']?.look).toBe('ruth-own');
  });

  it('refuses a part the art has not got, a child’s, a name the art already uses, and a look nobody built', () => {
    const result = load(
      withLooks(
        [
          '  ruth-own:\n    head: woman-bobb-polo\n    body: girl-yellow-raincoat',
          '  chef-woman:\n    head: woman-bob-polo\n    body: woman-bob-polo',
        ].join('\n'),
        'ruth-own',
        'tom-owm',
      ),
    );
    expect(result.ok).toBe(false);
    const said = messages(result);
    expect(said).toContainEqual(
      expect.stringMatching(
        /^looks › ruth-own › head: there is no look "woman-bobb-polo" to take the head from \(did you mean "woman-bob-polo"\?\); available: /,
      ),
    );
    expect(said).toContainEqual(
      expect.stringMatching(
        /^looks › ruth-own › body: there is no look "girl-yellow-raincoat" to take the clothes from/,
      ),
    );
    expect(said).toContainEqual(
      'looks › chef-woman: "chef-woman" is already one of the game\'s looks; give the story\'s own look another name',
    );
    expect(said).toContainEqual(expect.stringMatching(/^cast › tom › look: there is no character art "tom-owm"/));
  });

  it('refuses a skin tone or hair colour the builder has not got, naming the ones it has', () => {
    const result = load(withLooks('  ruth-own:\n    head: woman-bob-polo\n    body: woman-bob-polo\n    hair: purple'));
    expect(result.ok).toBe(false);
    expect(messages(result)).toContain(
      'looks › ruth-own › hair: "purple" is not one of: black, dark-brown, brown, auburn, ginger, blonde, grey, white',
    );
  });

  it('holds the pronoun to the head the look is built on, and reads an old part name as its new one', () => {
    const result = load(withLooks('  ruth-own:\n    head: guest-man\n    body: woman-auburn-cardigan'));
    expect(result.ok).toBe(true);
    expect(result.ok && result.scenario.looks?.['ruth-own']?.head).toBe('man-grey-beard-shirt');
    const said = messages(result);
    expect(said).toContain(
      'looks › ruth-own › head: the look "guest-man" is now called "man-grey-beard-shirt"; write head: man-grey-beard-shirt (the old name still works)',
    );
    expect(said).toContainEqual(
      expect.stringMatching(
        /^cast › ruth › pronoun: Ruth is "she", but the look "ruth-own" is drawn as "he" \(its head is man-grey-beard-shirt/,
      ),
    );
  });
});

describe('a look built in the studio’s form', () => {
  const set = (text: string, path: (string | number)[], value: string | boolean | null) => {
    const changes = setField(text, path, value);
    if (!changes) throw new Error(`cannot set ${path.join('.')}`);
    return applyChanges(text, changes);
  };

  it('is written where the format puts it, before the cast, each part one edit, and read back as written', () => {
    let text = set(pub, ['looks', 'ruth-own', 'head'], 'woman-bob-polo');
    text = set(text, ['looks', 'ruth-own', 'body'], 'woman-auburn-cardigan');
    text = set(text, ['looks', 'ruth-own', 'glasses'], true);
    text = set(text, ['looks', 'ruth-own', 'skin'], 'deep');
    text = set(text, ['cast', 'ruth', 'look'], 'ruth-own');
    expect(text.indexOf('\nlooks:\n')).toBeGreaterThan(0);
    expect(text.indexOf('\nlooks:\n')).toBeLessThan(text.indexOf('\ncast:\n'));
    expect(text).toContain(
      '  ruth-own:\n    head: woman-bob-polo\n    body: woman-auburn-cardigan\n    skin: deep\n    glasses: true\n',
    );
    const look = readDetails(text)?.looks[0];
    expect(look).toEqual({
      id: 'ruth-own',
      title: null,
      head: 'woman-bob-polo',
      body: 'woman-auburn-cardigan',
      skin: 'deep',
      hair: null,
      build: null,
      glasses: true,
      headset: false,
      pictures: null,
    });
    expect(messages(load(text))).toEqual([]);
    // Glasses taken off: the field goes, as an optional field cleared does.
    expect(set(text, ['looks', 'ruth-own', 'glasses'], null)).not.toContain('glasses');
  });

  it('shows the look in its four moods, and no picture for parts the art has not got', () => {
    const look = {
      id: 'x',
      title: 'Pharmacist',
      head: 'woman-bob-polo',
      body: 'man-staff-polo',
      skin: 'tan',
      hair: null,
      build: 'slim',
      glasses: false,
      headset: true,
      pictures: null,
    };
    const pictures = drawLook(look);
    expect(pictures?.map((p) => p.mood)).toEqual(['content', 'worried', 'annoyed', 'delighted']);
    expect(pictures?.every((p) => p.url.startsWith('data:image/svg+xml;base64,'))).toBe(true);
    expect(drawLook({ ...look, head: 'girl-yellow-raincoat' })).toBeNull();
    expect(drawLook({ ...look, skin: 'green' })).toBeNull();
    expect(drawLook({ ...look, body: null })).toBeNull();
  });
});
