// Generates the installable app's icons for Service Hero: a brass service bell
// on the game's night-plum tile, with a cream spotlight and a small sparkle.
// Run: node assets/src/generate-icons.mjs   (needs Chromium, found like the browser tests find it)
// Output in assets/icons/:
//   icon.svg               any size, rounded tile with transparent corners (purpose "any")
//   icon-192.png, icon-512.png               the same, rendered
//   icon-maskable-512.png  full-bleed tile, the bell inside the central safe circle (purpose "maskable")
//   apple-touch-icon.png   180x180, full-bleed and opaque (iOS fills transparency with black)
//
// The drawing is plain SVG written here; the PNGs are screenshots of it in headless
// Chromium (playwright-core), so no image library is needed.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'icons');
mkdirSync(outDir, { recursive: true });

// The game's palette (src/ui/styles.css): ink, paper, accent; brass from the favicon.
const INK = '#2a1e2f';
const INK_LIGHT = '#3d2c44';
const PAPER = '#fff8ee';
const ACCENT = '#b8561f';
const ACCENT_DARK = '#8f4016';

const defs = `<defs>
  <linearGradient id="brass" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="#a8782c"/>
    <stop offset="0.38" stop-color="#f2cf7c"/>
    <stop offset="1" stop-color="#9c6e26"/>
  </linearGradient>
  <radialGradient id="glow" cx="0.5" cy="0.45" r="0.5">
    <stop offset="0" stop-color="${PAPER}"/>
    <stop offset="0.8" stop-color="#f6e4c6"/>
    <stop offset="1" stop-color="#efd6ae"/>
  </radialGradient>
</defs>`;

/** The bell, its counter and a sparkle, drawn on a 512 grid centred on (256, 256). */
const bell = `
  <circle cx="256" cy="250" r="176" fill="url(#glow)"/>
  <ellipse cx="256" cy="356" rx="150" ry="16" fill="${INK}" opacity="0.18"/>
  <rect x="104" y="318" width="304" height="38" rx="19" fill="${ACCENT}"/>
  <rect x="104" y="338" width="304" height="18" rx="9" fill="${ACCENT_DARK}"/>
  <path d="M132 320 C132 222 186 160 256 160 C326 160 380 222 380 320 Z" fill="url(#brass)"/>
  <path d="M166 304 C166 246 190 206 230 188 C206 216 194 254 194 304 Z" fill="#fff3c8" opacity="0.55"/>
  <rect x="244" y="118" width="24" height="48" rx="8" fill="#8a5a1e"/>
  <ellipse cx="256" cy="118" rx="40" ry="14" fill="#e2b24d"/>
  <ellipse cx="256" cy="114" rx="26" ry="6" fill="#f6dc93"/>
  <path d="M372 96 C377 124 384 131 412 136 C384 141 377 148 372 176 C367 148 360 141 332 136 C360 131 367 124 372 96 Z" fill="${PAPER}"/>
  <circle cx="148" cy="150" r="9" fill="${PAPER}" opacity="0.8"/>`;

const svg = (body) => `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<title>Service Hero</title>
${defs}
${body}
</svg>
`;

// "any": a rounded tile; the corners stay transparent.
const anyIcon = svg(`<rect x="8" y="8" width="496" height="496" rx="112" fill="${INK}"/>
<rect x="8" y="8" width="496" height="496" rx="112" fill="none" stroke="${INK_LIGHT}" stroke-width="8"/>
${bell}`);

// "maskable": full bleed (the platform cuts its own shape); the drawing shrinks to 78%
// so everything lies inside the central safe circle of radius 40% (204.8 px).
const maskableIcon = svg(`<rect width="512" height="512" fill="${INK}"/>
<g transform="translate(256 256) scale(0.78) translate(-256 -256)">${bell}</g>`);

writeFileSync(join(outDir, 'icon.svg'), anyIcon);

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const renders = [
    { file: 'icon-192.png', source: anyIcon, size: 192 },
    { file: 'icon-512.png', source: anyIcon, size: 512 },
    { file: 'icon-maskable-512.png', source: maskableIcon, size: 512 },
    { file: 'apple-touch-icon.png', source: maskableIcon, size: 180 },
  ];
  for (const { file, source, size } of renders) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const url = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${url}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({
      path: join(outDir, file),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`wrote assets/icons/${file}`);
  }
} finally {
  await browser.close();
}
console.log('wrote assets/icons/icon.svg');
