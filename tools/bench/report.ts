// Turns the bench's figures into the readable report: the machine, one table
// per measurement, and the targets with a mark against each.
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import type { CheckScaling } from './checkScaling.ts';
import type { EntryFigures } from './entries.ts';
import type { LoadBytes, LoadSeries } from './firstChoice.ts';
import type { FrameResult } from './frames.ts';
import type { HeapReading, MemoryResult } from './memory.ts';
import { kb, ms, ratio, summarize, table, type Summary } from './stats.ts';
import { mark, type Target } from './targets.ts';
import { formatInsights, type InsightsFigures } from './insights.ts';
import { formatStudio, type StudioFigures } from './studio.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started: other work on the machine skews every timing. */
  loadAverage: number;
}

export function machine(chromium: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export interface FirstChoiceFigures {
  scenario: string;
  seed: string;
  button: { kind: 'choice' | 'continue'; label: string };
  /** storyShownMs: when "Show all text" was visible and pressed, i.e. the story screen was up (null if it never showed). */
  game: {
    storyShownMs: Summary | null;
    firstButtonMs: Summary;
    firstTextMs: Summary;
    fullyDrawnMs: Summary;
    perLoadMs: number[];
  };
  baseline: { firstButtonMs: Summary; firstTextMs: Summary; perLoadMs: number[] };
  ratio: { median: number; p90: number };
}

export function firstChoiceFigures(
  scenario: string,
  seed: string,
  series: { game: LoadSeries; baseline: LoadSeries },
): FirstChoiceFigures {
  const { game, baseline } = series;
  const first = game.loads[0]!;
  const button = summarize(game.loads.map((l) => l.firstButtonMs));
  const base = summarize(baseline.loads.map((l) => l.firstButtonMs));
  const skips = game.loads.flatMap((l) => (l.skipPressedMs === null ? [] : [l.skipPressedMs]));
  return {
    scenario,
    seed,
    button: { kind: first.buttonKind, label: first.buttonLabel },
    game: {
      storyShownMs: skips.length === game.loads.length ? summarize(skips) : null,
      firstButtonMs: button,
      firstTextMs: summarize(game.loads.map((l) => l.firstTextMs)),
      fullyDrawnMs: summarize(game.loads.map((l) => l.fullyDrawnMs)),
      perLoadMs: game.loads.map((l) => Math.round(l.firstButtonMs)),
    },
    baseline: {
      firstButtonMs: base,
      firstTextMs: summarize(baseline.loads.map((l) => l.firstTextMs)),
      perLoadMs: baseline.loads.map((l) => Math.round(l.firstButtonMs)),
    },
    ratio: { median: button.median / base.median, p90: button.p90 / base.p90 },
  };
}

export interface MemoryFigures extends MemoryResult {
  at5: number | null;
  /** After the last play (50 unless --plays says otherwise). */
  atEnd: number | null;
  /** The whole heap, compiled code included. */
  ratio: number | null;
  /** The heap without its compiled code: what the game's objects hold. */
  objectRatio: number | null;
}

export function memoryFigures(result: MemoryResult, plays: number): MemoryFigures {
  const at = (n: number) => result.readings.find((r) => r.plays === n) ?? null;
  const first = at(5);
  const last = at(plays);
  const ratio = (bytes: (r: HeapReading) => number) => (first && last ? bytes(last) / bytes(first) : null);
  return {
    ...result,
    at5: first?.usedBytes ?? null,
    atEnd: last?.usedBytes ?? null,
    ratio: ratio((r) => r.usedBytes),
    objectRatio: ratio((r) => r.usedBytes - r.codeBytes),
  };
}

export interface Figures {
  machine: Machine;
  buildMs: number | null;
  firstChoice: FirstChoiceFigures | null;
  entries: EntryFigures[] | null;
  bytes: { game: LoadBytes; baseline: LoadBytes } | null;
  frames: FrameResult | null;
  memory: MemoryFigures | null;
  checkScaling: CheckScaling | null;
  studio: StudioFigures | null;
  insights: InsightsFigures | null;
  targets: Target[];
  /** Measurements that could not be made, with the reason. */
  failures: string[];
  benchSeconds: number;
  loadAverageAtEnd: number | null;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function section(title: string, body: string): string {
  return `\n${title}\n${'═'.repeat(title.length)}\n${body}`;
}

function machineSection(m: Machine, loadAverageAtEnd: number | null): string {
  const load = `load average ${m.loadAverage} at the start, ${loadAverageAtEnd ?? '?'} at the end`;
  const busy = Math.max(m.loadAverage, loadAverageAtEnd ?? 0) > m.cores * 0.75;
  return section(
    'Machine',
    [
      `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB · ${m.os} · Node ${m.node} · Chromium ${m.chromium} · ${load}`,
      ...(busy
        ? [
            'The machine was busy with other work: every time below is pessimistic; ratios to the baseline and byte counts hold best.',
          ]
        : []),
    ].join('\n'),
  );
}

export function formatReport(f: Figures): string {
  const out: string[] = [machineSection(f.machine, f.loadAverageAtEnd)];
  if (f.firstChoice) {
    const c = f.firstChoice;
    const row = (name: string, s: Summary) => [name, ms(s.median), ms(s.p90), ms(s.min), ms(s.max)];
    out.push(
      section(
        `First choice: cold loads of ?scenario=${c.scenario}&seed=${c.seed} (fresh browser context each, ${c.game.firstButtonMs.n} loads)`,
        [
          `The first beat has choices, so the first story button is its first ${c.button.kind === 'choice' ? 'choice' : 'Continue button'}: "${c.button.label}".`,
          '"Show all text" is pressed the moment it shows, so the whole text and the buttons come together. Times are from the start of navigation.',
          '',
          table(
            ['', 'median', 'p90', 'min', 'max'],
            [
              ...(c.game.storyShownMs
                ? [row('game: story screen up ("Show all text" pressed)', c.game.storyShownMs)]
                : []),
              row('game: first story text', c.game.firstTextMs),
              row('game: first story button', c.game.firstButtonMs),
              row('game: scene fully drawn', c.game.fullyDrawnMs),
              row('baseline: first text', c.baseline.firstTextMs),
              row('baseline: first button', c.baseline.firstButtonMs),
            ],
          ),
          '',
          `game ÷ baseline, first button: ${ratio(c.ratio.median, 1)} (median), ${ratio(c.ratio.p90, 1)} (p90)`,
          `per load (ms): game ${c.game.perLoadMs.join(', ')}; baseline ${c.baseline.perLoadMs.join(', ')}`,
        ].join('\n'),
      ),
    );
  }
  if (f.entries) out.push(entriesSection(f.entries));
  if (f.bytes) {
    const { game, baseline } = f.bytes;
    const row = (name: string, get: (b: LoadBytes) => { raw: number; gzip: number }) => [
      name,
      kb(get(game).raw),
      kb(get(game).gzip),
      kb(get(baseline).raw),
      kb(get(baseline).gzip),
    ];
    out.push(
      section(
        'Bytes: the same loads (median over loads; gzip -9 computed from the bodies; 1 kB = 1,000 bytes)',
        [
          table(
            ['', 'game raw', 'game gzip', 'baseline raw', 'baseline gzip'],
            [
              row('JavaScript before the first button', (b) => b.jsBeforeFirstButton),
              row('JavaScript by scene fully drawn', (b) => b.jsByFullyDrawn),
              row('JavaScript, whole load', (b) => b.js),
              row('everything before the first button', (b) => b.totalBeforeFirstButton),
              row('everything by scene fully drawn', (b) => b.totalByFullyDrawn),
              row('everything, whole load', (b) => b.total),
            ],
          ),
          `requests: game ${game.requests}, baseline ${baseline.requests} (not counted: blob: and data: URLs made in the page, and the service worker's own downloads)`,
        ].join('\n'),
      ),
    );
  }
  if (f.frames) {
    const phases = Object.entries(f.frames.phases).map(([name, p]) => [
      name,
      String(p.frames),
      `${p.seconds.toFixed(1)} s`,
      ms(p.summary.median, 1),
      ms(p.summary.p95, 1),
      ms(p.summary.max, 1),
      String(p.over33ms),
    ]);
    const a = f.frames.all;
    out.push(
      section(
        'Frame time: requestAnimationFrame deltas while driving the game',
        [
          table(
            ['phase', 'frames', 'time', 'median', 'p95', 'max', '> 33 ms'],
            [
              ...phases,
              [
                'all',
                String(a.frames),
                `${a.seconds.toFixed(1)} s`,
                ms(a.summary.median, 1),
                ms(a.summary.p95, 1),
                ms(a.summary.max, 1),
                String(a.over33ms),
              ],
            ],
          ),
          `scene changes (story ⇄ debrief) during the transitions phase: ${f.frames.sceneChanges}`,
        ].join('\n'),
      ),
    );
  }
  if (f.memory) {
    const m = f.memory;
    out.push(
      section(
        `Memory: JS heap in one page over ${m.plays} complete plays (${m.steps} steps, ${m.seconds.toFixed(0)} s), after forced GC, read at the debrief`,
        [
          'heap used = compiled code (bytecode and machine code, which V8 adds to as more of the game gets hot) + objects (what the game holds)',
          table(
            ['after plays', 'heap used', 'code', 'objects', 'heap total'],
            m.readings.map((r) => [
              String(r.plays),
              mb(r.usedBytes),
              mb(r.codeBytes),
              mb(r.usedBytes - r.codeBytes),
              mb(r.totalBytes),
            ]),
          ),
          `after ${m.plays} ÷ after 5: objects ${m.objectRatio === null ? '—' : m.objectRatio.toFixed(3)}, whole heap ${m.ratio === null ? '—' : m.ratio.toFixed(3)}`,
        ].join('\n'),
      ),
    );
  }
  if (f.checkScaling) {
    const s = f.checkScaling;
    const rows = s.runs.map((r, i) =>
      r.inProcess
        ? [
            r.beats.toLocaleString('en'),
            ms(r.inProcess.loadMs),
            ms(r.inProcess.checksMs),
            ms(r.inProcess.totalMs),
            ms(r.inProcess.cpuMs),
            ratio(s.growthInProcess[i] ?? null, 1),
            ms(r.cliMs),
            ratio(s.growthCli[i] ?? null, 1),
            r.cliExitCode === null ? '—' : String(r.cliExitCode),
          ]
        : [r.beats.toLocaleString('en'), 'skipped', '', '', '', '', '', '', ''],
    );
    const notes = s.runs.filter((r) => r.skipped).map((r) => `${r.beats.toLocaleString('en')} beats: ${r.skipped}`);
    out.push(
      section(
        'Scenario checks on generated stories (growth per 10×: 10× = linear, 100× = quadratic)',
        [
          'in process: wall time of the load (YAML, schema, references, graph) and the checks (analysis, rules) as check:scenarios runs them;',
          "CPU: that process's CPU time; CLI wall: `npm run check:scenarios -- <file>` from start to exit, npm and tsx startup included.",
          '',
          table(['beats', 'load', 'checks', 'in process', 'CPU', 'growth', 'CLI wall', 'growth', 'exit'], rows),
          ...notes,
        ].join('\n'),
      ),
    );
  }
  if (f.studio) out.push(section('Story studio', formatStudio(f.studio)));
  if (f.insights) out.push(section('Insights', formatInsights(f.insights)));
  out.push(
    section(
      'Targets',
      table(
        ['', 'target', 'goal', 'measured'],
        f.targets.map((t) => [mark(t.met), t.name, t.goal, t.actual]),
      ),
    ),
  );
  const met = f.targets.filter((t) => t.met === true).length;
  const build = f.buildMs === null ? '' : ` (the production build took ${(f.buildMs / 1000).toFixed(1)} s of it)`;
  out.push(`\n${met} of ${f.targets.length} targets met; the bench took ${f.benchSeconds.toFixed(0)} s${build}.`);
  for (const failure of f.failures) out.push(`NOT MEASURED: ${failure}`);
  return out.join('\n');
}

function entriesSection(entries: readonly EntryFigures[]): string {
  return section(
    'Entries: cold loads to the first enabled control, each beside a load of the ink player and of the script-free page',
    [
      table(
        ['entry', 'address', 'first control', 'median', 'p90', 'ink player', 'ratio', 'script-free', 'ratio'],
        entries.map((e) => [
          e.name,
          e.path || '/',
          `"${e.label.slice(0, 30)}"`,
          ms(e.game.median),
          ms(e.game.p90),
          ms(e.ink.median),
          ratio(e.inkRatio, 1),
          ms(e.baseline.median),
          ratio(e.ratio, 1),
        ]),
      ),
      'The target (≤ 2×) is against the ink player, a text-only story player (tools/bench/inkBaseline.ts); the',
      'script-free page has no script at all, the floor under any page that runs one.',
      ...entries.map(
        (e) =>
          `per load (ms), ${e.name}: ${e.perLoadMs.game.join(', ')}; ink ${e.perLoadMs.ink.join(', ')}; script-free ${e.perLoadMs.baseline.join(', ')}`,
      ),
    ].join('\n'),
  );
}
