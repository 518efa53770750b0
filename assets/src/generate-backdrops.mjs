// Writes the game's drawn backdrops from their sources, a day file and, where the place is open after dark, a night
// file from the same drawing. Plain Node ESM, no dependencies. Run: node assets/src/generate-backdrops.mjs [id ...]
//
// A source (assets/src/backdrops/<id>.svg) is one 1920x1080 SVG. The parts that differ between day and night sit
// between marker comments, and everything else is shared:
//   <!-- day -->...<!-- /day -->      kept in <id>.svg only
//   <!-- night -->...<!-- /night -->  kept in <id>-night.svg only
// A source with no night part makes a day file alone. The markers may not nest; a marker left open is an error,
// so a half-marked drawing never ships with both skies on.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'backdrops');
const outDir = join(here, '..', 'backdrops');

/** The source's text for one time of day, or an error naming the source and what is wrong. */
export function backdropFor(source, time, name = 'the source') {
  const other = time === 'day' ? 'night' : 'day';
  const opened = (source.match(/<!-- (day|night) -->/g) ?? []).length;
  const closed = (source.match(/<!-- \/(day|night) -->/g) ?? []).length;
  if (opened !== closed) throw new Error(`${name}: ${opened} day/night markers opened but ${closed} closed`);
  if (/<!-- (day|night) -->(?:(?!<!-- \/\1 -->)[\s\S])*<!-- (day|night) -->/.test(source))
    throw new Error(`${name}: a day or night part is opened inside another`);
  return source
    .replace(new RegExp(`[ \\t]*<!-- ${other} -->[\\s\\S]*?<!-- /${other} -->[ \\t]*\\n?`, 'g'), '')
    .replace(new RegExp(`[ \\t]*<!-- /?${time} -->[ \\t]*\\n?`, 'g'), '');
}

/** Whether a source draws a night as well as a day. */
export const hasNight = (source) => source.includes('<!-- night -->');

function main(only) {
  const ids = readdirSync(sourceDir)
    .filter((file) => file.endsWith('.svg'))
    .map((file) => file.slice(0, -'.svg'.length))
    .filter((id) => only.length === 0 || only.includes(id));
  for (const id of ids) {
    const source = readFileSync(join(sourceDir, `${id}.svg`), 'utf8');
    const name = `assets/src/backdrops/${id}.svg`;
    writeFileSync(join(outDir, `${id}.svg`), backdropFor(source, 'day', name));
    if (hasNight(source)) writeFileSync(join(outDir, `${id}-night.svg`), backdropFor(source, 'night', name));
    console.log(`${id}${hasNight(source) ? ' (day and night)' : ''}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
