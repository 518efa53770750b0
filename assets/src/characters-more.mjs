// Additional looks for generate-characters.mjs (imported by it; not run alone).
// Same skeleton and face system as the original four: each look only supplies
// anchors, palette and the body / hair / clothing layers.
//
// Layer order (see svg() in generate-characters.mjs):
//   behind, body, backHair, neck, overNeck, head (faceExtra clipped to face),
//   frontHair, face features, top
// Optional knobs read by the shared code: scale / shiftY (whole figure),
// glint (eye highlights), noseScale, mouthScale.

export function moreLooks(h, common) {
  const { f, path, stroke, ellipse, circle } = h;

  // ---------------------------------------------------------- shared helpers
  // Shoulder / torso silhouette. nw = half neck opening, sw = half shoulder width.
  const torso = (cx, top, nw, sw) => {
    const Lx = cx - sw,
      Rx = cx + sw;
    return (
      `M${cx - nw} ${top} C${cx - nw - 46} ${top + 22} ${Lx + 70} ${top + 30} ${Lx + 38} ${top + 60} ` +
      `C${Lx + 10} ${top + 88} ${Lx + 4} ${top + 140} ${Lx + 2} ${top + 200} L${Lx - 4} 800 L${Rx + 4} 800 ` +
      `L${Rx - 2} ${top + 200} C${Rx - 4} ${top + 140} ${Rx - 10} ${top + 88} ${Rx - 38} ${top + 60} ` +
      `C${Rx - 70} ${top + 30} ${cx + nw + 46} ${top + 22} ${cx + nw} ${top} Z`
    );
  };
  // far side falls into shade; near arm catches the light; creases where the arms hang
  const torsoShade = (cx, top, sw, shade, light, crease, creaseFar) => {
    const Lx = cx - sw,
      Rx = cx + sw;
    return [
      path(
        `M${Rx - 38} ${top + 60} C${Rx - 10} ${top + 88} ${Rx - 4} ${top + 140} ${Rx - 2} ${top + 200} L${Rx + 4} 800 L${Rx - 92} 800 C${Rx - 82} 700 ${Rx - 74} 600 ${Rx - 38} ${top + 60} Z`,
        shade,
      ),
      light
        ? path(
            `M${Lx + 38} ${top + 60} C${Lx + 60} ${top + 80} ${Lx + 70} ${top + 120} ${Lx + 72} ${top + 180} C${Lx + 74} ${top + 250} ${Lx + 70} ${top + 320} ${Lx + 68} 800 L${Lx - 4} 800 L${Lx + 2} ${top + 200} C${Lx + 4} ${top + 140} ${Lx + 10} ${top + 88} ${Lx + 38} ${top + 60} Z`,
            light,
          )
        : '',
      crease
        ? stroke(
            `M${Lx + 80} ${top + 170} C${Lx + 84} ${top + 240} ${Lx + 82} ${top + 300} ${Lx + 80} 800`,
            crease,
            6,
            'opacity="0.8"',
          )
        : '',
      crease
        ? stroke(
            `M${Rx - 80} ${top + 170} C${Rx - 84} ${top + 240} ${Rx - 82} ${top + 300} ${Rx - 80} 800`,
            creaseFar || crease,
            6,
            'opacity="0.8"',
          )
        : '',
    ].join('');
  };
  // a ring of overlapping circles: curly / puffy hair masses
  const puff = (cx, cy, rx, ry, n, r, fill, phase = 0) => {
    let out = ellipse(cx, cy, rx, ry, fill);
    for (let i = 0; i < n; i++) {
      const a = phase + (i / n) * Math.PI * 2;
      out += circle(cx + Math.cos(a) * rx, cy + Math.sin(a) * ry, r * (0.85 + (0.3 * ((i * 7) % 5)) / 4), fill);
    }
    return out;
  };
  const dots = (pts, r, fill, extra = '') => pts.map(([x, y]) => circle(x, y, r, fill, extra)).join('');

  const looks = {};

  // ======================================================== 1. child
  // Seven-year-old girl: big eyes, afro puffs, yellow raincoat, teddy in pocket.
  // Drawn at roughly adult head size but on a much narrower body, placed lower.
  {
    const hair = '#2B1A13',
      hairMid = '#3B2419',
      hairHi = '#54362A';
    const coat = '#F2C230',
      coatShade = '#D9A11E',
      coatLight = '#F9D65E',
      coatDeep = '#C08A14';
    const top = 414,
      sw = 158;
    const face =
      'M302 132 C368 132 404 182 404 252 C404 318 388 358 358 380 C342 392 326 398 308 398 C288 398 266 392 248 380 C218 358 200 318 200 252 C200 182 236 132 302 132 Z';
    const hairCap =
      'M204 240 C198 176 236 128 302 126 C370 124 410 176 402 242 C392 212 370 186 340 176 C322 170 304 170 302 178 C296 170 276 170 260 178 C232 190 212 212 204 240 Z';
    looks.child = {
      ...common,
      title: 'Child',
      scale: 1.04,
      shiftY: 58,
      skin: '#9C603D',
      skinShade: '#844C2E',
      skinDeep: '#643621',
      skinLight: '#B0744E',
      blush: '#C85B45',
      eyeColor: '#1B100C',
      browColor: '#2B1A13',
      mouthDark: '#4E1A14',
      lashes: true,
      eyeY: 284,
      eyeDX: 46,
      eyeRX: 14.5,
      eyeRY: 18.5,
      glint: 1.35,
      browY: 240,
      browLen: 38,
      browW: 9,
      noseY: 322,
      noseScale: 0.7,
      mouthY: 350,
      mouthScale: 0.85,
      sweatX: 396,
      sweatY: 206,
      earL: [203, 290],
      earR: [400, 292],
      faceShadeX: 470,
      chinY: 398,
      face,
      hairShadow: hairCap,
      behind: [
        // two afro puffs with bobbles
        puff(220, 150, 44, 40, 11, 18, hair, 0.3),
        puff(214, 142, 30, 26, 8, 12, hairMid, 0.5),
        circle(202, 128, 10, hairHi, 'opacity="0.8"'),
        puff(388, 150, 42, 40, 11, 18, hair, 0.1),
        puff(382, 144, 28, 24, 8, 11, hairMid, 0.2),
        circle(372, 128, 9, hairHi, 'opacity="0.7"'),
      ].join(''),
      body: [
        // hood lying behind the neck
        path('M226 424 C232 392 266 380 300 380 C334 380 368 392 374 424 C352 440 248 440 226 424 Z', coatDeep),
        // striped jumper in the opening
        path(`M258 ${top} L342 ${top} L330 800 L270 800 Z`, '#2F4F7A'),
        stroke('M262 446 L338 446 M264 476 L336 476 M266 506 L334 506 M268 536 L332 536', '#F4EBDD', 12),
        // raincoat
        path(torso(300, top, 44, sw), coat),
        torsoShade(300, top, sw, coatShade, coatLight, coatShade, coatDeep),
        // open front: jumper stripes showing between the coat edges
        `<clipPath id="jumperclip"><path d="M266 ${top + 6} C274 470 284 560 286 800 L314 800 C316 560 326 470 334 ${top + 6} Z"/></clipPath>`,
        path(`M266 ${top + 6} C274 470 284 560 286 800 L314 800 C316 560 326 470 334 ${top + 6} Z`, '#2F4F7A'),
        `<g clip-path="url(#jumperclip)">` +
          stroke(
            'M250 452 L350 452 M250 490 L350 490 M250 528 L350 528 M250 566 L350 566 M250 604 L350 604 M250 642 L350 642 M250 680 L350 680',
            '#F4EBDD',
            15,
          ) +
          path('M314 400 L350 400 L350 800 L306 800 Z', '#1B2B44', 'opacity="0.25"') +
          `</g>`,
        // coat front edges and press studs
        stroke(`M266 ${top + 8} C274 470 284 560 286 800`, coatDeep, 8),
        stroke(`M334 ${top + 8} C326 470 316 560 314 800`, coatDeep, 8),
        circle(258, 512, 7, coatDeep),
        circle(256, 510, 3, coatLight),
        circle(266, 596, 7, coatDeep),
        circle(264, 594, 3, coatLight),
        circle(272, 680, 7, coatDeep),
        circle(270, 678, 3, coatLight),
        // pocket with a teddy peeking out (near side)
        ellipse(214, 612, 23, 21, '#A86B3C'),
        circle(196, 594, 8, '#A86B3C'),
        circle(232, 594, 8, '#94592E'),
        circle(196, 594, 4, '#D8A26C'),
        circle(232, 594, 4, '#C38D59'),
        ellipse(216, 622, 10, 7, '#D8A26C'),
        circle(206, 608, 3.2, '#241510'),
        circle(224, 608, 3.2, '#241510'),
        ellipse(216, 618, 3.5, 2.5, '#241510'),
        path('M172 622 L258 622 L256 700 Q214 712 174 700 Z', coatShade),
        path('M172 622 L258 622 L258 638 L172 638 Z', coatDeep),
        // sleeve seam
        stroke(`M186 ${top + 40} C176 ${top + 70} 170 ${top + 110} 168 ${top + 140}`, coatShade, 5, 'opacity="0.8"'),
      ].join(''),
      neck: {
        cx: 302,
        top: 340,
        bottom: 436,
        w: 32,
        extra: 'M270 430 L334 430 C328 450 316 460 302 462 C288 460 276 450 270 430 Z',
      },
      overNeck: [
        // jumper neckband, then the raincoat's rounded collar
        path('M268 428 C280 446 324 446 336 428 L340 440 C326 460 278 460 264 440 Z', '#F4EBDD'),
        path('M262 410 C238 414 214 424 200 440 C214 462 240 474 268 476 C266 456 264 436 270 418 Z', coatLight),
        path('M342 410 C366 414 390 424 404 440 C390 462 364 474 336 476 C338 456 340 436 334 418 Z', coatShade),
        stroke('M270 418 C264 436 266 456 268 476', coatDeep, 3, 'opacity="0.6"'),
        stroke('M334 418 C340 436 338 456 336 476', coatDeep, 3, 'opacity="0.6"'),
      ].join(''),
      frontHair: [
        path(hairCap, hair),
        // centre parting and combed-back texture
        stroke('M302 128 C302 146 302 162 302 176', hairHi, 4, 'opacity="0.8"'),
        stroke('M270 142 C250 156 232 176 220 200', hairMid, 5, 'opacity="0.9"'),
        stroke('M334 142 C354 154 372 172 384 196', hairMid, 5, 'opacity="0.9"'),
        path('M250 144 C268 132 290 128 298 130 C282 138 266 146 256 156 Z', hairHi, 'opacity="0.8"'),
        // bobbles
        circle(244, 170, 10, '#E0533D'),
        circle(241, 167, 4, '#F28A72'),
        circle(362, 170, 10, '#C7402C'),
        circle(359, 167, 4, '#E0735C'),
      ].join(''),
    };
  }

  // ======================================================== 2. traveller
  // Man, 30s, tired business traveller: tousled hair, stubble, tired eyes,
  // charcoal blazer, open collar and loosened tie, backpack strap.
  {
    const hair = '#2A211E',
      hairMid = '#3B2F2A',
      hairHi = '#56463F';
    const jk = '#4A4E58',
      jkShade = '#3A3D46',
      jkLight = '#5A5F6B',
      jkDeep = '#2E3038';
    const top = 440,
      sw = 216;
    const hairFront =
      'M206 262 C194 204 208 152 250 130 C248 120 256 112 266 116 C286 102 324 102 346 114 C356 108 368 114 366 124 C398 144 408 190 398 254 C394 230 386 210 374 196 C368 206 356 210 346 202 C336 212 318 214 306 204 C292 214 272 214 262 204 C252 212 238 212 230 204 C220 222 212 240 206 262 Z';
    looks.traveller = {
      ...common,
      title: 'Business traveller',
      skin: '#D39B70',
      skinShade: '#BA8158',
      skinDeep: '#96603D',
      skinLight: '#E2AE84',
      blush: '#CF6A50',
      eyeColor: '#22160F',
      browColor: '#2A211E',
      mouthDark: '#6E2A22',
      chinY: 412,
      eyeY: 272,
      browY: 234,
      noseY: 316,
      mouthY: 358,
      sweatX: 392,
      sweatY: 210,
      face: 'M300 134 C360 134 394 178 396 248 C398 310 388 356 360 386 C342 404 324 412 310 412 C290 412 268 404 250 388 C222 362 206 316 204 248 C204 178 240 134 300 134 Z',
      hairShadow: hairFront,
      faceExtra: [
        // stubble over the jaw and upper lip
        path(
          'M204 292 C212 350 238 398 272 416 C292 426 330 428 352 414 C382 394 398 350 398 292 C390 320 378 334 366 338 C350 330 332 328 312 330 C294 328 276 330 258 338 C242 334 218 320 204 292 Z',
          '#5C3F30',
          'opacity="0.24"',
        ),
        // tired eyes
        stroke('M248 294 Q264 302 280 293', '#96603D', 3.5, 'opacity="0.55"'),
        stroke('M334 294 Q348 302 362 293', '#96603D', 3.5, 'opacity="0.55"'),
      ].join(''),
      body: [
        path(torso(300, top, 46, sw), jk),
        torsoShade(300, top, sw, jkShade, jkLight, jkDeep),
        // open shirt in the V
        path('M254 440 L346 440 C338 520 322 600 306 690 L294 690 C278 600 262 520 254 440 Z', '#DCE4EC'),
        path('M304 450 L346 440 C338 520 322 600 306 690 Z', '#BFCAD6'),
        // loosened tie, knot pulled down and askew
        path('M284 496 L312 498 L306 524 L288 522 Z', '#8E2F3A'),
        path('M288 522 L306 524 L318 650 L300 676 L284 648 Z', '#9E3744'),
        path('M298 523 L306 524 L318 650 L300 676 Z', '#7A2631'),
        stroke('M290 560 L312 556 M292 604 L315 600', '#C9A463', 3, 'opacity="0.6"'),
        // lapels
        path(
          'M254 438 C236 470 226 500 232 526 L262 540 L252 560 L294 690 L300 690 C280 600 264 520 254 438 Z',
          jkLight,
        ),
        path(
          'M346 438 C364 470 374 500 368 526 L338 540 L348 560 L306 690 L300 690 C320 600 336 520 346 438 Z',
          jkShade,
        ),
        stroke('M262 540 L294 690', jkDeep, 3, 'opacity="0.5"'),
        // blazer button and pocket square line
        circle(300, 720, 7, '#2A2C33'),
        circle(298, 718, 2.5, '#6B707C'),
        path('M352 600 L412 596 L412 604 L352 608 Z', jkDeep),
        // backpack strap over the near shoulder
        path(
          'M150 490 C168 474 200 466 222 468 C222 540 216 660 214 800 L170 800 C170 690 166 580 150 490 Z',
          '#3F4A3D',
        ),
        path(
          'M150 490 C160 482 172 476 186 472 C186 560 184 690 184 800 L170 800 C170 690 166 580 150 490 Z',
          '#4E5B4B',
        ),
        stroke('M164 500 C176 580 180 680 180 800', '#2F382E', 2.5, 'stroke-dasharray="6 6" opacity="0.7"'),
        stroke('M210 480 C212 580 208 680 206 800', '#2F382E', 2.5, 'stroke-dasharray="6 6" opacity="0.7"'),
        path('M164 640 L218 640 L218 668 L164 668 Z', '#8A9096'),
        path('M172 648 L210 648 L210 660 L172 660 Z', '#3F4A3D'),
      ].join(''),
      neck: {
        cx: 302,
        top: 340,
        bottom: 470,
        w: 42,
        extra: 'M262 466 L342 466 C336 496 318 516 302 518 C286 516 268 496 262 466 Z',
      },
      overNeck: [
        // open collar, one point lifted
        path('M256 440 C246 466 250 494 260 514 L292 490 C278 478 268 460 262 436 Z', '#E9EFF4'),
        path('M348 440 C358 462 356 488 346 506 L312 488 C326 476 336 460 342 436 Z', '#C6D0DB'),
      ].join(''),
      frontHair: [
        path(hairFront, hair),
        path('M250 130 C272 118 310 112 340 120 C310 122 280 130 262 144 Z', hairHi),
        path('M366 124 C398 144 408 190 398 254 C394 230 386 210 374 196 C380 170 376 146 366 124 Z', '#201916'),
        stroke('M236 166 C228 182 222 200 220 218', hairMid, 5),
        stroke('M282 150 C270 168 264 186 262 202', hairMid, 5),
        stroke('M322 146 C330 164 334 184 336 200', hairMid, 5),
        // a stray tuft sticking up
        path('M286 112 C290 96 306 88 324 90 C316 96 314 104 318 112 Z', hair),
        // sideburns
        path('M206 262 L216 258 C216 276 216 292 218 306 C210 296 206 282 206 262 Z', hair),
        path('M398 254 L390 254 C390 272 390 288 388 300 C396 290 398 276 398 254 Z', '#201916'),
      ].join(''),
    };
  }

  // ======================================================== 3. executive
  // Woman, 50s: silver bob tucked behind the near ear, navy blazer, pearls.
  {
    const silver = '#C4C1BC',
      silverShade = '#A29E98',
      silverHi = '#E4E1DC',
      silverDeep = '#8C8882';
    const nv = '#26365C',
      nvShade = '#1C2846',
      nvLight = '#30436D',
      nvDeep = '#16203A';
    const top = 444,
      sw = 204;
    const fringe =
      'M262 118 C222 132 202 176 204 240 C208 226 214 214 222 206 C250 204 306 192 344 168 C366 196 386 238 394 284 C398 324 396 360 386 392 C402 406 422 408 432 398 C436 346 436 296 432 244 C428 162 382 110 304 108 C288 108 274 112 262 118 Z';
    looks.executive = {
      ...common,
      title: 'Executive',
      skin: '#DBA67F',
      skinShade: '#C28A63',
      skinDeep: '#A06A48',
      skinLight: '#E8BA95',
      blush: '#D66E5C',
      eyeColor: '#24160F',
      browColor: '#5E5650',
      mouthDark: '#80343A',
      lashes: true,
      chinY: 402,
      sweatX: 224,
      sweatY: 196,
      face: 'M300 140 C360 140 394 182 394 252 C394 312 380 352 352 380 C336 396 322 402 310 402 C294 402 272 394 254 378 C224 350 208 310 208 252 C208 182 240 140 300 140 Z',
      hairShadow: fringe,
      faceExtra: [
        // laughter lines, lightly
        stroke('M266 340 C260 350 260 360 266 368', '#A06A48', 3, 'opacity="0.4"'),
        stroke('M358 338 C364 348 364 356 360 364', '#A06A48', 3, 'opacity="0.4"'),
        stroke('M226 266 l-10 -4 M228 276 l-10 2', '#A06A48', 2.5, 'opacity="0.45"'),
      ].join(''),
      backHair: [
        path(
          'M300 108 C384 108 430 164 430 250 C430 318 430 372 420 404 C404 420 372 422 352 410 L250 410 C230 418 204 416 190 402 C182 372 182 320 184 250 C186 164 218 108 300 108 Z',
          silverShade,
        ),
        path('M190 300 C186 340 186 380 192 402 C204 414 226 416 244 410 C230 380 226 340 226 300 Z', silverDeep),
      ].join(''),
      body: [
        // blouse
        path(torso(300, top, 42, sw), '#F1E6D6'),
        // blazer
        path(
          `M256 ${top} C214 466 166 474 134 ${top + 60} C106 532 100 584 98 ${top + 200} L92 800 L292 800 L292 690 C278 610 262 530 256 ${top} Z`,
          nv,
        ),
        path(
          `M344 ${top} C386 466 434 474 466 ${top + 60} C494 532 500 584 502 ${top + 200} L508 800 L292 800 L296 690 C314 610 334 530 344 ${top} Z`,
          nv,
        ),
        torsoShade(300, top, sw, nvShade, nvLight, nvDeep),
        // blouse neckline
        path(
          'M262 450 C276 470 290 478 300 480 C310 478 324 470 338 450 C332 480 318 500 300 504 C282 500 268 480 262 450 Z',
          '#E2D3BE',
        ),
        // lapels
        path(
          'M256 442 C238 476 228 506 234 532 L264 544 L254 566 L292 690 L300 690 C282 610 266 528 256 442 Z',
          nvLight,
        ),
        path(
          'M344 442 C362 476 372 506 366 532 L336 544 L346 566 L308 690 L300 690 C318 610 334 528 344 442 Z',
          nvShade,
        ),
        stroke('M264 544 L292 690', nvDeep, 3, 'opacity="0.6"'),
        // single button
        circle(300, 716, 8, '#C9A45C'),
        circle(298, 714, 3, '#E8CD8E'),
        // gold brooch on the far lapel
        circle(350, 560, 9, '#D9A441'),
        circle(348, 558, 4, '#F1D58E'),
        // pocket flap
        path('M356 646 L420 642 L420 652 L356 656 Z', nvDeep),
      ].join(''),
      neck: {
        cx: 300,
        top: 340,
        bottom: 470,
        w: 38,
        extra: 'M264 466 L336 466 C330 488 316 500 300 502 C284 500 270 488 264 466 Z',
      },
      frontHair: [
        path(fringe, silver),
        path('M232 176 C256 150 296 138 338 144 C300 152 268 166 244 190 Z', silverHi),
        path(
          'M344 168 C366 196 386 238 394 284 C398 324 396 360 386 392 C402 406 422 408 432 398 C410 380 404 330 402 282 C398 230 378 190 344 168 Z',
          silverShade,
        ),
        stroke('M280 120 C318 114 356 124 384 150', silverHi, 5),
        stroke('M360 190 C380 220 392 260 396 300', silverDeep, 3.5, 'opacity="0.6"'),
        stroke('M400 290 C408 330 412 360 418 392', silverDeep, 3.5, 'opacity="0.6"'),
        // near side, tucked behind the ear
        path('M204 240 C200 256 200 268 204 276 C210 262 214 250 222 240 Z', silverShade),
      ].join(''),
      top: [
        // pearl earring on the visible ear
        circle(205, 322, 8, '#F4EFE6'),
        circle(207, 324, 6, '#DDD3C4'),
        circle(203, 319, 3, '#FFFFFF'),
      ].join(''),
      earL: [208, 290],
    };
  }

  // ======================================================== 4. elderly
  // Man, 70s: tweed flat cap, white hair and moustache, glasses, cardigan.
  {
    const tw = '#7A6450',
      twShade = '#5E4C3C',
      twLight = '#927B64',
      twDeep = '#4C3D30';
    const cd = '#B3822F',
      cdShade = '#93661F',
      cdLight = '#C6963F',
      cdDeep = '#7C5418';
    const white = '#F3F0EB',
      whiteShade = '#CFC9C0';
    const top = 446,
      sw = 210;
    // cap outline as drawn (the cap layer is raised 14px; see frontHair)
    const cap =
      'M190 212 C184 170 200 132 240 116 C276 102 340 100 376 114 C414 130 424 172 414 212 C380 198 340 192 302 192 C262 192 224 198 190 212 Z';
    const eyeY = 278;
    const L = {
      ...common,
      title: 'Elderly guest',
      skin: '#F0C3A5',
      skinShade: '#D9A284',
      skinDeep: '#B97C60',
      skinLight: '#F8D6BE',
      blush: '#E2735F',
      eyeColor: '#2A1C16',
      browColor: '#8E877E',
      mouthDark: '#7E3430',
      chinY: 418,
      eyeY,
      eyeRX: 10,
      eyeRY: 12.5,
      browY: 238,
      browW: 13,
      browLen: 50,
      noseY: 320,
      mouthY: 366,
      sweatX: 396,
      sweatY: 226,
      face: 'M300 142 C360 142 394 186 396 256 C398 320 388 364 360 394 C342 412 324 418 310 418 C290 418 266 410 248 394 C220 366 206 322 204 256 C204 186 240 142 300 142 Z',
      hairShadow: cap,
      faceExtra: [
        // crow's feet, cheek folds, under-eye lines
        stroke('M224 270 l-12 -5 M224 280 l-13 1 M226 290 l-11 6', '#B97C60', 2.5, 'opacity="0.5"'),
        stroke('M386 270 l10 -5 M386 280 l11 1', '#B97C60', 2.5, 'opacity="0.5"'),
        stroke('M270 330 C258 346 256 364 266 382', '#B97C60', 3.5, 'opacity="0.55"'),
        stroke('M358 330 C370 346 370 362 362 378', '#B97C60', 3.5, 'opacity="0.55"'),
        stroke('M248 300 Q264 308 280 300 M334 300 Q348 308 362 300', '#B97C60', 2.5, 'opacity="0.45"'),
        stroke('M262 224 Q304 216 346 224', '#B97C60', 2.5, 'opacity="0.4"'),
      ].join(''),
      body: [
        // shirt
        path(torso(300, top, 44, sw), '#CFDDE7'),
        path('M304 470 L346 446 C340 540 322 620 306 800 Z', '#B5C7D4'),
        // cardigan
        path(
          `M254 ${top} C212 468 160 476 128 ${top + 60} C100 532 94 586 92 ${top + 200} L86 800 L296 800 L296 660 C284 600 268 520 254 ${top} Z`,
          cd,
        ),
        path(
          `M346 ${top} C388 468 440 476 472 ${top + 60} C500 532 506 586 508 ${top + 200} L514 800 L300 800 L302 660 C316 600 332 520 346 ${top} Z`,
          cd,
        ),
        torsoShade(300, top, sw, cdShade, cdLight, cdDeep),
        // ribbed front bands
        stroke('M256 450 C268 520 286 600 296 660 L296 800', cdDeep, 14),
        stroke('M344 450 C332 520 314 600 304 660 L304 800', cdDeep, 14),
        stroke('M256 450 C268 520 286 600 296 660 L296 800', cdShade, 8),
        stroke('M344 450 C332 520 314 600 304 660 L304 800', cdShade, 8),
        circle(300, 688, 7, '#5E3A1E'),
        circle(300, 740, 7, '#5E3A1E'),
        circle(300, 792, 7, '#5E3A1E'),
        circle(298, 686, 2.5, '#8A5E3A'),
        circle(298, 738, 2.5, '#8A5E3A'),
        // pocket with a pen
        path('M352 650 L420 646 L422 716 Q388 726 354 718 Z', cdShade),
        path('M352 650 L420 646 L420 660 L352 664 Z', cdDeep),
        path('M388 618 L396 618 L396 652 L388 652 Z', '#2F4E6B'),
      ].join(''),
      neck: {
        cx: 302,
        top: 340,
        bottom: 476,
        w: 40,
        extra: 'M262 470 L342 470 C336 500 318 520 302 522 C286 520 268 500 262 470 Z',
      },
      overNeck: [
        // neck folds and shirt collar
        stroke('M282 430 C290 440 300 442 312 440', '#D9A284', 3, 'opacity="0.7"'),
        path('M254 446 C246 472 250 500 258 520 L290 494 C276 482 266 466 262 442 Z', '#E0EAF1'),
        path('M350 446 C358 470 354 496 346 514 L314 492 C328 480 338 466 342 442 Z', '#B5C7D4'),
      ].join(''),
      frontHair: [
        // white hair at the sides, under the cap
        path('M196 206 C186 246 190 290 208 312 C214 290 216 262 224 226 Z', white),
        stroke('M204 232 C200 256 202 280 208 298', whiteShade, 3),
        path('M410 206 C418 246 414 286 400 306 C396 284 394 258 388 226 Z', whiteShade),
        // flat cap: crown, then the short brim
        `<g transform="translate(0 -14)">`,
        path(
          'M190 226 C184 184 200 146 240 130 C276 116 340 114 376 128 C414 144 424 186 414 226 C380 212 340 206 302 206 C262 206 224 212 190 226 Z',
          tw,
        ),
        path('M376 128 C414 144 424 186 414 226 C396 218 378 214 360 210 C372 180 378 150 376 128 Z', twShade),
        path('M230 140 C260 124 320 118 356 126 C318 128 272 136 244 152 Z', twLight),
        stroke('M204 170 C250 150 350 148 404 168', twDeep, 3, 'opacity="0.5"'),
        circle(302, 152, 6, twDeep),
        path(
          'M196 220 C236 204 368 202 410 220 C418 228 414 240 402 242 C366 228 240 228 204 244 C192 240 188 228 196 220 Z',
          twShade,
        ),
        path('M204 244 C240 228 366 228 402 242 C368 238 240 238 204 250 Z', twDeep, 'opacity="0.5"'),
        // tweed flecks
        stroke(
          'M220 196 l8 -3 M250 180 l8 -3 M284 174 l8 -2 M318 168 l8 -2 M350 176 l8 0 M380 190 l8 1 M236 168 l7 -3 M300 186 l8 -1 M334 194 l8 0 M266 196 l8 -2 M370 158 l7 1',
          twLight,
          2.5,
          'opacity="0.7"',
        ),
        `</g>`,
      ].join(''),
      moustache: [
        path(
          'M256 356 C262 334 294 328 312 338 C330 328 362 334 368 356 C360 370 338 366 312 356 C286 366 264 370 256 356 Z',
          white,
        ),
        path('M312 338 C330 328 362 334 368 356 C360 370 338 366 312 356 Z', whiteShade),
        stroke('M280 344 l-4 10 M294 342 l-2 10 M330 342 l2 10 M344 344 l4 9', whiteShade, 2, 'opacity="0.8"'),
      ].join(''),
    };
    // glasses sit over the eyes and brows
    const lx = L.cx - L.eyeDX,
      rx = L.cx + L.eyeDX * 0.9;
    L.top = [
      `<rect x="${f(lx - 30)}" y="${eyeY - 23}" width="60" height="45" rx="18" fill="#FFFFFF" fill-opacity="0.14" stroke="#6A4631" stroke-width="5.5"/>`,
      `<rect x="${f(rx - 27)}" y="${eyeY - 23}" width="54" height="45" rx="17" fill="#FFFFFF" fill-opacity="0.14" stroke="#5A3A28" stroke-width="5.5"/>`,
      stroke(`M${f(lx + 30)} ${eyeY - 6} Q${f((lx + rx) / 2)} ${eyeY - 16} ${f(rx - 27)} ${eyeY - 6}`, '#6A4631', 5),
      stroke(`M${f(lx - 30)} ${eyeY - 10} L210 ${eyeY - 14}`, '#6A4631', 5),
      stroke(`M${f(rx + 27)} ${eyeY - 10} L396 ${eyeY - 14}`, '#5A3A28', 4),
      stroke(`M${f(lx - 20)} ${eyeY - 14} l10 -4`, '#FFFFFF', 3, 'opacity="0.6"'),
      stroke(`M${f(rx - 18)} ${eyeY - 14} l9 -4`, '#FFFFFF', 3, 'opacity="0.6"'),
    ].join('');
    looks.elderly = L;
  }

  // ======================================================== 5. young-woman
  // Woman, 20s: big dark curls, gold hoops, denim jacket over a coral tee.
  {
    const hair = '#2A1B16',
      hairMid = '#3A261E',
      hairHi = '#5A3C2E',
      hairDeep = '#1C110D';
    const dn = '#5F86B3',
      dnShade = '#4A6D96',
      dnLight = '#729AC4',
      dnDeep = '#3C5A7E',
      stitch = '#D9A45C';
    const tee = '#E0775C',
      teeShade = '#C2604A';
    const top = 446,
      sw = 200;
    const fringeCurls = [
      [214, 236, 24],
      [222, 204, 26],
      [244, 178, 27],
      [274, 162, 27],
      [306, 156, 28],
      [338, 162, 27],
      [366, 180, 26],
      [386, 206, 24],
      [396, 236, 22],
    ];
    looks['young-woman'] = {
      ...common,
      title: 'Young woman',
      skin: '#C98D63',
      skinShade: '#B0744D',
      skinDeep: '#8E5535',
      skinLight: '#D9A27A',
      blush: '#D8604C',
      eyeColor: '#1E120D',
      browColor: '#2A1B16',
      mouthDark: '#7A2A2A',
      lashes: true,
      chinY: 398,
      sweatX: 386,
      sweatY: 226,
      face: 'M302 142 C360 142 392 184 392 252 C392 310 378 350 352 376 C336 392 322 398 310 398 C294 398 274 390 256 374 C228 348 212 310 212 252 C212 184 244 142 302 142 Z',
      hairShadow:
        'M210 250 C214 204 240 176 270 172 C300 172 330 172 360 180 C384 196 396 220 398 252 L398 200 L210 200 Z',
      backHair: [
        puff(302, 272, 150, 152, 24, 34, hair, 0.1),
        puff(302, 262, 120, 136, 20, 26, hairMid, 0.3),
        ellipse(310, 300, 96, 130, hairDeep),
        // curl highlights
        stroke(
          'M172 196 q10 -14 24 -8 M160 264 q8 -14 22 -8 M166 334 q8 -12 22 -6 M188 402 q8 -12 20 -6 M204 150 q12 -12 26 -4 M256 116 q12 -10 26 -2 M330 112 q14 -8 26 2 M392 138 q12 -4 20 6 M428 196 q10 -2 14 10 M436 264 q10 0 12 12 M428 338 q8 2 10 14',
          hairHi,
          5,
        ),
      ].join(''),
      body: [
        // tee
        path(torso(300, top, 42, sw), tee),
        path('M304 470 L350 450 L346 800 L304 800 Z', teeShade),
        // denim jacket, open
        path(
          `M256 ${top} C216 468 168 476 138 ${top + 60} C110 532 104 586 102 ${top + 200} L96 800 L250 800 C250 680 250 560 258 470 Z`,
          dn,
        ),
        path(
          `M344 ${top} C384 468 432 476 462 ${top + 60} C490 532 496 586 498 ${top + 200} L504 800 L350 800 C350 680 350 560 342 470 Z`,
          dn,
        ),
        torsoShade(300, top, sw, dnShade, dnLight, dnDeep),
        // front edges, stitching, buttons
        stroke('M258 470 C250 560 250 680 250 800', dnDeep, 6),
        stroke('M342 470 C350 560 350 680 350 800', dnDeep, 6),
        stroke(
          'M244 480 C238 560 238 680 238 800 M356 480 C362 560 362 680 362 800',
          stitch,
          2.5,
          'stroke-dasharray="6 5" opacity="0.8"',
        ),
        // chest pockets with flaps
        path('M166 560 L236 556 L238 628 L168 632 Z', dnShade),
        path('M164 548 L238 544 L238 574 L202 588 L164 578 Z', dnLight),
        stroke('M168 578 L202 590 L236 576', stitch, 2.5, 'stroke-dasharray="5 4" opacity="0.8"'),
        circle(202, 576, 5, '#B8743A'),
        path('M364 556 L434 560 L432 632 L362 628 Z', dnDeep),
        path('M362 544 L436 548 L436 578 L398 590 L362 574 Z', dnShade),
        stroke('M364 574 L398 588 L434 578', stitch, 2.5, 'stroke-dasharray="5 4" opacity="0.7"'),
        circle(398, 576, 5, '#9E6230'),
        // yoke seam
        stroke(
          'M140 516 C172 508 214 512 250 530 M460 516 C428 508 386 512 350 530',
          stitch,
          2.5,
          'stroke-dasharray="6 5" opacity="0.7"',
        ),
        // a small pendant
        stroke('M270 470 C280 500 292 510 300 512 C308 510 320 500 330 470', '#E2B24D', 2.5),
        circle(300, 518, 5, '#E2B24D'),
      ].join(''),
      neck: {
        cx: 302,
        top: 340,
        bottom: 470,
        w: 38,
        extra: 'M266 466 L338 466 C332 488 318 500 302 502 C286 500 272 488 266 466 Z',
      },
      overNeck: [
        // tee neckband
        path('M262 462 C276 496 328 496 342 462 L348 470 C334 510 270 510 256 470 Z', teeShade),
        // denim collar lying open
        path('M258 444 C232 450 204 468 190 492 C206 510 232 520 256 524 C252 500 254 470 266 450 Z', dnLight),
        path('M342 444 C368 450 396 468 410 492 C394 510 368 520 344 524 C348 500 346 470 334 450 Z', dnShade),
      ].join(''),
      frontHair: [
        ...fringeCurls.map(([x, y, r], i) => circle(x, y, r, i % 2 ? hair : hairMid)),
        ...fringeCurls
          .slice(1, -1)
          .map(([x, y, r]) =>
            stroke(`M${x - r * 0.6} ${y - r * 0.1} q${r * 0.5} ${-r * 0.7} ${r * 1.1} ${-r * 0.2}`, hairHi, 4.5),
          ),
        // curls falling on the far side of the face
        circle(404, 272, 20, hair),
        circle(408, 306, 18, hairMid),
        circle(402, 338, 16, hair),
      ].join(''),
      top: [
        // gold hoop on the near ear
        `<circle cx="204" cy="336" r="16" fill="none" stroke="#E2B24D" stroke-width="5"/>`,
        stroke('M194 330 A12 12 0 0 1 204 322', '#F6D88A', 2.5),
      ].join(''),
      earL: [210, 292],
    };
  }

  // ======================================================== 6. housekeeper
  // Housekeeping manager, woman, 40s, South-Asian: sleek hair to a low bun,
  // plum uniform tunic with gold piping and a name badge.
  {
    const hair = '#1E1614',
      hairMid = '#2C2220',
      hairHi = '#4A3D3A',
      hairDeep = '#140E0C';
    const tu = '#6B3B5C',
      tuShade = '#55304A',
      tuLight = '#7F4B70',
      tuDeep = '#45263C',
      gold = '#D9A441';
    const top = 446,
      sw = 206;
    const hairFront =
      'M212 264 C202 182 242 130 302 128 C364 126 404 178 396 260 C388 226 374 200 352 186 C334 176 316 170 304 156 C290 170 270 178 252 188 C230 202 218 230 212 264 Z';
    looks.housekeeper = {
      ...common,
      title: 'Housekeeping manager',
      skin: '#B5774E',
      skinShade: '#9B5F3A',
      skinDeep: '#7A4328',
      skinLight: '#C78B60',
      blush: '#C4563F',
      eyeColor: '#1C110C',
      browColor: '#1E1614',
      mouthDark: '#6A2422',
      lashes: true,
      chinY: 402,
      sweatX: 392,
      sweatY: 206,
      face: 'M300 138 C360 138 392 180 392 250 C392 308 378 350 352 378 C334 396 320 402 310 402 C294 402 276 394 258 378 C228 350 210 308 210 250 C210 180 240 138 300 138 Z',
      hairShadow: hairFront,
      behind: [
        // low bun at the back of the head, glimpsed past the turned head
        circle(188, 220, 42, hair),
        circle(180, 212, 28, hairMid),
        stroke('M164 202 C174 190 192 188 204 196', hairHi, 5),
        stroke('M212 186 C222 204 224 228 218 252', gold, 7),
      ].join(''),
      backHair: [
        path('M240 146 C206 166 192 214 202 276 L216 272 C214 220 226 180 252 156 Z', hair),
        path('M366 148 C398 170 412 214 400 272 L392 268 C394 220 384 184 356 160 Z', '#140E0C'),
      ].join(''),
      body: [
        path(torso(300, top, 40, sw), tu),
        torsoShade(300, top, sw, tuShade, tuLight, tuDeep),
        // side-fastened front with piping and buttons
        path('M322 470 C344 500 360 530 364 560 L366 800 L356 800 L354 562 C350 534 334 504 314 476 Z', tuDeep),
        stroke('M318 472 C342 502 356 532 360 562 L361 800', gold, 3.5),
        circle(372, 590, 6, gold),
        circle(372, 660, 6, gold),
        circle(372, 730, 6, gold),
        circle(370, 588, 2, '#F1D58E'),
        circle(370, 658, 2, '#F1D58E'),
        circle(370, 728, 2, '#F1D58E'),
        // name badge (blank)
        path('M180 560 L262 556 L263 590 L181 594 Z', gold),
        path('M184 563 L258 559.5 L259 586 L185 589.5 Z', '#F6EEDC'),
        circle(196, 576, 7, tu),
        stroke('M210 570 L248 568 M210 580 L236 579', '#C9B99C', 3),
        // sleeve seam
        stroke('M180 486 C168 520 160 560 158 600', tuDeep, 4, 'opacity="0.6"'),
      ].join(''),
      neck: { cx: 300, top: 340, bottom: 462, w: 38 },
      overNeck: [
        // mandarin collar with piping
        path('M258 440 C272 460 328 460 342 440 L348 470 C330 490 270 490 252 470 Z', tuLight),
        path('M300 458 C318 458 334 452 342 440 L348 470 C336 482 318 488 300 488 Z', tuShade),
        stroke('M252 470 C270 490 330 490 348 470', gold, 3),
      ].join(''),
      frontHair: [
        path(hairFront, hair),
        path(
          'M304 156 C316 170 334 176 352 186 C374 200 388 226 396 260 C402 214 392 172 366 148 C346 142 322 144 304 156 Z',
          hairDeep,
        ),
        path('M246 148 C266 134 290 130 302 132 C288 142 270 150 256 162 Z', hairHi),
        stroke('M302 130 L304 156', '#7A4328', 3),
        stroke('M240 178 C228 196 220 218 216 242', hairMid, 4),
        stroke('M330 170 C352 184 370 204 380 228', hairHi, 4, 'opacity="0.6"'),
      ].join(''),
      top: [circle(206, 318, 5, gold), circle(205, 317, 2, '#F1D58E')].join(''),
    };
  }

  // ======================================================== 7. agent
  // Support team lead, woman, 30s: shoulder-length box braids, headset
  // resting around the neck, terracotta cardigan over a cream tee.
  {
    const hair = '#1B1311',
      hairMid = '#2C201C',
      hairHi = '#4A3830';
    const cd = '#C65A3F',
      cdShade = '#A8472F',
      cdLight = '#D86E52',
      cdDeep = '#8E3A25';
    const top = 446,
      sw = 206;
    const crown =
      'M206 262 C198 180 238 126 302 124 C366 122 410 176 406 258 C406 290 404 316 400 336 L388 332 C390 298 390 262 384 232 C376 206 362 192 346 182 C324 172 304 170 286 166 C254 176 226 206 206 262 Z';
    // braids: strands of alternating tone with a plait texture
    const braid = (d, i) =>
      stroke(d, i % 2 ? hair : hairMid, 15) + stroke(d, hairHi, 4, 'stroke-dasharray="3 9" opacity="0.8"');
    looks.agent = {
      ...common,
      title: 'Support team lead',
      skin: '#7A4A2E',
      skinShade: '#63391F',
      skinDeep: '#4A2814',
      skinLight: '#8E5A3A',
      blush: '#A8503A',
      eyeColor: '#150C08',
      browColor: '#1B1311',
      mouthDark: '#3E1410',
      lashes: true,
      chinY: 402,
      sweatX: 388,
      sweatY: 204,
      face: 'M300 138 C360 138 394 180 394 250 C394 310 380 350 352 378 C336 394 322 402 310 402 C294 402 272 394 254 378 C224 350 208 310 208 250 C208 180 240 138 300 138 Z',
      hairShadow: crown,
      backHair: [
        path(
          'M300 110 C388 110 434 166 434 250 C434 330 440 420 450 496 L352 496 L344 430 L260 430 L252 496 L154 496 C164 420 170 330 170 250 C170 166 212 110 300 110 Z',
          hair,
        ),
        // a curtain of braids; each starts on the outline of the hair mass
        ...Array.from({ length: 19 }, (_, i) => {
          const x = 160 + i * 15.6;
          if (x > 236 && x < 368) return ''; // hidden behind the head and neck
          const x0 = 302 + (x - 302) * 0.8;
          const t = Math.max(0, 1 - ((x0 - 302) / 136) ** 2);
          const y0 = 252 - 140 * Math.sqrt(t) + 12;
          const x1 = x + (x - 302) * 0.1;
          const y1 = 494 + ((i * 7) % 5) * 5;
          return braid(`M${f(x0)} ${f(y0)} C${f(x)} ${f(y0 + 50)} ${f(x1)} ${f(y1 - 160)} ${f(x1)} ${f(y1)}`, i);
        }),
      ].join(''),
      body: [
        path(torso(300, top, 42, sw), '#F2E7D6'),
        path('M304 470 L346 450 L340 800 L304 800 Z', '#DDCDB6'),
        path(
          `M256 ${top} C214 468 164 476 132 ${top + 60} C104 532 98 586 96 ${top + 200} L90 800 L262 800 C262 680 260 560 262 470 Z`,
          cd,
        ),
        path(
          `M344 ${top} C386 468 436 476 468 ${top + 60} C496 532 502 586 504 ${top + 200} L510 800 L340 800 C338 680 338 560 338 470 Z`,
          cd,
        ),
        torsoShade(300, top, sw, cdShade, cdLight, cdDeep),
        stroke('M262 470 C260 560 262 680 262 800', cdDeep, 12),
        stroke('M338 470 C338 560 338 680 340 800', cdDeep, 12),
        circle(252, 600, 6, '#F2E7D6'),
        circle(252, 690, 6, '#F2E7D6'),
        circle(252, 780, 6, '#F2E7D6'),
        // headset band passing behind the neck
        stroke('M250 470 C248 440 258 420 274 410 M354 470 C356 440 346 420 330 410', '#3A3C44', 9),
      ].join(''),
      neck: {
        cx: 302,
        top: 340,
        bottom: 466,
        w: 38,
        extra: 'M266 462 L338 462 C332 484 318 496 302 498 C286 496 272 484 266 462 Z',
      },
      overNeck: [
        // tee neckline
        path('M262 458 C276 494 328 494 342 458 L348 466 C334 506 270 506 256 466 Z', '#DDCDB6'),
        // headset ear cups on the collarbones, mic boom swinging forward
        ellipse(248, 484, 26, 30, '#2E3036'),
        ellipse(244, 480, 17, 21, '#484A54'),
        ellipse(242, 476, 7, 9, '#5E616C'),
        ellipse(358, 484, 24, 29, '#24262B'),
        ellipse(362, 482, 15, 20, '#3A3C44'),
        stroke('M262 500 C270 526 284 540 304 544', '#2E3036', 5),
        ellipse(310, 545, 10, 8, '#3A3C44'),
        circle(307, 542, 3, '#6E717C'),
      ].join(''),
      frontHair: [
        path(crown, hair),
        // braids from the parting
        stroke(
          'M286 168 C262 176 240 196 226 222 M300 168 C314 150 340 150 358 166 M270 134 C250 150 236 172 226 196',
          hairHi,
          4,
          'stroke-dasharray="3 9"',
        ),
        stroke('M290 128 C270 136 254 150 244 166 M318 130 C344 134 366 148 380 170', hairMid, 6),
        path('M250 140 C270 128 296 124 318 126 C296 132 274 140 260 152 Z', hairHi),
        // braids falling in front of the far shoulder
        braid('M398 262 C402 320 404 400 410 490', 0),
        braid('M388 280 C392 340 394 410 398 498', 1),
        braid('M406 246 C412 310 416 390 424 482', 1),
      ].join(''),
      top: [circle(206, 318, 5, '#E2B24D')].join(''),
    };
  }

  // ======================================================== 8. courier
  // Delivery driver, man, late 20s: ginger beard and freckles, green cap,
  // orange hi-vis vest with reflective bands over a navy jacket.
  {
    const cap = '#2F5A45',
      capShade = '#244838',
      capLight = '#3D7058',
      capDeep = '#1B3629';
    const vest = '#F07A1E',
      vestShade = '#CF6112',
      vestLight = '#F7933E';
    const jk = '#2B3244',
      jkShade = '#202636',
      jkLight = '#384158';
    const refl = '#D9DCDF',
      reflShade = '#B4B9BE';
    const ginger = '#B5592B',
      gingerShade = '#95451F',
      gingerHi = '#CC7040';
    const top = 440,
      sw = 232;
    const capCrown =
      'M200 224 C196 156 242 104 304 102 C368 100 412 152 408 222 C378 208 342 202 304 202 C266 202 230 208 200 224 Z';
    const Lx = 300 - sw,
      Rx = 300 + sw;
    const vestD = `M258 ${top} C240 452 222 460 206 468 C212 530 222 600 222 680 L224 800 L376 800 L378 680 C378 600 388 530 394 468 C378 460 360 452 342 ${top} Z`;
    looks.courier = {
      ...common,
      title: 'Courier',
      skin: '#EFC09D',
      skinShade: '#D8A07E',
      skinDeep: '#B8785A',
      skinLight: '#F7D4B8',
      blush: '#E27260',
      eyeColor: '#20150F',
      browColor: '#9A4520',
      mouthDark: '#7A2E28',
      chinY: 414,
      eyeY: 280,
      browY: 248,
      noseY: 322,
      mouthY: 364,
      sweatX: 398,
      sweatY: 236,
      face: 'M300 134 C362 134 398 178 398 250 C398 314 388 360 360 390 C342 408 324 414 310 414 C290 414 266 406 248 390 C220 362 204 316 204 250 C204 178 238 134 300 134 Z',
      // the cap layer is raised 16px (see frontHair); its shadow follows
      hairShadow:
        'M200 208 C196 140 242 88 304 86 C368 84 412 136 408 206 L414 206 C404 226 370 240 304 242 C240 242 204 228 194 208 Z',
      faceExtra: dots(
        [
          [248, 310],
          [260, 318],
          [244, 322],
          [272, 310],
          [256, 304],
          [352, 310],
          [364, 318],
          [346, 320],
          [372, 306],
          [316, 304],
          [306, 296],
          [324, 294],
        ],
        2.6,
        '#C47E58',
        'opacity="0.7"',
      ),
      body: [
        // navy jacket
        path(torso(300, top, 44, sw), jk),
        torsoShade(300, top, sw, jkShade, jkLight, '#1A1F2C'),
        // vest over it
        `<clipPath id="vestclip"><path d="${vestD}"/></clipPath>`,
        path(vestD, vest),
        `<g clip-path="url(#vestclip)">` +
          path(`M306 430 L420 430 L420 800 L340 800 C344 660 330 540 306 430 Z`, vestShade) +
          path(`M180 430 L260 430 C246 520 238 640 236 800 L180 800 Z`, vestLight) +
          // reflective bands: two round the body, two over the shoulders
          path('M150 640 L450 640 L450 672 L150 672 Z', refl) +
          path('M150 720 L450 720 L450 752 L150 752 Z', refl) +
          path('M238 440 L268 442 L262 640 L232 640 Z', refl) +
          path('M362 440 L332 442 L338 640 L368 640 Z', reflShade) +
          path('M340 630 L450 630 L450 800 L350 800 Z', '#5A4030', 'opacity="0.12"') +
          stroke('M150 646 L450 646 M150 726 L450 726', '#FFFFFF', 3, 'opacity="0.7"') +
          `</g>`,
        // zip of the jacket in the vest opening, vest front edges
        stroke('M300 470 L300 800', '#1A1F2C', 6),
        stroke('M300 470 L300 800', '#8A909A', 2, 'stroke-dasharray="3 4"'),
        // sleeve seams
        stroke(
          `M${Lx + 96} ${top + 40} C${Lx + 90} ${top + 90} ${Lx + 86} ${top + 150} ${Lx + 86} 800`,
          '#1A1F2C',
          4,
          'opacity="0.6"',
        ),
        stroke(
          `M${Rx - 96} ${top + 40} C${Rx - 90} ${top + 90} ${Rx - 86} ${top + 150} ${Rx - 86} 800`,
          '#151922',
          4,
          'opacity="0.6"',
        ),
      ].join(''),
      neck: { cx: 302, top: 340, bottom: 460, w: 46 },
      overNeck: [
        // jacket's stand-up collar
        path('M250 432 C266 456 338 456 354 432 L362 470 C340 490 264 490 242 470 Z', jkLight),
        path('M302 452 C324 452 344 444 354 432 L362 470 C346 484 324 490 302 490 Z', jkShade),
        stroke('M302 452 L302 490', '#8A909A', 2.5),
      ].join(''),
      beardUnder: [
        // short ginger beard
        path(
          'M212 300 C216 356 242 400 274 418 C292 428 330 430 350 416 C380 396 396 354 398 300 C390 330 378 348 362 352 C344 338 326 336 312 338 C298 336 280 338 262 352 C244 348 222 330 212 300 Z',
          ginger,
        ),
        path(
          'M398 300 C396 354 380 396 350 416 C340 424 326 428 312 428 C340 408 368 372 380 334 C388 322 394 310 398 300 Z',
          gingerShade,
        ),
        stroke('M236 360 l4 10 M258 384 l2 10 M360 370 l-4 10 M336 392 l-2 10', gingerHi, 3, 'opacity="0.7"'),
      ].join(''),
      mouthBacking: (e) => (e === 'delighted' ? '' : ellipse(314, 373, 19, 6, '#C7805E')),
      moustache: [
        path(
          'M266 352 C280 338 300 338 312 344 C324 338 346 338 360 352 C348 358 334 356 312 352 C290 356 278 358 266 352 Z',
          ginger,
        ),
        path('M312 344 C324 338 346 338 360 352 C348 358 334 356 312 352 Z', gingerShade),
      ].join(''),
      frontHair: [
        // ginger sideburns under the cap
        path('M202 210 L220 214 C216 244 214 274 214 298 C204 284 200 250 202 210 Z', ginger),
        path('M404 210 L390 214 C392 244 392 274 394 294 C402 280 406 250 404 210 Z', gingerShade),
        // cap: crown with panel seams, button, front panel patch, then the brim
        `<g transform="translate(0 -16)">`,
        path(capCrown, cap),
        path('M304 102 C368 100 412 152 408 222 C392 214 376 208 360 205 C370 160 350 118 304 102 Z', capShade),
        path('M236 132 C258 114 290 106 318 106 C290 114 264 128 248 148 Z', capLight),
        stroke('M304 104 C290 140 284 170 284 202 M304 104 C336 130 350 166 352 204', capDeep, 3, 'opacity="0.6"'),
        circle(304, 104, 7, capDeep),
        // company mark: an orange swoosh
        path('M270 176 C290 152 320 144 344 150 C322 156 300 166 284 182 Z', vest),
        // curved peak seen from the front: thick in the middle, thin at the temples
        path('M194 224 C236 204 370 202 414 222 C404 242 370 256 304 258 C240 258 204 244 194 224 Z', cap),
        path('M194 224 C236 204 370 202 414 222 C380 212 340 208 304 208 C262 208 226 214 194 224 Z', capLight),
        path('M414 222 C404 242 370 256 304 258 C350 250 388 240 414 222 Z', capShade),
        path(
          'M206 238 C240 252 270 256 304 258 C340 258 380 250 404 238 C380 256 344 264 304 264 C262 264 226 256 206 238 Z',
          capDeep,
          'opacity="0.45"',
        ),
        `</g>`,
      ].join(''),
    };
  }

  // ======================================================== 9. receptionist
  // Leisure-centre receptionist, young East-Asian man: short textured hair,
  // teal sports polo with white trim, lanyard with a blank pass.
  {
    const hair = '#1A1616',
      hairMid = '#2A2424',
      hairHi = '#4A4040';
    const po = '#1F8C95',
      poShade = '#17717A',
      poLight = '#2EA2AB',
      poDeep = '#125C63';
    const top = 446,
      sw = 206;
    const hairFront =
      'M206 256 C196 184 230 128 300 122 C370 116 406 170 398 250 C394 228 386 212 376 200 C368 208 354 210 346 202 C332 214 310 214 296 202 C282 212 262 212 254 202 C240 212 228 218 220 226 C212 234 208 244 206 256 Z';
    const lanyard = '#D3463A';
    looks.receptionist = {
      ...common,
      title: 'Receptionist',
      skin: '#EBBE93',
      skinShade: '#D3A077',
      skinDeep: '#B07A52',
      skinLight: '#F5D0AC',
      blush: '#E27E68',
      eyeColor: '#1A110C',
      browColor: '#1A1616',
      mouthDark: '#7A2E28',
      eyeRY: 12.5,
      chinY: 404,
      sweatX: 392,
      sweatY: 214,
      face: 'M300 136 C360 136 394 180 394 250 C394 312 382 354 354 382 C338 398 322 404 310 404 C294 404 272 396 254 380 C224 352 208 312 208 250 C208 180 240 136 300 136 Z',
      hairShadow: hairFront,
      body: [
        path(torso(300, top, 40, sw), po),
        torsoShade(300, top, sw, poShade, poLight, poDeep),
        // white sporty panel along the shoulder seams
        stroke(`M258 450 C220 470 170 476 140 ${top + 54}`, '#F4F1EA', 10),
        stroke(`M342 450 C380 470 430 476 460 ${top + 54}`, '#D8D4CC', 10),
        // placket
        path('M284 460 L316 460 L316 580 L284 580 Z', poShade),
        stroke('M300 470 L300 580', poDeep, 2.5),
        circle(300, 510, 5, '#F4F1EA'),
        circle(300, 550, 5, '#F4F1EA'),
        // small chest logo (blank)
        path('M358 556 C358 546 380 546 380 556 C380 570 369 576 369 576 C369 576 358 570 358 556 Z', '#F4F1EA'),
        // lanyard and pass
        stroke('M262 452 C268 520 284 590 296 640', lanyard, 12),
        stroke('M344 452 C336 520 318 590 306 640', '#B5392F', 12),
        path('M292 632 L310 632 L310 656 L292 656 Z', '#9AA0A6'),
        path('M264 654 L338 654 L338 752 L264 752 Z', '#F6F4EE'),
        path('M264 654 L338 654 L338 676 L264 676 Z', po),
        path('M274 690 L302 690 L302 722 L274 722 Z', '#C9D3D6'),
        stroke('M310 696 L330 696 M310 710 L326 710', '#C9CFD2', 4),
        path('M330 654 L338 654 L338 752 L330 752 Z', '#000000', 'opacity="0.08"'),
      ].join(''),
      neck: {
        cx: 302,
        top: 340,
        bottom: 466,
        w: 38,
        extra: 'M270 462 L334 462 C328 480 316 490 302 492 C288 490 276 480 270 462 Z',
      },
      overNeck: [
        // polo collar with white tipping
        path('M258 440 C246 462 246 488 256 506 L292 484 C278 474 268 460 264 436 Z', poLight),
        path('M346 440 C358 462 358 488 348 506 L312 484 C326 474 336 460 340 436 Z', poShade),
        stroke('M252 488 C250 496 252 502 256 506 L290 486', '#F4F1EA', 4),
        stroke('M352 488 C354 496 352 502 348 506 L314 486', '#D8D4CC', 4),
        // lanyard round the back of the neck
        stroke('M264 444 C268 456 272 466 274 474', lanyard, 10),
        stroke('M340 444 C336 456 332 466 330 474', '#B5392F', 10),
      ].join(''),
      frontHair: [
        path(hairFront, hair),
        path('M366 132 C396 152 406 196 398 250 C394 228 386 212 376 200 C382 176 378 150 366 132 Z', '#100C0C'),
        path('M244 140 C268 124 306 118 336 126 C306 128 276 136 256 152 Z', hairHi),
        // textured tips
        stroke(
          'M240 172 C236 184 234 196 236 208 M272 156 C268 172 268 188 272 202 M306 150 C306 166 310 182 318 196 M340 156 C346 170 352 184 362 192',
          hairMid,
          5,
        ),
        path(
          'M236 150 C244 118 274 102 300 104 C318 96 344 100 360 114 C376 122 388 140 392 160 C364 140 330 134 300 136 C276 136 254 140 236 150 Z',
          hair,
        ),
        path('M262 116 C280 106 306 104 326 108 C306 112 288 116 274 126 Z', hairHi),
        // short sides
        path('M206 256 L216 252 C216 270 216 284 218 296 C210 286 206 272 206 256 Z', hair),
      ].join(''),
    };
  }

  return looks;
}
