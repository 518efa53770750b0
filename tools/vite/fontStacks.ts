// The page's two font stacks, with fallbacks shaped like the web fonts. The first screen is drawn before
// Atkinson Hyperlegible and Fredoka arrive (src/app/webFonts.ts); drawn in a plain system font, its lines
// wrapped differently and everything below them jumped when the fonts came (Lighthouse's layout shift on a
// phone's title: 0.30). Each fallback here is a local system font resized and given the web font's ascent,
// descent and line gap (capsize's createFontStack, from the fonts' published metrics), so the swap barely
// moves a line. Nothing is downloaded: a fallback whose font the device lacks is skipped.
//
//   virtual:font-stacks.css   the fallback @font-face rules and :root { --font-body; --font-display }
import { createFontStack, type FontMetrics } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import atkinsonHyperlegible from '@capsizecss/metrics/atkinsonHyperlegible';
import fredoka from '@capsizecss/metrics/fredoka';
import helveticaNeue from '@capsizecss/metrics/helveticaNeue';
import roboto from '@capsizecss/metrics/roboto';
import type { Plugin } from 'vite';

const ID = 'virtual:font-stacks.css';

/** Liberation Sans, on most Linux desktops, was drawn to Arial's metrics: Arial's figures fit it. */
const liberationSans: FontMetrics = {
  ...arial,
  familyName: 'Liberation Sans',
  fullName: 'Liberation Sans',
  postscriptName: 'LiberationSans',
};

/** Windows, macOS and iOS have Arial; Linux, Liberation Sans; Android, Roboto; older Apple systems, Helvetica Neue. */
const SYSTEM_FONTS: FontMetrics[] = [arial, liberationSans, roboto, helveticaNeue];

/** The style sheet: the fallback faces of both web fonts and the two stacks as custom properties. */
export function fontStacksCss(): string {
  const body = createFontStack([atkinsonHyperlegible, ...SYSTEM_FONTS]);
  const display = createFontStack([fredoka, ...SYSTEM_FONTS]);
  const generic = 'system-ui, sans-serif';
  return [
    '/* Made by tools/vite/fontStacks.ts. */',
    body.fontFaces,
    display.fontFaces,
    `:root {\n  --font-body: ${body.fontFamily}, ${generic};\n  --font-display: ${display.fontFamily}, ${generic};\n}`,
    '',
  ].join('\n');
}

export function fontStacks(): Plugin {
  return {
    name: 'service-hero:font-stacks',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load: (id) => (id === `\0${ID}` ? fontStacksCss() : null),
  };
}
