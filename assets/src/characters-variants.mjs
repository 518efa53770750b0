// Further looks for generate-characters.mjs, made from the drawn ones rather than drawn anew: a head
// (face, hair, facial hair, earrings) from one look on the body (clothes) of another, then recoloured.
// Every story's cast needs a face of its own that matches the person the text describes (she or he,
// age, job), and this gives one without a new skeleton; the style stays the same because the parts are.

// What belongs to the head; everything else (body, neck, overNeck, defs, scale, shiftY) is the body's.
const HEAD = [
  'skin',
  'skinShade',
  'skinDeep',
  'skinLight',
  'blush',
  'eyeColor',
  'browColor',
  'mouthDark',
  'lashes',
  'glint',
  'chinY',
  'eyeY',
  'eyeDX',
  'eyeRX',
  'eyeRY',
  'browY',
  'browLen',
  'browW',
  'noseY',
  'noseScale',
  'mouthY',
  'mouthScale',
  'sweatX',
  'sweatY',
  'earL',
  'earR',
  'faceShadeX',
  'face',
  'hairShadow',
  'faceExtra',
  'behind',
  'backHair',
  'frontHair',
  'beardUnder',
  'mouthBacking',
  'moustache',
  'top',
];

/** The look with `head`'s head on `body`'s body; keys the body's look has for its head are dropped. */
export function withHead(body, head) {
  const out = { ...body };
  for (const key of HEAD) delete out[key];
  for (const key of HEAD) if (head[key] !== undefined) out[key] = head[key];
  return out;
}

/** Every colour in `map` (upper-case hex) replaced throughout the look's drawing. */
export function recolour(look, map) {
  const table = new Map(Object.entries(map).map(([from, to]) => [from.toUpperCase(), to]));
  const swap = (text) => text.replace(/#[0-9A-Fa-f]{6}\b/g, (hex) => table.get(hex.toUpperCase()) ?? hex);
  const walk = (value) => {
    if (typeof value === 'string') return swap(value);
    if (typeof value === 'function') return (...args) => swap(value(...args));
    if (Array.isArray(value)) return value;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(look);
}

// Skin tones, each as the four shades a face uses, to move a head from one tone to another.
export const SKIN = {
  pale: ['#F4D2B4', '#E0B08E', '#C48A68', '#FAE2CB'],
  light: ['#EBBE93', '#D3A077', '#B07A52', '#F5D0AC'],
  warm: ['#D39B70', '#BA8158', '#96603D', '#E2AE84'],
  tan: ['#C68A5E', '#AC7148', '#8A5233', '#D69C70'],
  brown: ['#9C603D', '#844C2E', '#643621', '#B0744E'],
  deep: ['#7A4A2E', '#63391F', '#4A2814', '#8E5A3A'],
};
const skin = (look, tone) => {
  const [s, shade, deep, light] = SKIN[tone];
  return { [look.skin]: s, [look.skinShade]: shade, [look.skinDeep]: deep, [look.skinLight]: light };
};

export function variantLooks(base, { circle }) {
  const L = base;
  const looks = {};
  const make = (name, title, facts, look) => (looks[name] = { ...look, title, facts });

  // Priya: the chef's whites and cap, a woman's face (lashes, earring, a bun under the cap), no moustache.
  {
    const chef = { ...L['chef-man-moustache'], moustache: '', lashes: true };
    const bun = circle(388, 318, 30, '#1D1512') + circle(394, 310, 18, '#2C211D');
    make(
      'chef-woman',
      'Chef, woman',
      { pronoun: 'she', age: 'adult', wears: 'chef whites, navy cap, red neckerchief; dark hair in a bun' },
      recolour(
        { ...chef, behind: bun, top: circle(200, 322, 5, '#E2B24D') },
        { ...skin(chef, 'tan'), '#C8443A': '#2F6F73', '#A9362E': '#245A5D', '#B23B32': '#27605F' },
      ),
    );
  }
  // Declan: the shift manager's apron and tea towel on a man (short brown hair, stubble from the traveller).
  {
    const apron = withHead(L['woman-bun-apron'], L['man-suit-backpack']);
    make(
      'man-apron',
      'Duty manager, man',
      { pronoun: 'he', age: 'adult', wears: 'dark shirt, mustard apron, tea towel; short brown hair' },
      recolour(apron, {
        '#2A211E': '#6B4226',
        '#3B2F2A': '#7E5030',
        '#56463F': '#96643E',
        '#201916': '#57351E',
        '#C18862': '#D39B70',
        '#A8704F': '#BA8158',
        '#B17852': '#C98E64',
        '#C98F3E': '#5E7D4B',
        '#AD772F': '#4C6A3C',
        '#D9A352': '#6E8F59',
        '#B57E33': '#506F40',
        '#B37C34': '#4F6E40',
        '#9C6A2A': '#45613A',
      }),
    );
  }
  // Raj: the support team lead's headset and cardigan, on a bearded man.
  {
    const lead = withHead(L['woman-braids-headset'], L['man-grey-beard-shirt']);
    make(
      'man-beard-headset',
      'Team lead, man with a headset',
      { pronoun: 'he', age: 'adult', wears: 'navy cardigan, headset round his neck; black hair and beard' },
      recolour(lead, {
        ...skin(L['man-grey-beard-shirt'], 'tan'),
        '#A9A49D': '#231A17',
        '#8D8881': '#1A1311',
        '#CCC7BF': '#3A2E29',
        '#85807A': '#160F0D',
        '#9B968F': '#231A17',
        '#9E9992': '#231A17',
        '#B8B3AB': '#3A2E29',
        '#A39E97': '#231A17',
        '#7C4630': '#6E3A28',
        '#C65A3F': '#33476B',
        '#A8472F': '#2A3B5A',
        '#D86E52': '#3D5580',
        '#8E3A25': '#22304A',
      }),
    );
  }
  // Gus: a floor supervisor in the store's polo and lanyard, greying hair.
  {
    const sup = withHead(L['receptionist-man-lanyard'], L['man-suit-backpack']);
    make(
      'man-staff-polo',
      'Floor supervisor, man',
      { pronoun: 'he', age: 'adult', wears: 'burgundy staff polo and lanyard; greying hair, stubble' },
      recolour(sup, {
        ...skin(L['man-suit-backpack'], 'light'),
        '#2A211E': '#8A8580',
        '#3B2F2A': '#9C9791',
        '#56463F': '#B5B0AA',
        '#201916': '#77726D',
        '#1F8C95': '#7A2838',
        '#17717A': '#63202E',
        '#2EA2AB': '#8E3446',
        '#125C63': '#4E1824',
      }),
    );
  }
  // Mr Bryce: a flat cap and a good wool coat; a different older man from the swimmer in the cardigan.
  {
    const coat = withHead(L['woman-silver-blazer'], L['old-man-flat-cap']);
    make(
      'old-man-wool-coat',
      'Older man in a wool coat',
      { pronoun: 'he', age: 'older', wears: 'camel wool coat, navy flat cap, glasses; white hair and moustache' },
      recolour(coat, {
        ...skin(L['old-man-flat-cap'], 'brown'),
        '#26365C': '#A8804F',
        '#1C2846': '#8E6A3F',
        '#30436D': '#BE955F',
        '#16203A': '#735530',
        '#7A6450': '#2E3A52',
        '#5E4C3C': '#243044',
        '#927B64': '#3A4864',
        '#4C3D30': '#1C2434',
      }),
    );
  }
  // Ben: Milo's dad, short dark hair, a green checked shirt.
  {
    const dad = withHead(L['man-grey-beard-shirt'], L['receptionist-man-lanyard']);
    make(
      'man-green-check-shirt',
      'Man in a green checked shirt',
      { pronoun: 'he', age: 'adult', wears: 'green checked shirt; short black hair, clean-shaven' },
      recolour(dad, {
        ...skin(L['receptionist-man-lanyard'], 'brown'),
        '#4C7193': '#4E7A4A',
        '#2F4E6B': '#2F5230',
        '#5A80A3': '#5E8C58',
        '#3E6283': '#3E6A3A',
      }),
    );
  }
  // Kev: dispatch at the depot, in the drivers' hi-vis, brown beard, no cap.
  {
    const disp = withHead(L['courier-man-ginger'], L['man-grey-beard-shirt']);
    make(
      'man-beard-hi-vis',
      'Dispatcher, man in hi-vis',
      { pronoun: 'he', age: 'adult', wears: 'orange hi-vis over a navy jacket; brown hair and beard' },
      recolour(disp, {
        ...skin(L['man-grey-beard-shirt'], 'pale'),
        '#A9A49D': '#6B4A2E',
        '#8D8881': '#5A3D25',
        '#CCC7BF': '#8A6440',
        '#85807A': '#4E3420',
        '#9B968F': '#6B4A2E',
        '#9E9992': '#6B4A2E',
        '#B8B3AB': '#8A6440',
        '#A39E97': '#6B4A2E',
        '#7C4630': '#B0665A',
      }),
    );
  }
  // Femi: another driver, in a yellow vest and blue cap, dark skin and a black beard.
  {
    const c = L['courier-man-ginger'];
    make(
      'courier-man-yellow-vest',
      'Courier, man in a yellow vest',
      { pronoun: 'he', age: 'adult', wears: 'yellow hi-vis, blue cap; black beard' },
      recolour(c, {
        ...skin(c, 'deep'),
        '#B5592B': '#1C1412',
        '#95451F': '#120C0A',
        '#CC7040': '#33261F',
        '#2F5A45': '#2B4C86',
        '#244838': '#223D6C',
        '#3D7058': '#3A5EA0',
        '#1B3629': '#1A2E52',
        '#F07A1E': '#E8C630',
        '#CF6112': '#C9A71E',
        '#F7933E': '#F2D958',
      }),
    );
  }
  // Milo: a seven-year-old boy: the raincoat in red, short hair instead of puffs.
  {
    const girl = L['girl-yellow-raincoat'];
    const crop = [0, 1, 2, 3, 4, 5, 6, 7, 8]
      .map((i) => circle(222 + i * 20, 140 - Math.sin((i / 8) * Math.PI) * 18, 22, '#2B1A13'))
      .join('');
    const front = girl.frontHair.replace(/<circle[^>]*>/g, '');
    make(
      'boy-red-raincoat',
      'Child, boy',
      { pronoun: 'he', age: 'child', wears: 'red raincoat, striped jumper, teddy in the pocket; short hair' },
      recolour(
        { ...girl, lashes: false, behind: crop, frontHair: front },
        { '#F2C230': '#D9473A', '#D9A11E': '#BA3A2E', '#F9D65E': '#E86A5C', '#C08A14': '#9C2E24' },
      ),
    );
  }
  // Anjali: Helena's colleague, long black hair, a burgundy blazer.
  {
    const col = withHead(L['woman-silver-blazer'], L['woman-auburn-cardigan']);
    make(
      'woman-long-hair-blazer',
      'Woman with long black hair, blazer',
      { pronoun: 'she', age: 'adult', wears: 'burgundy blazer; long black hair' },
      recolour(col, {
        ...skin(L['woman-auburn-cardigan'], 'tan'),
        '#7B3F27': '#1E1614',
        '#62301D': '#140E0C',
        '#8F4C30': '#2C221F',
        '#A45C3B': '#3E322E',
        '#874631': '#231A17',
        '#6E3622': '#181110',
        '#55291A': '#100B0A',
        '#26365C': '#6E2434',
        '#1C2846': '#5A1D2A',
        '#30436D': '#843044',
        '#16203A': '#481722',
      }),
    );
  }
  // Kayla: a freelancer, red curls, a red-and-black flannel shirt.
  {
    const fl = withHead(L['man-grey-beard-shirt'], L['young-woman-denim']);
    make(
      'young-woman-flannel',
      'Young woman in a flannel shirt',
      { pronoun: 'she', age: 'adult', wears: 'red checked flannel shirt; red curls' },
      recolour(
        { ...fl, top: '' },
        {
          ...skin(L['young-woman-denim'], 'pale'),
          '#4C7193': '#B23A32',
          '#2F4E6B': '#2A1C1C',
          '#5A80A3': '#C4483F',
          '#3E6283': '#8E2C26',
          '#2A1B16': '#A4472A',
          '#3A261E': '#B85733',
          '#1C110D': '#8A3A22',
          '#5A3C2E': '#CC6A44',
        },
      ),
    );
  }
  // Carys: fifties, blonde bob, charcoal blazer.
  {
    const ex = L['woman-silver-blazer'];
    make(
      'woman-blonde-blazer',
      'Woman with a blonde bob, grey blazer',
      { pronoun: 'she', age: 'adult', wears: 'charcoal blazer; blonde bob' },
      recolour(ex, {
        ...skin(ex, 'pale'),
        '#A29E98': '#D9B26A',
        '#8C8882': '#C29A52',
        '#C4C1BC': '#EACB8A',
        '#E4E1DC': '#F2DCA6',
        '#26365C': '#4A4D55',
        '#1C2846': '#3C3F46',
        '#30436D': '#5A5E68',
        '#16203A': '#30333A',
      }),
    );
  }
  // Dara: the legacy-devices engineer, black bob, a purple staff polo.
  {
    const eng = withHead(L['receptionist-man-lanyard'], L['woman-silver-blazer']);
    make(
      'woman-bob-polo',
      'Woman with a black bob, staff polo',
      { pronoun: 'she', age: 'adult', wears: 'purple polo and lanyard; black bob' },
      recolour(eng, {
        ...skin(L['woman-silver-blazer'], 'light'),
        '#A29E98': '#1E1818',
        '#8C8882': '#141010',
        '#C4C1BC': '#3A3030',
        '#E4E1DC': '#4A3E3E',
        '#1F8C95': '#6A4A9C',
        '#17717A': '#573C82',
        '#2EA2AB': '#7E5CB4',
        '#125C63': '#432E66',
      }),
    );
  }
  // Hattie: the warehouse desk, hi-vis vest, ginger hair in a low bun.
  {
    const wh = withHead(L['courier-man-ginger'], L['housekeeper-woman']);
    make(
      'woman-hi-vis-bun',
      'Woman in hi-vis, hair in a bun',
      { pronoun: 'she', age: 'adult', wears: 'orange hi-vis over a navy jacket; ginger hair in a low bun' },
      recolour(wh, {
        ...skin(L['housekeeper-woman'], 'pale'),
        '#1E1614': '#B5592B',
        '#2C2220': '#C66A38',
        '#4A3D3A': '#DA8552',
        '#140E0C': '#95451F',
      }),
    );
  }
  // Jo: first-time foster carer, brown hair up in a bun, a lilac cardigan.
  {
    const jo = withHead(L['old-man-flat-cap'], L['woman-bun-apron']);
    make(
      'woman-bun-cardigan',
      'Woman with her hair up, lilac cardigan',
      { pronoun: 'she', age: 'adult', wears: 'lilac cardigan over a shirt; brown hair in a top bun' },
      recolour(jo, {
        ...skin(L['woman-bun-apron'], 'light'),
        '#241B18': '#6B4226',
        '#33282A': '#7E5030',
        '#3F3335': '#96643E',
        '#2A201D': '#6B4226',
        '#1C1513': '#57351E',
        '#4A3D3A': '#96643E',
        '#B3822F': '#9C86B8',
        '#93661F': '#8670A2',
        '#C6963F': '#B19CCB',
        '#7C5418': '#6E5A88',
        '#D9A284': '#D3A077',
      }),
    );
  }
  return looks;
}
