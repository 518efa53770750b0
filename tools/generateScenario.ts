// A deterministic generator of large valid scenarios, for exercising the loader
// and the analyses at sizes no author writes by hand (100 to 100,000 beats): the bench's scaling check
// (tools/bench/checkScaling.ts) and the tests both use it.
// The story is a layered graph: each beat's choices lead into the next layer,
// so every beat is reachable and the number of paths grows exponentially.
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { CORES, loadCatalogue, SERVICE_LEVELS, type ServiceLevel } from '../src/engine/index.ts';
import type { ScenarioInput } from '../src/engine/schema.ts';
import { catalogueFile } from './projectFiles.ts';

export interface GenerateOptions {
  beats: number;
  seed?: number;
  /** Principle ids to cite; the real catalogue's when left out. */
  principles?: readonly string[];
  /** An article file from the catalogue, for `sources`. */
  article?: string;
  look?: string;
  backdrop?: string;
}

const WIDTH = 6;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function realCatalogueFacts(): { principles: string[]; article: string } {
  const loaded = loadCatalogue('scenarios/principles.yaml', readFileSync(catalogueFile, 'utf8'));
  if (!loaded.ok) throw new Error('generateScenario: scenarios/principles.yaml does not load');
  return { principles: loaded.catalogue.principles.map((p) => p.id), article: loaded.catalogue.articles[0]!.file };
}

/** Layer widths: 1 (the start), doubling up to WIDTH, then WIDTH; endings get their own last layer. */
function layerWidths(middle: number): number[] {
  const widths = [1];
  let left = middle - 1;
  while (left > 0) {
    const w = Math.min(left, Math.min(WIDTH, widths[widths.length - 1]! * 2));
    widths.push(w);
    left -= w;
  }
  return widths;
}

/**
 * The levels of a beat's choices, each beat's different, with the best one's place moving from beat to beat as an
 * author varies it (choicePositions.ts warns where one place holds the best option at most decisions).
 */
function placedLevels(index: number, count: number): ServiceLevel[] {
  const levels = Array.from({ length: count }, (_, j) => (j + index) % SERVICE_LEVELS.length);
  const best = levels.indexOf(Math.max(...levels));
  const place = (index * 5) % count;
  return levels.map((_, k) => SERVICE_LEVELS[levels[(k + best - place + count) % count]!]!);
}

export function generateScenario(options: GenerateOptions): ScenarioInput {
  if (options.beats < 12) throw new Error('generateScenario: at least 12 beats');
  const facts =
    options.principles && options.article
      ? { principles: [...options.principles], article: options.article }
      : realCatalogueFacts();
  const principles = options.principles ?? facts.principles;
  const next = random(options.seed ?? 1);
  const endingCount = WIDTH;
  const widths = layerWidths(options.beats - endingCount);
  widths.push(endingCount);
  const firstOf: number[] = [];
  widths.reduce((start, w) => (firstOf.push(start), start + w), 0);
  const beatId = (layer: number, pos: number) => `b${firstOf[layer]! + pos}`;

  const beats: ScenarioInput['beats'] = {};
  let cite = 0;
  const reasons = () => ({ [principles[cite++ % principles.length]!]: 'Generated reason for the debrief.' });
  const judged = (level: ServiceLevel) =>
    level === 'harmful' ? { breaks: reasons(), harm: 'dismisses' as const } : { upholds: reasons() };

  for (let layer = 0; layer < widths.length; layer++) {
    const width = widths[layer]!;
    const last = layer === widths.length - 1;
    const nextWidth = last ? 0 : widths[layer + 1]!;
    // Beat p leads to positions p·ratio … p·ratio + k − 1 of the next layer, which covers it, as k ≥ ratio.
    const ratio = Math.ceil(nextWidth / width);
    for (let pos = 0; pos < width; pos++) {
      const index = firstOf[layer]! + pos;
      const id = beatId(layer, pos);
      const lines = [`Beat ${index}: the story goes on.`, { cust: `Line ${index} from the customer.` }];
      if (last) {
        const core = CORES[pos % CORES.length]!;
        // Every other ending that holds the core records a surprise, so the generated story can give an A.
        const experience = core !== 'failed' && pos % 2 === 0 ? { experience: `Surprise ${pos + 1}.` } : {};
        beats[id] = { lines, ending: { title: `Ending ${pos + 1}`, core, ...experience } };
        continue;
      }
      const target = (k: number) => beatId(layer + 1, (pos * ratio + k) % nextWidth);
      const breakdown = index % 5 === 2 ? { breakdown: `Breakdown ${index}.` } : {};
      if (ratio === 1 && index % 11 === 7) {
        beats[id] = {
          ...breakdown,
          lines,
          next: [{ when: { variation: { shift: 'busy' } }, go: target(1) }, { go: target(0) }],
        };
        continue;
      }
      const count = Math.max(ratio, 2 + Math.floor(next() * 3));
      const levels = placedLevels(index, count);
      const choices = Array.from({ length: count }, (_, k) => {
        const level = levels[k]!;
        const branching = k === 1 && index % 13 === 4;
        return {
          id: `c${index}-${k}`,
          text: `Choice ${k + 1} at beat ${index}.`,
          level,
          ...judged(level),
          ...(index % 17 === 9 && k === count - 1 ? { when: { chose: 'c0-0' } } : {}),
          next: branching ? [{ when: { chose: `c${index}-0` }, go: target(k + 1) }, { go: target(k) }] : target(k),
        };
      });
      const patience =
        index % 97 === 3
          ? { patience: { seconds: 20, level: 'harmful' as const, breaks: reasons(), next: target(0) } }
          : {};
      // A decision is a heading in the debrief: it has a title of its own (beatTitle.ts).
      beats[id] = { title: `Decision ${index}`, ...breakdown, lines, choices, ...patience };
    }
  }

  return {
    format: 2,
    id: `generated-${options.beats}`,
    title: `Generated story of ${options.beats} beats`,
    summary: 'A machine-made story for testing the loader and the analyses at scale.',
    sources: [options.article ?? facts.article],
    role: 'tester',
    setting: { place: 'A test bench', backdrop: options.backdrop ?? 'pub' },
    cast: { cust: { name: 'Casey', look: options.look ?? 'woman-auburn-cardigan' } },
    customer: 'cust',
    variations: { shift: [{ id: 'busy' }, { id: 'quiet' }] },
    start: beatId(0, 0),
    beats,
  };
}

export function generateScenarioYaml(options: GenerateOptions): string {
  return stringify(generateScenario(options), { lineWidth: 0 });
}
