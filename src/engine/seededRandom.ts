// Deterministic randomness: the same seed always rolls the same variations, so
// a facilitator can replay a shift exactly, and a test can pin one down.
import type { Scenario } from './schema.ts';

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough to pick story variations. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A repeatable stream of numbers in [0, 1) for a seed (tests that wander at random print it). */
export function makeRandom(seed: string): () => number {
  return mulberry32(hashString(seed));
}

/** Each roll draws from its own stream, so adding a roll to a scenario does not reshuffle the others. */
export function rollVariations(variations: Scenario['variations'], seed: string): Record<string, string> {
  const rolled: Record<string, string> = {};
  for (const [roll, options] of Object.entries(variations ?? {})) {
    const total = options.reduce((sum, o) => sum + o.weight, 0);
    let pick = mulberry32(hashString(`${seed}/${roll}`))() * total;
    const chosen = options.find((o) => (pick -= o.weight) < 0) ?? options[options.length - 1];
    if (chosen) rolled[roll] = chosen.id;
  }
  return rolled;
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short seed that is easy to read aloud in a workshop; `random` is injected so the engine stays deterministic. */
export function makeSeed(random: () => number): string {
  return Array.from({ length: 6 }, () => SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)]).join('');
}
