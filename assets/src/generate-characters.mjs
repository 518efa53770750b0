// Writes the half-body character portraits for Service Hero from their drawing (character-art.mjs), and the
// manifest's look list, aliases and facts. Plain Node ESM, no dependencies.
// Run: node assets/src/generate-characters.mjs
// Output: assets/characters/<look>-<expression>.svg (600x800, transparent).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPRESSIONS, RENAMED, looks, portrait } from './character-art.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'characters');
mkdirSync(outDir, { recursive: true });

for (const [name, L] of Object.entries(looks)) {
  if (!L.facts) throw new Error(`the look "${name}" needs facts (pronoun, age, wears)`);
  for (const e of EXPRESSIONS) writeFileSync(join(outDir, `${name}-${e}.svg`), portrait(L, e));
}
// The manifest's look list, aliases and facts come from here, so they cannot disagree with the pictures.
const manifestFile = join(here, '..', 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
manifest.looks = Object.keys(looks);
manifest.aliases = RENAMED;
manifest.lookFacts = Object.fromEntries(
  Object.entries(looks).map(([name, L]) => [name, { title: L.title, ...L.facts }]),
);
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${Object.keys(looks).length * EXPRESSIONS.length} files to ${outDir}`);
