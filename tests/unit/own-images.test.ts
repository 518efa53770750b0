// A story's own pictures (`images:`), kept in its file: a backdrop, or a look's four moods. Each is checked for what
// it is, its size and its shape, every problem at its field, in words that say what to do.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { MAX_IMAGE_CHARACTERS, imageFacts } from '../../src/engine/checkImages.ts';
import { setField } from '../../src/play/studio/fieldEdits.ts';
import { applyChanges, inSequence } from '../../src/play/studio/textEdits.ts';
import { pictureId } from '../../src/ui/studio/pictureTools.ts';
import { pngDataUrl, svgDataUrl } from '../support/pngImage.ts';
import { readProjectFile, realArt, realCatalogue } from './support.ts';

const pub = readProjectFile('scenarios/pub-caesar-dressing.yaml');
const load = (text: string) =>
  loadScenario('scenarios/pub-own.yaml', text, { catalogue: realCatalogue(), art: realArt() });
const said = (result: ReturnType<typeof load>) =>
  (result.ok ? result.warnings : result.errors).map((d) => `${d.field}: ${d.message}`);
/** The pub story with images of its own at the end, its backdrop one of them when asked. */
const withImages = (images: Record<string, string>, backdrop?: string, extra = '') => {
  const text = backdrop ? pub.replace(/backdrop: pub$/m, `backdrop: ${backdrop}`) : pub;
  const lines = Object.entries(images).map(([id, data]) => `  ${id}: ${data}`);
  return `${text.replace(/^cast:/m, `${extra}cast:`)}images:\n${lines.join('\n')}\n`;
};

describe("a story's own pictures", () => {
  it('reads a PNG’s and an SVG’s size from the picture itself', () => {
    expect(imageFacts(pngDataUrl(1920, 1080))).toEqual({ kind: 'png', width: 1920, height: 1080 });
    expect(imageFacts(svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800"/>'))).toEqual({
      kind: 'svg',
      width: 600,
      height: 800,
    });
  });

  it('plays a story whose backdrop is its own picture, with no note when its shape is right', () => {
    const result = load(withImages({ 'our-bar': pngDataUrl(1920, 1080) }, 'our-bar'));
    expect(said(result)).toEqual([]);
    expect(result.ok && result.scenario.images?.['our-bar']).toMatch(/^data:image\/png;base64,/);
  });

  it('notes a backdrop of the wrong shape, a small one, and a picture nothing uses, at each image', () => {
    expect(said(load(withImages({ square: pngDataUrl(800, 800) }, 'square')))).toEqual([
      'images › square: the image "square" is 800×800; a backdrop is 16:9, such as 1920×1080, so the stage crops it to fill the screen',
    ]);
    expect(said(load(withImages({ tiny: pngDataUrl(320, 180) }, 'tiny')))).toEqual([
      'images › tiny: the image "tiny" is 320×180, small enough to look blurred on a large screen; 960×540 or more is sharper',
    ]);
    expect(said(load(withImages({ spare: pngDataUrl(16, 9) })))).toEqual([
      'images › spare: the image "spare" is not used: no backdrop or look names it',
    ]);
  });

  it('refuses a picture too big for a story file, a false PNG, and an SVG with a script, each at its image', () => {
    const big = `data:image/png;base64,${'A'.repeat(MAX_IMAGE_CHARACTERS)}`;
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png at all').toString('base64')}`;
    const scripted = svgDataUrl(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"><script>alert(1)</script></svg>',
    );
    const result = load(withImages({ big, fake, scripted }, 'big'));
    expect(result.ok).toBe(false);
    expect(said(result)).toEqual([
      expect.stringMatching(/^images › big: the image "big" is 300 kB, more than the 300 kB a story's picture may be/),
      'images › fake: the image "fake" says it is a PNG, but is not one',
      'images › scripted: the image "scripted" has scripts, handlers or links to other files; an SVG for a story is a drawing alone',
    ]);
  });

  it('says how an image is written when it is not a data: URL, and suggests a backdrop’s name', () => {
    const result = load(withImages({ 'our-bar': 'our-bar.png' }, 'our-barr'));
    expect(said(result)).toContain(
      'images › our-bar: an image is written as data:image/png;base64,… or data:image/svg+xml;base64,… (the studio writes it so when you add a picture)',
    );
    const misspelt = load(withImages({ 'our-bar': pngDataUrl(1920, 1080) }, 'our-barr'));
    expect(said(misspelt)).toContainEqual(
      expect.stringMatching(/^setting › backdrop: there is no backdrop "our-barr" \(did you mean "our-bar"\?\)/),
    );
  });

  it('draws a look from four pictures of the story’s own, and refuses a picture it has not got or parts beside them', () => {
    const face = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><circle r="9"/></svg>');
    const looks = (pictures: string, more = '') => `looks:\n  ruth-drawn:\n${more}    pictures:\n${pictures}\n`;
    const all = ['content', 'worried', 'annoyed', 'delighted'].map((m) => `      ${m}: ruth-${m}`).join('\n');
    const images = Object.fromEntries(['content', 'worried', 'annoyed', 'delighted'].map((m) => [`ruth-${m}`, face]));
    const good = withImages(images, undefined, looks(all)).replace('look: woman-auburn-cardigan', 'look: ruth-drawn');
    expect(said(load(good))).toEqual([]);
    const missing = load(good.replace('annoyed: ruth-annoyed', 'annoyed: ruth-cross'));
    expect(said(missing)).toContain(
      'looks › ruth-drawn › pictures › annoyed: there is no image "ruth-cross" in the story\'s images; it has: ruth-content, ruth-worried, ruth-annoyed, ruth-delighted',
    );
    const mixed = load(
      withImages(images, undefined, looks(all, '    head: woman-bob-polo\n')).replace(
        'look: woman-auburn-cardigan',
        'look: ruth-drawn',
      ),
    );
    expect(said(mixed)).toContain(
      'looks › ruth-drawn › head: a look drawn from pictures takes no head: its four pictures are the whole look',
    );
  });
});

describe('a picture added in the studio', () => {
  it('is written at the end of the file, after the beats, and the story reads it', () => {
    const data = pngDataUrl(1920, 1080);
    const steps = [
      (text: string) => setField(text, ['images', 'our-bar'], data),
      (text: string) => setField(text, ['setting', 'backdrop'], 'our-bar'),
    ];
    const changes = inSequence(pub, steps);
    if (!changes) throw new Error('the story could not take the picture');
    const text = applyChanges(pub, changes);
    expect(text.endsWith(`images:\n  our-bar: ${data}\n`)).toBe(true);
    expect(text.slice(0, -`images:\n  our-bar: ${data}\n`.length)).toBe(
      pub.replace('backdrop: pub', 'backdrop: our-bar'),
    );
    expect(said(load(text))).toEqual([]);
  });

  it('is named from its file, in the letters an id takes, apart from every name the story uses', () => {
    expect(pictureId('Our Counter.png', [])).toBe('our-counter');
    expect(pictureId('Our Counter.png', ['our-counter', 'our-counter-2'])).toBe('our-counter-3');
    expect(pictureId('Café Ñandú (night).SVG', [])).toBe('cafe-nandu-night');
    expect(pictureId('   .png', [])).toBe('picture');
  });
});
