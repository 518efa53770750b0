// A deterministic generator of large valid scenarios, for exercising the loader
// and the analyses at sizes no author writes by hand (100 to 100,000 beats).
// The story is a layered graph: each beat's choices lead into the next layer,
// so every beat is reachable and the number of paths grows exponentially.
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { CORES, loadCatalogue, Scenario, SERVICE_LEVELS, type Condition, type Core, type Harm, type ServiceLevel } from '../../src/engine/index.ts';
import type { ScenarioInput } from '../../src/engine/schema.ts';
import { catalogueFile } from '../../tools/projectFiles.ts';

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

export function generateScenario(options: GenerateOptions): ScenarioInput {
  if (options.beats < 12) throw new Error('generateScenario: at least 12 beats');
  const facts = options.principles && options.article ? { principles: [...options.principles], article: options.article } : realCatalogueFacts();
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
  const judged = (level: ServiceLevel) => (level === 'harmful' ? { breaks: reasons(), harm: 'dismisses' as const } : { upholds: reasons() });

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
        beats[id] = { ...breakdown, lines, next: [{ when: { variation: { shift: 'busy' } }, go: target(1) }, { go: target(0) }] };
        continue;
      }
      const count = Math.max(ratio, 2 + Math.floor(next() * 3));
      const choices = Array.from({ length: count }, (_, k) => {
        const level = SERVICE_LEVELS[(k + index) % SERVICE_LEVELS.length]!;
        const branching = k === 1 && index % 13 === 4;
        return {
          id: `c${index}-${k}`,
          text: `Choice ${k + 1} at beat ${index}.`,
          level,
          ...judged(level),
          ...(index % 17 === 9 && k === count - 1 ? { when: { chose: "c0-0" } } : {}),
          next: branching ? [{ when: { chose: `c${index}-0` }, go: target(k + 1) }, { go: target(k) }] : target(k),
        };
      });
      const patience = index % 97 === 3 ? { patience: { seconds: 20, level: 'harmful' as const, breaks: reasons(), next: target(0) } } : {};
      beats[id] = { ...breakdown, lines, choices, ...patience };
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
    cast: { cust: { name: 'Casey', look: options.look ?? 'guest-woman' } },
    customer: 'cust',
    variations: { shift: [{ id: 'busy' }, { id: 'quiet' }] },
    start: beatId(0, 0),
    beats,
  };
}

export function generateScenarioYaml(options: GenerateOptions): string {
  return stringify(generateScenario(options), { lineWidth: 0 });
}

/** One choice in a hand-made test story: id, level, where it leads, the principles it cites, and for a harmful one its harm (dismisses if left out). */
export type MiniChoice = [id: string, level: ServiceLevel, next: string | { when?: Condition; go: string }[], cites?: string[], harm?: Harm];

export interface MiniBeat {
  breakdown?: boolean;
  choices?: MiniChoice[];
  patience?: { level?: ServiceLevel; next: string; cites?: string[] };
  next?: string | { when?: Condition; go: string }[];
  ending?: Core;
  /** What the ending records beyond the core. */
  experience?: string;
  title?: string;
}

/**
 * A small story from a compact description, through the schema only (not the reference
 * or graph checks), so tests can also build shapes the checker would refuse, like loops.
 * The first beat listed is the start.
 */
export function miniScenario(beats: Record<string, MiniBeat>, id = 'mini'): Scenario {
  const cited = (ids: string[] | undefined, level: ServiceLevel, harm: Harm = 'dismisses') => {
    const reasons = Object.fromEntries((ids ?? ['core-service-first']).map((p) => [p, 'A test reason.']));
    return level === 'harmful' ? { breaks: reasons, harm } : { upholds: reasons };
  };
  const input: ScenarioInput = {
    format: 2,
    id,
    title: `Test story ${id}`,
    summary: 'Made by hand for a test.',
    sources: ['000_c3e8adf0cbd3a5b1.txt'],
    role: 'tester',
    setting: { place: 'A test bench', backdrop: 'pub' },
    cast: { cust: { name: 'Casey', look: 'woman-auburn-cardigan' } },
    customer: 'cust',
    start: Object.keys(beats)[0] ?? 'start',
    beats: Object.fromEntries(
      Object.entries(beats).map(([beatId, b]) => [
        beatId,
        {
          lines: [`At ${beatId}.`],
          ...(b.breakdown ? { breakdown: `Something breaks at ${beatId}.` } : {}),
          ...(b.choices ? { choices: b.choices.map(([cid, level, next, cites, harm]) => ({ id: cid, text: `Do ${cid}.`, level, ...cited(cites, level, harm), next })) } : {}),
          ...(b.patience ? { patience: { seconds: 20, level: b.patience.level ?? 'harmful', ...cited(b.patience.cites, b.patience.level ?? 'harmful', 'neglects'), next: b.patience.next } } : {}),
          ...(b.next !== undefined ? { next: b.next } : {}),
          ...(b.ending ? { ending: { title: b.title ?? `Ending ${beatId}`, core: b.ending, ...(b.experience ? { experience: b.experience } : {}) } } : {}),
        },
      ]),
    ),
  };
  return Scenario.parse(input);
}

/**
 * A random small story for property tests: 3 to 8 beats of one to three choices at random levels (some at a
 * breakdown, some with a patience timer, some moving on by a branch on a flag nobody sets), then three endings
 * with random cores, some recording an experience. `rand(n)` gives a whole number below n.
 */
export function randomMiniStory(rand: (n: number) => number): Scenario {
  const levels: ServiceLevel[] = ['harmful', 'routine', 'good', 'heroic'];
  const size = 3 + rand(6);
  const beats: Record<string, MiniBeat> = {};
  for (let i = 0; i < size; i++) {
    const later = (k: number) => `b${Math.min(size + 2, i + 1 + rand(3) + k)}`;
    if (rand(5) === 0) beats[`b${i}`] = { next: [{ when: { flag: 'x' }, go: later(0) }, { go: later(1) }] };
    else {
      const choices = Array.from({ length: 1 + rand(3) }, (_, k): MiniChoice => [`c${i}-${k}`, levels[rand(4)]!, later(k)]);
      beats[`b${i}`] = { breakdown: rand(3) === 0, choices, ...(rand(4) === 0 ? { patience: { level: levels[rand(4)]!, next: later(0) } } : {}) };
    }
  }
  for (let i = size; i <= size + 2; i++) {
    const core = CORES[rand(3)]!;
    beats[`b${i}`] = { ending: core, ...(core !== 'failed' && rand(2) === 0 ? { experience: 'A surprise.' } : {}) };
  }
  return miniScenario(beats);
}
