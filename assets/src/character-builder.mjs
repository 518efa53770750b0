// A story's own look, built from the drawn ones' parts: the head (face, hair, age) of one look on the clothes of
// another, in a chosen skin tone and hair colour, slimmer or broader, with glasses or a headset if asked. The same
// machinery as the shipped variants (characters-variants.mjs), so a built look is in the house style; the studio
// draws it in the browser, and the game draws it on the stage, from the few words a story file gives.
// Plain ESM, no dependencies, nothing but strings.

import { EXPRESSIONS, f, looks, portrait, stroke } from './character-art.mjs';
import { SKIN, recolour, withHead } from './characters-variants.mjs';

export const SKIN_TONES = Object.keys(SKIN);
export const BUILDS = ['slim', 'medium', 'broad'];
/** Each hair colour as its middle tone; the head's own shading is kept around it (lighter and darker alike). */
export const HAIR_COLOURS = {
  black: '#231A17',
  'dark-brown': '#3B2A22',
  brown: '#6B4226',
  auburn: '#7B3F27',
  ginger: '#B5652B',
  blonde: '#C9A15E',
  grey: '#A9A49D',
  white: '#E6E2DC',
};
const WIDTH = { slim: 0.9, medium: 1, broad: 1.12 };

/** The drawn looks a built look may take its head and its clothes from: every one but the children. */
export const PART_LOOKS = Object.keys(looks).filter((name) => looks[name].facts.age !== 'child');

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hex = (channels) =>
  '#' +
  channels
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
const lightness = (colour) => {
  const [r, g, b] = rgb(colour);
  return (Math.max(r, g, b) + Math.min(r, g, b)) / 2;
};
const saturation = (colour) => {
  const [r, g, b] = rgb(colour).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
};
const hue = (colour) => {
  const [r, g, b] = rgb(colour);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
const coloursIn = (text) => [...(text ?? '').matchAll(/#[0-9A-Fa-f]{6}\b/g)].map((m) => m[0].toUpperCase());

/**
 * The colours a head's hair is painted in: those of its hair and brows that look like hair (browns, reds and
 * greys, not a cap's blue or green), and no skin tone. The most used is its middle tone.
 */
function hairOf(head) {
  const skin = new Set([head.skin, head.skinShade, head.skinDeep, head.skinLight].map((c) => c.toUpperCase()));
  const counts = new Map();
  for (const colour of [
    ...coloursIn(head.backHair),
    ...coloursIn(head.frontHair),
    ...coloursIn(head.behind),
    ...coloursIn(head.beardUnder),
    ...coloursIn(head.moustache),
    ...coloursIn(head.browColor),
  ]) {
    const hairLike = saturation(colour) < 0.3 || hue(colour) <= 45 || hue(colour) >= 340;
    if (!skin.has(colour) && hairLike && colour !== '#FFFFFF') counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([colour]) => colour);
  return { middle: ranked[0], colours: ranked };
}

/** Each of the hair's colours moved onto the wanted one, each as much lighter or darker than the middle as before. */
function hairMap(head, wanted) {
  const { middle, colours } = hairOf(head);
  if (!middle) return {};
  const to = rgb(wanted);
  const base = lightness(middle);
  return Object.fromEntries(
    colours.map((colour) => {
      const shift = lightness(colour) - base;
      return [colour, hex(to.map((c) => c + shift))];
    }),
  );
}

/** Skin: the head's four shades, and the body's (hands, a neckline), all moved to one tone. */
function skinMap(head, body, tone) {
  const target = tone ? SKIN[tone] : [head.skin, head.skinShade, head.skinDeep, head.skinLight];
  const map = {};
  for (const look of [body, head])
    [look.skin, look.skinShade, look.skinDeep, look.skinLight].forEach((c, i) => (map[c.toUpperCase()] = target[i]));
  return map;
}

function glasses(L) {
  const y = L.eyeY;
  const lx = L.cx - L.eyeDX;
  const rx = L.cx + L.eyeDX * 0.9;
  const frame = '#3A2C26';
  return [
    `<rect x="${f(lx - 29)}" y="${f(y - 22)}" width="58" height="43" rx="16" fill="#FFFFFF" fill-opacity="0.14" stroke="${frame}" stroke-width="5.5"/>`,
    `<rect x="${f(rx - 26)}" y="${f(y - 22)}" width="52" height="43" rx="15" fill="#FFFFFF" fill-opacity="0.14" stroke="${frame}" stroke-width="5.5"/>`,
    stroke(`M${f(lx + 29)} ${f(y - 5)} Q${f((lx + rx) / 2)} ${f(y - 15)} ${f(rx - 26)} ${f(y - 5)}`, frame, 5),
    stroke(`M${f(lx - 29)} ${f(y - 9)} L${f(L.earL[0] + 4)} ${f(y - 13)}`, frame, 5),
    stroke(`M${f(rx + 26)} ${f(y - 9)} L${f(L.earR[0] - 2)} ${f(y - 13)}`, frame, 4),
    stroke(`M${f(lx - 19)} ${f(y - 13)} l10 -4`, '#FFFFFF', 3, 'opacity="0.6"'),
    stroke(`M${f(rx - 17)} ${f(y - 13)} l9 -4`, '#FFFFFF', 3, 'opacity="0.6"'),
  ].join('');
}

/** A headset worn on the head: the band over the hair, a cup on each ear, the microphone towards the mouth. */
function headset(L) {
  const [nx, ny] = L.earL;
  const [fx, fy] = L.earR;
  const band = '#2B2F36';
  const mouthX = L.cx - 22;
  return [
    stroke(`M${f(nx + 2)} ${f(ny - 12)} C${f(nx - 6)} 60 ${f(fx + 6)} 60 ${f(fx - 2)} ${f(fy - 12)}`, band, 13),
    stroke(`M${f(nx + 2)} ${f(ny - 12)} C${f(nx - 6)} 60 ${f(fx + 6)} 60 ${f(fx - 2)} ${f(fy - 12)}`, '#4A505A', 4),
    `<ellipse cx="${f(fx)}" cy="${f(fy)}" rx="14" ry="26" fill="${band}"/>`,
    `<ellipse cx="${f(nx - 2)}" cy="${f(ny)}" rx="22" ry="32" fill="${band}"/>`,
    `<ellipse cx="${f(nx - 4)}" cy="${f(ny - 4)}" rx="12" ry="18" fill="#4A505A"/>`,
    stroke(`M${f(nx + 6)} ${f(ny + 22)} Q${f(nx + 20)} ${f(L.mouthY + 10)} ${f(mouthX)} ${f(L.mouthY + 6)}`, band, 6),
    `<ellipse cx="${f(mouthX + 4)}" cy="${f(L.mouthY + 6)}" rx="10" ry="8" fill="#1E2126"/>`,
  ].join('');
}

/**
 * The look a spec describes, ready for `portrait`: `{ head, body, skin?, hair?, build?, glasses?, headset? }`,
 * head and body being names of shipped looks. Throws, naming the part, on a part the art does not have (the
 * story checker refuses such a file before it gets here).
 */
export function builtLook(spec) {
  const head = looks[spec.head];
  const body = looks[spec.body];
  if (!head || !PART_LOOKS.includes(spec.head)) throw new Error(`there is no head "${spec.head}" to build a look on`);
  if (!body || !PART_LOOKS.includes(spec.body))
    throw new Error(`there are no clothes "${spec.body}" to build a look on`);
  const build = spec.build ?? 'medium';
  let L = withHead(body, head);
  L = recolour(L, {
    ...skinMap(head, body, spec.skin),
    ...(spec.hair ? hairMap(head, HAIR_COLOURS[spec.hair]) : {}),
  });
  const width = WIDTH[build];
  if (width !== 1)
    L = { ...L, body: `<g transform="translate(300 0) scale(${width} 1) translate(-300 0)">${L.body}</g>` };
  const extras = [...(spec.glasses ? [glasses(L)] : []), ...(spec.headset ? [headset(L)] : [])].join('');
  // The title goes into the SVG's markup as it is: written safe, and in ASCII (any language's letters as references).
  const title = (spec.title ?? head.title).replace(/[&<>"]|[^\x20-\x7E]/gu, (c) => `&#${c.codePointAt(0)};`);
  return { ...L, title, top: (L.top ?? '') + extras };
}

/** The built look's four portraits, by expression, as the text of SVG files. */
export function builtPortraits(spec) {
  const L = builtLook(spec);
  return Object.fromEntries(EXPRESSIONS.map((e) => [e, portrait(L, e)]));
}
