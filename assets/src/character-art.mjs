// The half-body character portraits for Service Hero: the drawing, with no file written (the generator,
// generate-characters.mjs, writes the game's files from it; the studio's look builder, character-builder.mjs,
// draws a story's own looks from its parts in the browser). Plain ESM, no dependencies, nothing but strings.
// The original four looks are defined here; the later ones (child, traveller,
// executive, ...) live in characters-more.mjs and reuse the same machinery.
//
// Every look shares the same skeleton (body, neck, head, hair) and only the
// face layer (brows, eyes, mouth, cheeks, small extras) changes per expression.
// Style: flat vector, no outlines, 2-3 tones per material, light from upper left.

import { moreLooks } from './characters-more.mjs';
import { variantLooks } from './characters-variants.mjs';

// The figure is drawn on a 600x800 grid and scaled up a little so the head
// sits higher in the frame; the body still reaches the bottom edge.
const SCALE = 1.1;
const SHIFT_Y = -68;

export const EXPRESSIONS = ['content', 'worried', 'annoyed', 'delighted'];

// ---------------------------------------------------------------- helpers
export const f = (n) => Number(n.toFixed(1));
export const path = (d, fill, extra = '') => `<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
export const stroke = (d, color, w, extra = '') =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"${extra ? ' ' + extra : ''}/>`;
export const ellipse = (cx, cy, rx, ry, fill, extra = '') =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
export const circle = (cx, cy, r, fill, extra = '') =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;

// Optional per-look scaling of a feature about an anchor point; a no-op
// (identical output) when the look does not set it.
const scaled = (s, x, y, content) =>
  !s || s === 1
    ? content
    : `<g transform="translate(${f(x)} ${f(y)}) scale(${s}) translate(${f(-x)} ${f(-y)})">${content}</g>`;

// ---------------------------------------------------------------- face
// A = anchors of the face for a look. Features are shifted a little to the
// viewer's right (cx ~ 308) so the head reads as slightly turned.
function brows(A, e) {
  const cfg = {
    content: { inner: 0, outer: 3, arch: 7, lift: 0 },
    worried: { inner: -17, outer: 9, arch: 3, lift: -4 },
    annoyed: { inner: 15, outer: -7, arch: -2, lift: 4 },
    delighted: { inner: -4, outer: 2, arch: 13, lift: -12 },
  }[e];
  const by = A.browY + cfg.lift;
  const out = [];
  for (const side of [-1, 1]) {
    const ex = side < 0 ? A.cx - A.eyeDX : A.cx + A.eyeDX * 0.9;
    const far = side > 0 ? 0.9 : 1;
    const ox = ex + side * A.browLen * 0.55 * far; // outer end
    const ix = ex - side * A.browLen * 0.45 * far; // inner end
    const oy = by + cfg.outer;
    const iy = by + cfg.inner;
    const mx = (ox + ix) / 2;
    const my = (oy + iy) / 2 - cfg.arch;
    out.push(stroke(`M${f(ox)} ${f(oy)} Q${f(mx)} ${f(my)} ${f(ix)} ${f(iy)}`, A.browColor, A.browW));
  }
  if (e === 'annoyed') {
    // frown creases between the brows
    const c = A.cx - A.eyeDX * 0.05;
    out.push(stroke(`M${f(c - 6)} ${f(by - 2)} l2 12`, A.skinDeep, 3.5, 'opacity="0.8"'));
    out.push(stroke(`M${f(c + 6)} ${f(by - 2)} l-2 12`, A.skinDeep, 3.5, 'opacity="0.8"'));
  }
  return out.join('');
}

function eyes(A, e) {
  const out = [];
  for (const side of [-1, 1]) {
    const ex = side < 0 ? A.cx - A.eyeDX : A.cx + A.eyeDX * 0.9;
    const k = side > 0 ? 0.9 : 1; // far eye slightly narrower
    const rx = A.eyeRX * k;
    const ry = A.eyeRY;
    const ey = A.eyeY;
    if (e === 'delighted') {
      out.push(
        stroke(
          `M${f(ex - rx - 5)} ${f(ey + 5)} Q${f(ex)} ${f(ey - ry - 9)} ${f(ex + rx + 5)} ${f(ey + 5)}`,
          A.eyeColor,
          7.5,
        ),
      );
      continue;
    }
    const big = e === 'worried' ? 1.12 : 1;
    out.push(ellipse(ex, ey, rx * big, ry * big, A.eyeColor));
    if (e === 'annoyed') out.push(circle(ex + rx * 0.3, ey + ry * 0.25, 3.2, '#FFFFFF', 'opacity="0.9"'));
    else out.push(circle(ex + rx * 0.35, ey - ry * 0.38, 4.2 * big * (A.glint || 1), '#FFFFFF', 'opacity="0.95"'));
    if (e === 'worried')
      out.push(circle(ex - rx * 0.35, ey + ry * 0.4, 2.2 * (A.glint || 1), '#FFFFFF', 'opacity="0.8"'));
    else if (A.glint && e !== 'annoyed')
      out.push(circle(ex - rx * 0.3, ey + ry * 0.42, 2.4, '#FFFFFF', 'opacity="0.7"'));
    if (e === 'annoyed') {
      // heavy upper lid, lower on the inner side: a glare
      const inner = side < 0 ? ex + rx + 3 : ex - rx - 3;
      const outer = side < 0 ? ex - rx - 3 : ex + rx + 3;
      const yIn = ey - ry * 0.05;
      const yOut = ey - ry * 0.55;
      out.push(
        path(
          `M${f(outer)} ${f(yOut)} L${f(inner)} ${f(yIn)} L${f(inner)} ${f(ey - ry - 8)} L${f(outer)} ${f(ey - ry - 8)} Z`,
          A.skin,
        ),
      );
      out.push(stroke(`M${f(outer)} ${f(yOut)} L${f(inner)} ${f(yIn)}`, A.eyeColor, 5));
    }
    if (e === 'content' && A.lashes) {
      const o = side < 0 ? ex - rx : ex + rx;
      out.push(stroke(`M${f(o)} ${f(ey - ry * 0.45)} l${side * 6} -5`, A.eyeColor, 3.5));
    }
  }
  return out.join('');
}

function nose(A) {
  const x = A.cx + 6;
  const y = A.noseY;
  return stroke(
    `M${f(x - 2)} ${f(y - 34)} C${f(x - 8)} ${f(y - 14)} ${f(x - 14)} ${f(y - 2)} ${f(x - 6)} ${f(y + 5)} C${f(x)} ${f(y + 9)} ${f(x + 9)} ${f(y + 7)} ${f(x + 13)} ${f(y + 2)}`,
    A.skinDeep,
    5.5,
  );
}

function cheeks(A, e) {
  const op = { content: 0.32, worried: 0.18, annoyed: 0.22, delighted: 0.6 }[e];
  const dy = e === 'delighted' ? 34 : 42;
  const lx = A.cx - A.eyeDX - 8;
  const rx = A.cx + A.eyeDX * 0.9 + 10;
  return (
    ellipse(lx, A.eyeY + dy, 24, 13, A.blush, `opacity="${op}"`) +
    ellipse(rx, A.eyeY + dy, 20, 12, A.blush, `opacity="${op}"`)
  );
}

function mouth(A, e) {
  const x = A.cx + 4;
  const y = A.mouthY;
  const d = A.mouthDark;
  switch (e) {
    case 'content':
      return (
        path(`M${x - 30} ${y - 4} Q${x} ${y + 22} ${x + 30} ${y - 4} Q${x} ${y + 7} ${x - 30} ${y - 4} Z`, d) +
        stroke(`M${x - 30} ${y - 4} Q${x} ${y + 7} ${x + 30} ${y - 4}`, d, 4)
      );
    case 'worried':
      return (
        path(
          `M${x - 24} ${y + 10} C${x - 16} ${y - 8} ${x + 16} ${y - 8} ${x + 24} ${y + 10} C${x + 12} ${y + 14} ${x - 12} ${y + 14} ${x - 24} ${y + 10} Z`,
          d,
        ) +
        path(
          `M${x - 13} ${y + 1} C${x - 6} ${y - 3} ${x + 6} ${y - 3} ${x + 13} ${y + 1} L${x + 12} ${y + 5} L${x - 12} ${y + 5} Z`,
          '#F7EFE6',
          'opacity="0.9"',
        )
      );
    case 'annoyed':
      return stroke(`M${x - 27} ${y + 8} C${x - 12} ${y - 3} ${x + 10} ${y - 3} ${x + 25} ${y + 6}`, d, 7);
    case 'delighted': {
      const m = `M${x - 40} ${y - 8} Q${x} ${y + 4} ${x + 40} ${y - 8} C${x + 36} ${y + 30} ${x + 18} ${y + 44} ${x} ${y + 44} C${x - 18} ${y + 44} ${x - 36} ${y + 30} ${x - 40} ${y - 8} Z`;
      return (
        `<clipPath id="mouthclip"><path d="${m}"/></clipPath>` +
        path(m, d) +
        `<g clip-path="url(#mouthclip)">` +
        path(
          `M${x - 44} ${y - 12} L${x + 44} ${y - 12} L${x + 44} ${y + 4} Q${x} ${y + 16} ${x - 44} ${y + 4} Z`,
          '#FBF6EE',
        ) +
        ellipse(x + 4, y + 46, 26, 17, A.tongue) +
        `</g>`
      );
    }
  }
}

function extras(A, e) {
  if (e === 'worried') {
    // a sweat drop by the temple
    const x = A.sweatX,
      y = A.sweatY;
    return (
      path(
        `M${x} ${y} C${x + 6} ${y + 10} ${x + 11} ${y + 17} ${x + 11} ${y + 23} A11 11 0 0 1 ${x - 11} ${y + 23} C${x - 11} ${y + 17} ${x - 6} ${y + 10} ${x} ${y} Z`,
        '#8FC3E3',
      ) + ellipse(x - 4, y + 22, 3, 5, '#FFFFFF', 'opacity="0.85"')
    );
  }
  return '';
}

// ---------------------------------------------------------------- shared body parts
function neck(L) {
  const { cx = 300, top = 350, bottom = 480, w = 40 } = L.neck;
  const d = `M${cx - w} ${top} C${cx - w} ${top + 60} ${cx - w - 4} ${bottom - 30} ${cx - w - 8} ${bottom} L${cx + w + 8} ${bottom} C${cx + w + 4} ${bottom - 30} ${cx + w} ${top + 60} ${cx + w} ${top} Z`;
  return (
    `<clipPath id="neckclip"><path d="${d}"/>${L.neck.extra ? `<path d="${L.neck.extra}"/>` : ''}</clipPath>` +
    path(d, L.skin) +
    (L.neck.extra ? path(L.neck.extra, L.skin) : '') +
    `<g clip-path="url(#neckclip)">` +
    path(L.face, L.skinShade, 'transform="translate(6 18)"') +
    path(
      `M${cx + w - 12} ${top} C${cx + w - 14} ${top + 60} ${cx + w - 8} ${bottom - 20} ${cx + w} ${bottom + 80} L${cx + w + 30} ${bottom + 80} L${cx + w + 30} ${top} Z`,
      L.skinShade,
    ) +
    `</g>`
  );
}

function head(L) {
  const face = L.face;
  return (
    // near ear
    ellipse(L.earL[0], L.earL[1], 17, 27, L.skin) +
    ellipse(L.earL[0] + 3, L.earL[1] + 2, 8, 15, L.skinShade) +
    // far ear (partly hidden)
    ellipse(L.earR[0], L.earR[1], 11, 24, L.skinShade) +
    `<clipPath id="faceclip"><path d="${face}"/></clipPath>` +
    path(face, L.skin) +
    `<g clip-path="url(#faceclip)">` +
    // turned: the far cheek falls into shade
    ellipse(L.faceShadeX, 290, 70, 200, L.skinShade) +
    // shadow cast by the hair on the forehead
    (L.hairShadow ? path(L.hairShadow, L.skinShade, 'transform="translate(5 9)"') : '') +
    (L.faceExtra || '') +
    `</g>`
  );
}

function face(L, e) {
  return (
    cheeks(L, e) +
    (L.beardUnder || '') +
    scaled(L.noseScale, L.cx + 4, L.noseY, nose(L)) +
    (L.mouthBacking ? L.mouthBacking(e) : '') +
    scaled(L.mouthScale, L.cx + 4, L.mouthY, mouth(L, e)) +
    (L.moustache || '') +
    eyes(L, e) +
    brows(L, e) +
    extras(L, e)
  );
}

/** One look's portrait in one expression, as the text of an SVG file. */
export function portrait(L, e) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">` +
    `<title>${L.title} (${e})</title>` +
    (L.defs ? `<defs>${L.defs}</defs>` : '') +
    `<g transform="translate(${f(300 * (1 - (L.scale || SCALE)))} ${L.shiftY ?? SHIFT_Y}) scale(${L.scale || SCALE})">` +
    (L.behind || '') +
    L.body +
    (L.backHair || '') +
    neck(L) +
    (L.overNeck || '') +
    head(L) +
    (L.frontHair || '') +
    face(L, e) +
    (L.top || '') +
    `</g></svg>\n`
  );
}

// ---------------------------------------------------------------- looks
const common = {
  cx: 308,
  eyeY: 272,
  eyeDX: 44,
  eyeRX: 10.5,
  eyeRY: 13.5,
  browY: 236,
  browLen: 46,
  browW: 11,
  noseY: 314,
  mouthY: 352,
  sweatX: 392,
  sweatY: 196,
  tongue: '#D9686A',
  earL: [208, 286],
  earR: [394, 288],
  faceShadeX: 462,
  neck: { cx: 300, top: 340, bottom: 470, w: 40 },
};

// ---------- guest-woman: 40s, auburn shoulder-length hair, green cardigan
const woman = {
  ...common,
  title: 'Guest, woman',
  skin: '#F1C7A2',
  skinShade: '#DDA27F',
  skinDeep: '#BF7E60',
  skinLight: '#F8DBBF',
  blush: '#E77A6A',
  eyeColor: '#2B1B16',
  browColor: '#5A2A1A',
  mouthDark: '#8E3530',
  lashes: true,
  chinY: 402,
  face: 'M300 140 C360 140 394 182 394 252 C394 312 380 352 352 380 C336 396 322 402 310 402 C294 402 272 394 254 378 C224 350 208 310 208 252 C208 182 240 140 300 140 Z',
  body: [
    // cream top (visible in the V)
    path(
      'M250 446 C210 466 160 472 128 500 C102 526 96 580 94 640 L88 800 L512 800 L506 640 C504 578 498 526 472 500 C440 472 390 466 350 446 Z',
      '#F2E4CC',
    ),
    path('M300 520 L300 800 L330 800 L330 560 Z', '#E2CFB1'),
    // cardigan, left panel
    path(
      'M250 446 C210 466 160 472 128 500 C102 526 96 580 94 640 L88 800 L300 800 L299 668 C285 600 262 520 250 446 Z',
      '#4F7B57',
    ),
    // cardigan, right panel
    path(
      'M350 446 C390 466 440 472 472 500 C498 526 504 578 506 640 L512 800 L296 800 L297 668 C312 600 338 520 350 446 Z',
      '#4A7452',
    ),
    // shading: far side, under the arms
    path('M472 500 C498 526 504 578 506 640 L512 800 L420 800 C432 700 440 600 472 500 Z', '#3D6246'),
    path(
      'M128 500 C150 520 160 560 162 620 C164 690 160 760 158 800 L88 800 L94 640 C96 580 102 526 128 500 Z',
      '#5A8A62',
    ),
    stroke('M162 610 C166 680 164 740 162 800', '#3D6246', 6, 'opacity="0.8"'),
    stroke('M440 610 C436 680 438 740 440 800', '#355A3E', 6, 'opacity="0.8"'),
    // ribbed front bands
    stroke('M254 452 C266 524 286 600 298 668 L298 800', '#3E6747', 14),
    stroke('M346 452 C334 524 314 600 302 668 L302 800', '#3A6143', 14),
    // ribbed hem at the waist
    path('M88 770 L512 770 L512 800 L88 800 Z', '#3F6848'),
    stroke(
      'M110 774 v26 M140 774 v26 M170 774 v26 M200 774 v26 M230 774 v26 M260 774 v26 M290 774 v26 M320 774 v26 M350 774 v26 M380 774 v26 M410 774 v26 M440 774 v26 M470 774 v26 M500 774 v26',
      '#355A3E',
      4,
    ),
    // buttons
    circle(309, 700, 7, '#E9D6B2'),
    circle(309, 700, 3, '#C8AE85'),
    circle(309, 744, 7, '#E9D6B2'),
    circle(309, 744, 3, '#C8AE85'),
  ].join(''),
  backHair: [
    // shoulder-length hair, falling past the ears to the shoulders
    path(
      'M300 112 C384 112 428 168 430 250 C432 320 438 400 462 468 C440 488 392 490 366 470 C352 430 348 380 344 340 L256 340 C252 380 246 430 234 470 C208 490 160 488 138 468 C162 400 168 320 170 250 C172 168 216 112 300 112 Z',
      '#7B3F27',
    ),
    path(
      'M392 150 C420 176 430 214 430 250 C432 320 438 400 462 468 C440 488 392 490 366 470 C380 420 396 340 400 250 Z',
      '#62301D',
    ),
  ].join(''),
  neck: {
    cx: 300,
    top: 340,
    bottom: 470,
    w: 40,
    extra: 'M260 470 L340 470 C334 500 318 522 300 524 C282 522 266 500 260 470 Z',
  },
  overNeck: [
    // necklace
    stroke('M262 462 C270 500 286 512 300 514 C314 512 330 500 338 462', '#D9A441', 2.5),
    circle(300, 520, 6, '#E2B24D'),
  ].join(''),
  frontHair: [
    // crown and side-swept fringe from a side parting (left)
    path(
      'M262 122 C214 136 196 190 200 262 C206 300 214 330 222 350 C214 300 216 250 236 212 C262 220 320 206 352 182 C366 204 384 232 396 262 C404 218 398 160 360 128 C332 108 290 108 262 122 Z',
      '#7B3F27',
    ),
    path('M236 212 C262 220 320 206 352 182 C330 178 292 170 262 160 C248 176 238 194 236 212 Z', '#8F4C30'),
    path('M278 124 C300 118 336 122 356 140 C332 132 300 130 278 124 Z', '#A45C3B'),
    path('M360 128 C398 160 404 218 396 262 C390 232 378 210 362 190 C366 168 366 146 360 128 Z', '#62301D'),
    // strand lines
    stroke('M250 150 C228 172 214 206 208 250', '#62301D', 4, 'opacity="0.6"'),
    stroke('M330 128 C360 140 380 166 388 200', '#62301D', 4, 'opacity="0.5"'),
    stroke('M262 186 C290 196 320 190 346 172', '#62301D', 3.5, 'opacity="0.45"'),
    // strands over the shoulders in front
    path(
      'M200 262 C196 330 190 400 168 458 C186 466 214 466 228 452 C232 410 232 372 226 340 C214 320 206 296 200 262 Z',
      '#874631',
    ),
    path(
      'M396 262 C406 330 412 400 432 458 C414 466 388 466 374 452 C370 410 372 372 378 340 C388 318 394 292 396 262 Z',
      '#6E3622',
    ),
    stroke('M212 320 C208 370 200 410 186 446', '#6E3622', 3.5, 'opacity="0.7"'),
    stroke('M398 320 C402 370 410 410 420 446', '#55291A', 3.5, 'opacity="0.7"'),
    stroke('M176 300 C172 360 164 410 150 452', '#62301D', 3.5, 'opacity="0.6"'),
    stroke('M426 300 C430 360 438 410 450 452', '#55291A', 3.5, 'opacity="0.6"'),
  ].join(''),
  top: [
    // small earring on the visible ear
    circle(205, 318, 5, '#E2B24D'),
  ].join(''),
  earL: [208, 290],
};
woman.hairShadow =
  'M262 122 C214 136 196 190 200 262 C206 300 214 330 222 350 C214 300 216 250 236 212 C262 220 320 206 352 182 C366 204 384 232 396 262 C404 218 398 160 360 128 C332 108 290 108 262 122 Z';

// ---------- guest-man: 40s-50s, deep brown skin, grey hair and beard, checked shirt
const man = {
  ...common,
  title: 'Guest, man',
  skin: '#8E5B3C',
  skinShade: '#74462E',
  skinDeep: '#5A3321',
  skinLight: '#A36E4C',
  blush: '#B4503C',
  eyeColor: '#1C120E',
  browColor: '#3B3633',
  mouthDark: '#4A1C16',
  chinY: 416,
  eyeY: 270,
  browY: 232,
  noseY: 314,
  mouthY: 360,
  sweatX: 396,
  sweatY: 192,
  face: 'M300 132 C362 132 396 176 398 248 C400 312 390 362 362 392 C344 410 326 416 312 416 C292 416 268 408 250 392 C222 364 206 316 204 248 C204 176 238 132 300 132 Z',
  defs:
    '<pattern id="check" width="44" height="44" patternUnits="userSpaceOnUse" patternTransform="rotate(-4)">' +
    '<rect width="44" height="44" fill="#4C7193"/>' +
    '<rect width="16" height="44" fill="#2F4E6B" opacity="0.75"/>' +
    '<rect width="44" height="16" fill="#2F4E6B" opacity="0.75"/>' +
    '<rect x="28" width="3" height="44" fill="#E7D9BE" opacity="0.55"/>' +
    '<rect y="28" width="44" height="3" fill="#E7D9BE" opacity="0.55"/>' +
    '</pattern>',
  body: [
    path(
      'M256 440 C210 462 150 470 118 500 C90 528 84 580 82 640 L76 800 L524 800 L518 640 C516 578 508 528 482 500 C450 470 390 462 344 440 Z',
      'url(#check)',
    ),
    // light on the near side, shade on the far side and the arms
    path(
      'M118 500 C90 528 84 580 82 640 L76 800 L156 800 C158 720 160 640 156 580 C152 540 140 514 118 500 Z',
      '#FFFFFF',
      'opacity="0.08"',
    ),
    path('M482 500 C508 528 516 578 518 640 L524 800 L430 800 C440 700 448 600 482 500 Z', '#1B2B3B', 'opacity="0.35"'),
    stroke('M158 600 C162 680 160 740 158 800', '#1B2B3B', 7, 'opacity="0.35"'),
    stroke('M442 600 C438 680 440 740 442 800', '#1B2B3B', 7, 'opacity="0.45"'),
    // button placket
    path('M296 520 L314 520 L316 800 L298 800 Z', '#1B2B3B', 'opacity="0.18"'),
    circle(306, 600, 5, '#EFE4CF'),
    circle(306, 680, 5, '#EFE4CF'),
    circle(306, 760, 5, '#EFE4CF'),
    // chest pocket
    path('M344 560 L408 556 L410 614 Q378 626 346 616 Z', '#1B2B3B', 'opacity="0.22"'),
    path('M344 560 L408 556 L408 568 L344 572 Z', '#1B2B3B', 'opacity="0.25"'),
  ].join(''),
  neck: {
    cx: 302,
    top: 340,
    bottom: 470,
    w: 44,
    extra: 'M262 466 L342 466 C336 496 318 516 302 518 C286 516 268 496 262 466 Z',
  },
  overNeck: [
    // open collar
    path('M256 440 C248 470 252 506 262 530 L292 494 C278 478 268 460 262 436 Z', '#5A80A3'),
    path('M348 440 C356 470 352 506 342 530 L312 494 C326 478 336 460 342 436 Z', '#3E6283'),
    path('M262 530 L292 494 L300 520 Z', '#2F4E6B', 'opacity="0.6"'),
  ].join(''),
  frontHair: [
    // short grey crop, slightly receding
    path(
      'M210 262 C200 196 226 134 292 124 C352 116 398 154 398 226 C398 244 396 258 392 268 C388 236 380 212 366 196 C340 184 312 186 290 176 C268 186 240 190 226 204 C218 222 214 242 210 262 Z',
      '#A9A49D',
    ),
    path('M226 204 C240 190 268 186 290 176 C270 168 252 166 236 172 C230 182 228 192 226 204 Z', '#8D8881'),
    path('M244 146 C270 128 320 122 352 138 C326 134 290 136 262 150 Z', '#CCC7BF'),
    path(
      'M366 196 C380 212 388 236 392 268 C396 258 398 244 398 226 C398 190 388 162 370 144 C376 162 374 180 366 196 Z',
      '#85807A',
    ),
    // grey at the temples
    path('M210 262 C212 280 214 292 218 302 L224 300 C220 280 220 262 222 244 Z', '#9B968F'),
  ].join(''),
  beardUnder: [
    // short grey beard along the jaw
    path(
      'M212 292 C214 350 240 398 272 418 C290 428 330 430 350 416 C380 396 396 350 396 292 C388 326 376 346 360 350 C340 330 322 328 312 330 C300 328 282 330 262 350 C244 346 224 326 212 292 Z',
      '#9E9992',
    ),
    path(
      'M396 292 C396 350 380 396 350 416 C340 424 326 428 312 428 C340 408 368 370 380 330 C388 318 394 304 396 292 Z',
      '#85807A',
    ),
    path('M250 396 C270 414 300 424 330 420 C310 428 282 426 262 414 Z', '#B8B3AB'),
  ].join(''),
  mouthBacking: (e) => (e === 'delighted' ? '' : ellipse(314, 369, 19, 6, '#7C4630')),
  moustache: [
    path(
      'M268 346 C282 330 302 330 312 338 C322 330 344 330 358 346 C348 352 334 350 312 346 C290 350 278 352 268 346 Z',
      '#A39E97',
    ),
    path('M312 338 C322 330 344 330 358 346 C348 352 334 350 312 346 Z', '#8D8881'),
  ].join(''),
  top: '',
};

// ---------- manager: 30s, woman, black hair in a bun, dark shirt, mustard apron, tea towel
const manager = {
  ...common,
  title: 'Shift manager',
  skin: '#D7A077',
  skinShade: '#BE8460',
  skinDeep: '#9C6444',
  skinLight: '#E6B68E',
  blush: '#D9664F',
  eyeColor: '#22150F',
  browColor: '#1F1714',
  mouthDark: '#7A2C26',
  lashes: true,
  chinY: 400,
  face: 'M300 138 C360 138 392 180 392 250 C392 306 378 346 352 374 C334 392 320 400 310 400 C296 400 278 392 260 376 C230 350 210 308 210 250 C210 180 240 138 300 138 Z',
  defs: '<clipPath id="apronclip"><path d="M212 560 L392 560 C398 640 420 720 432 800 L172 800 C184 720 206 640 212 560 Z"/></clipPath>',
  behind: [
    // bun, behind the head
    circle(318, 118, 46, '#241B18'),
    circle(306, 108, 30, '#33282A'),
    path('M290 96 C306 86 330 90 342 104', 'none', 'stroke="#3F3335" stroke-width="6" stroke-linecap="round"'),
  ].join(''),
  body: [
    // dark shirt
    path(
      'M258 442 C214 464 158 470 126 500 C100 526 94 580 92 640 L86 800 L514 800 L508 640 C506 578 500 526 474 500 C442 470 386 464 342 442 Z',
      '#33353D',
    ),
    path('M474 500 C500 526 506 578 508 640 L514 800 L424 800 C436 700 444 600 474 500 Z', '#25262C'),
    path('M126 500 C146 520 156 560 158 620 L156 690 L94 690 L92 640 C94 580 100 526 126 500 Z', '#3E4049'),
    // rolled sleeves and forearms
    path('M88 690 L160 690 L162 800 L86 800 Z', '#C18862'),
    path('M140 700 L162 700 L162 800 L136 800 Z', '#A8704F'),
    path('M84 672 C110 664 140 664 164 672 L166 708 C140 700 110 700 82 708 Z', '#4A4C56'),
    path('M84 694 C110 688 140 688 166 694 L166 708 C140 700 110 700 82 708 Z', '#3A3C44'),
    path('M512 690 L440 690 L438 800 L514 800 Z', '#B17852'),
    path('M516 672 C490 664 460 664 436 672 L434 708 C460 700 490 700 518 708 Z', '#3B3D46'),
    path('M516 694 C490 688 460 688 434 694 L434 708 C460 700 490 700 518 708 Z', '#2E3036'),
    stroke('M160 560 C164 620 164 660 162 690', '#25262C', 6),
    stroke('M440 560 C436 620 436 660 438 690', '#1E1F24', 6),
    // apron straps up around the neck
    stroke('M222 566 C232 520 250 480 268 450', '#B37C34', 12),
    stroke('M382 566 C372 520 354 480 336 450', '#9C6A2A', 12),
    // apron bib and skirt
    path('M212 560 L392 560 C398 640 420 720 432 800 L172 800 C184 720 206 640 212 560 Z', '#C98F3E'),
    `<g clip-path="url(#apronclip)">` +
      path('M340 540 L460 540 L460 820 L372 820 C368 720 356 620 340 540 Z', '#AD772F') +
      path('M160 540 L240 540 C232 620 222 720 218 820 L160 820 Z', '#D9A352') +
      stroke('M222 572 L382 572', '#F0D6A4', 2.5, 'stroke-dasharray="7 7" opacity="0.7"') +
      `</g>`,
    // bib pocket and pen
    path('M246 640 L356 640 L358 708 Q302 718 244 708 Z', '#B57E33'),
    stroke('M248 648 L354 648', '#E9C98B', 2.5, 'stroke-dasharray="6 6" opacity="0.7"'),
    path('M326 606 L334 606 L334 646 L326 646 Z', '#E9E1D3'),
    path('M326 600 L334 600 L334 612 L326 612 Z', '#C8553D'),
    path('M332 606 L336 606 L336 630 L332 630 Z', '#9C9285'),
    // tea towel over the near shoulder
    path('M150 484 C176 470 206 466 226 470 C222 520 214 590 206 660 L152 660 C150 600 150 540 150 484 Z', '#F3E8D4'),
    path('M150 484 C164 478 178 474 190 472 C188 540 186 600 184 660 L152 660 C150 600 150 540 150 484 Z', '#E6D7BD'),
    path('M151 600 L210 600 L208 614 L151 614 Z', '#C8553D'),
    path('M151 622 L208 622 L207 630 L151 630 Z', '#2F6F73'),
    stroke('M156 660 l0 10 M168 660 l0 10 M180 660 l0 10 M192 660 l0 10 M204 660 l0 8', '#E6D7BD', 3),
  ].join(''),
  neck: {
    cx: 300,
    top: 340,
    bottom: 466,
    w: 38,
    extra: 'M264 462 L336 462 C330 490 316 506 300 508 C284 506 270 490 264 462 Z',
  },
  overNeck: [
    // shirt collar
    path('M258 442 C250 462 252 488 260 508 L290 482 C278 470 270 456 266 436 Z', '#44464F'),
    path('M342 442 C350 462 348 488 340 508 L310 482 C322 470 330 456 334 436 Z', '#2C2E35'),
  ].join(''),
  frontHair: [
    // hair pulled back tight, a centre-left parting and a loose strand
    path(
      'M212 250 C206 176 244 128 304 126 C364 124 398 172 392 246 C386 224 376 204 362 190 C340 170 316 168 296 166 C272 170 246 184 230 206 C220 220 214 234 212 250 Z',
      '#2A201D',
    ),
    path(
      'M296 166 C316 168 340 170 362 190 C376 204 386 224 392 246 C396 206 390 170 366 148 C350 146 326 150 296 166 Z',
      '#1C1513',
    ),
    path('M240 160 C262 140 300 132 330 138 C300 142 270 150 250 168 Z', '#4A3D3A'),
    path('M240 202 C222 232 230 262 220 302 C234 272 232 240 248 212 Z', '#2A201D'),
  ].join(''),
  top: [circle(206, 318, 5.5, '#E2B24D')].join(''),
};

// ---------- chef: round-faced cook, chef whites, red neckerchief, navy cap, moustache
const chef = {
  ...common,
  title: 'Chef',
  skin: '#B87A4E',
  skinShade: '#9C623B',
  skinDeep: '#7A4529',
  skinLight: '#CB8E60',
  blush: '#C8553D',
  eyeColor: '#1E130D',
  browColor: '#1A1210',
  mouthDark: '#5A1E18',
  chinY: 408,
  eyeY: 276,
  eyeDX: 47,
  browY: 240,
  noseY: 318,
  mouthY: 360,
  sweatX: 402,
  sweatY: 206,
  earL: [200, 292],
  earR: [404, 294],
  face: 'M300 140 C370 140 404 186 404 256 C404 322 388 366 354 390 C338 402 322 408 308 408 C288 408 262 400 244 388 C212 364 198 322 198 256 C198 186 232 140 300 140 Z',
  body: [
    // white jacket
    path(
      'M252 440 C202 462 130 468 94 500 C66 528 60 582 58 640 L52 800 L548 800 L542 640 C540 582 534 528 506 500 C470 468 398 462 348 440 Z',
      '#F3EEE5',
    ),
    path('M506 500 C534 528 540 582 542 640 L548 800 L448 800 C456 700 468 600 506 500 Z', '#D9D0C1'),
    stroke('M142 600 C146 680 144 740 142 800', '#D9D0C1', 7),
    stroke('M458 600 C454 680 456 740 458 800', '#C7BCAA', 7),
    // double-breasted front flap
    path('M302 478 C336 518 376 556 392 600 L392 800 L400 800 L400 598 C384 552 344 512 308 472 Z', '#D3C9B8'),
    // two rows of cloth buttons
    circle(248, 600, 8, '#E2D8C6'),
    circle(248, 680, 8, '#E2D8C6'),
    circle(248, 760, 8, '#E2D8C6'),
    circle(352, 600, 8, '#CFC4B1'),
    circle(352, 680, 8, '#CFC4B1'),
    circle(352, 760, 8, '#CFC4B1'),
    circle(246, 598, 3, '#FFFFFF'),
    circle(246, 678, 3, '#FFFFFF'),
    circle(246, 758, 3, '#FFFFFF'),
    // a small sleeve pocket hint (pen slot) on the near arm
    path('M108 560 L148 556 L150 606 L110 610 Z', '#E6DED0'),
    path('M120 540 L126 540 L126 562 L120 562 Z', '#2F6F73'),
  ].join(''),
  neck: { cx: 300, top: 344, bottom: 452, w: 48 },
  overNeck: [
    // mandarin collar
    path('M246 430 C262 452 338 452 354 430 L360 462 C340 482 260 482 240 462 Z', '#E8E1D5'),
    // red neckerchief, knotted at the front
    path('M248 440 C268 458 332 458 352 440 L356 454 C336 474 264 474 244 454 Z', '#C8443A'),
    path('M286 452 C294 446 310 446 318 452 C320 462 314 472 302 474 C290 472 284 462 286 452 Z', '#A9362E'),
    path('M290 470 C282 494 278 516 282 534 C294 530 300 514 302 490 Z', '#C8443A'),
    path('M314 470 C324 490 330 510 326 528 C314 524 306 506 302 486 Z', '#B23B32'),
  ].join(''),
  frontHair: [
    // short black hair at the sides, under the cap
    path('M200 222 L218 220 C216 238 214 254 213 270 C206 262 201 246 200 222 Z', '#1D1512'),
    path('M404 224 L389 222 C390 238 392 252 394 266 C400 258 404 246 404 224 Z', '#1D1512'),
    // navy skull cap
    path(
      'M198 214 C196 148 240 96 302 94 C366 92 408 144 406 214 C380 200 340 192 302 192 C262 192 224 200 198 214 Z',
      '#2E3F5C',
    ),
    path('M302 94 C366 92 408 144 406 214 C392 206 376 200 360 197 C370 158 350 114 302 94 Z', '#24324A'),
    path('M236 126 C258 108 290 100 318 102 C290 110 262 122 246 140 Z', '#3E5275'),
    path(
      'M198 214 C224 200 262 192 302 192 C340 192 380 200 406 214 L404 228 C380 216 340 208 302 208 C264 208 224 216 200 228 Z',
      '#24324A',
    ),
  ].join(''),
  faceExtra: '',
  beardUnder: [
    // light stubble along the jaw
  ].join(''),
  moustache: [
    path(
      'M262 344 C274 326 298 324 312 334 C326 324 350 326 362 344 C350 350 334 346 312 342 C290 346 274 350 262 344 Z',
      '#1D1512',
    ),
  ].join(''),
};

// ---------------------------------------------------------------- write
man.hairShadow =
  'M210 262 C200 196 226 134 292 124 C352 116 398 154 398 226 C398 244 396 258 392 268 C388 236 380 212 366 196 C340 184 312 186 290 176 C268 186 240 190 226 204 C218 222 214 242 210 262 Z';
manager.hairShadow =
  'M212 250 C206 176 244 128 304 126 C364 124 398 172 392 246 C386 224 376 204 362 190 C340 170 316 168 296 166 C272 170 246 184 230 206 C220 220 214 234 212 250 Z';
chef.hairShadow =
  'M198 214 C196 148 240 96 302 94 C366 92 408 144 406 214 L404 228 C380 216 340 208 302 208 C264 208 224 216 200 228 Z';

// Looks are named for what they show, so an author can pick one from its name; the first names some
// had ("traveller", "manager", "guest-man") said a role the picture did not, and stay as aliases.
export const RENAMED = {
  'guest-woman': 'woman-auburn-cardigan',
  'guest-man': 'man-grey-beard-shirt',
  manager: 'woman-bun-apron',
  chef: 'chef-man-moustache',
  child: 'girl-yellow-raincoat',
  traveller: 'man-suit-backpack',
  executive: 'woman-silver-blazer',
  elderly: 'old-man-flat-cap',
  'young-woman': 'young-woman-denim',
  housekeeper: 'housekeeper-woman',
  agent: 'woman-braids-headset',
  courier: 'courier-man-ginger',
  receptionist: 'receptionist-man-lanyard',
};
// Who each drawn look presents, for the checker (a cast member's pronoun against the picture) and the gallery.
const FACTS = {
  'woman-auburn-cardigan': {
    title: 'Woman with auburn hair, green cardigan',
    pronoun: 'she',
    age: 'adult',
    wears: 'green cardigan, necklace; auburn shoulder-length hair',
  },
  'man-grey-beard-shirt': {
    title: 'Man with a grey beard, checked shirt',
    pronoun: 'he',
    age: 'adult',
    wears: 'blue checked shirt; grey hair and beard (forties to fifties)',
  },
  'woman-bun-apron': {
    title: 'Woman in an apron, hair in a bun',
    pronoun: 'she',
    age: 'adult',
    wears: 'dark shirt, mustard apron, tea towel; black hair in a bun',
  },
  'chef-man-moustache': {
    title: 'Chef, man with a moustache',
    pronoun: 'he',
    age: 'adult',
    wears: 'chef whites, navy cap, red neckerchief; moustache',
  },
  'girl-yellow-raincoat': {
    title: 'Child, girl',
    pronoun: 'she',
    age: 'child',
    wears: 'yellow raincoat, striped jumper, teddy in the pocket; afro puffs',
  },
  'man-suit-backpack': {
    title: 'Man in a suit',
    pronoun: 'he',
    age: 'adult',
    wears: 'charcoal suit, loosened tie, backpack strap; stubble',
  },
  'woman-silver-blazer': {
    title: 'Woman with a silver bob, navy blazer',
    pronoun: 'she',
    age: 'adult',
    wears: 'navy blazer, pearls; silver bob (fifties)',
  },
  'old-man-flat-cap': {
    title: 'Older man in a flat cap',
    pronoun: 'he',
    age: 'older',
    wears: 'tweed flat cap, glasses, mustard cardigan; white hair and moustache',
  },
  'young-woman-denim': {
    title: 'Young woman in a denim jacket',
    pronoun: 'she',
    age: 'adult',
    wears: 'denim jacket over a coral tee, gold hoops; big dark curls (twenties)',
  },
  'housekeeper-woman': {
    title: 'Housekeeper, woman',
    pronoun: 'she',
    age: 'adult',
    wears: 'plum housekeeping tunic, name badge; black hair in a low bun',
  },
  'woman-braids-headset': {
    title: 'Woman with braids and a headset',
    pronoun: 'she',
    age: 'adult',
    wears: 'terracotta cardigan, headset round her neck; box braids',
  },
  'courier-man-ginger': {
    title: 'Courier, man with a ginger beard',
    pronoun: 'he',
    age: 'adult',
    wears: 'orange hi-vis over a navy jacket, green cap; ginger beard',
  },
  'receptionist-man-lanyard': {
    title: 'Receptionist, young man',
    pronoun: 'he',
    age: 'adult',
    wears: 'teal sports polo, lanyard and pass; short black hair (twenties)',
  },
};
const drawn = {
  'guest-woman': woman,
  'guest-man': man,
  manager,
  chef,
  ...moreLooks({ f, path, stroke, ellipse, circle }, common),
};
/** Every look the game ships, by name, each with its title and facts (pronoun, age, what they wear). */
export const looks = Object.fromEntries(
  Object.entries(drawn).map(([old, look]) => [
    RENAMED[old],
    { ...look, title: FACTS[RENAMED[old]].title, facts: FACTS[RENAMED[old]] },
  ]),
);
Object.assign(looks, variantLooks(looks, { f, path, stroke, ellipse, circle }));
