// How the scenario checks scale with the size of a story: generated stories of
// 100, 1,000 and 10,000 beats (100,000 when it can finish in time), timed
// inside the process (the engine's load and checks; the median of a few runs,
// each in a fresh process, as other work on the machine makes single runs
// jumpy) and as the command an author runs (`npm run check:scenarios -- <file>`,
// wall time, startup included).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenarioYaml } from '../generateScenario.ts';
import { projectRoot } from '../projectFiles.ts';
import type { WorkerTiming } from './checkWorker.ts';
import { benchDir } from './serve.ts';
import { extrapolate, growthPer10x } from './stats.ts';

const workerFile = fileURLToPath(new URL('./checkWorker.ts', import.meta.url));

export interface CheckRun {
  beats: number;
  /** The run with the median total of `inProcessTotalsMs`; null when this size was not run (`skipped` says why). */
  inProcess: { loadMs: number; checksMs: number; totalMs: number; cpuMs: number } | null;
  /** Every in-process run's total, in the order run. */
  inProcessTotalsMs?: number[];
  cliMs: number | null;
  cliExitCode: number | null;
  skipped: string | null;
}

export interface CheckScaling {
  runs: CheckRun[];
  /** Per run, the growth of the time over the previous size, scaled to a 10× step (10 = linear). */
  growthInProcess: (number | null)[];
  growthCli: (number | null)[];
  /** 100,000 beats in process, extrapolated from the smaller sizes (never better than linear). */
  predicted100kMs: number | null;
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Process groups of the commands running now, so an interrupted bench can stop them too. */
const running = new Set<number>();

/** Stops every command still running (they are in process groups of their own, which Ctrl-C does not reach). */
export function stopChildren(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

/**
 * Runs a command in its own process group, so a timeout stops it and everything it started
 * (npm starts a shell, which starts tsx, which starts node).
 */
function run(command: string, args: readonly string[], timeoutMs: number): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) process.kill(-pid, 'SIGKILL');
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
    };
    child.on('error', (error) => {
      finish();
      reject(error);
    });
    child.on('close', (code) => {
      finish();
      resolve({ code, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

function parseTiming(stdout: string): WorkerTiming | null {
  const line = stdout.trim().split('\n').pop();
  try {
    const value: unknown = JSON.parse(line ?? '');
    return typeof value === 'object' && value !== null && 'loadMs' in value ? (value as WorkerTiming) : null;
  } catch {
    return null;
  }
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => !/npm warn/i.test(l))
      .pop() ?? ''
  );
}

async function measureSize(
  beats: number,
  options: ScalingOptions,
  progress: (message: string) => void,
): Promise<CheckRun> {
  const { timeoutMs, runs } = options;
  const file = join(benchDir, `generated-${beats}.yaml`);
  writeFileSync(file, generateScenarioYaml({ beats }));
  const timings: WorkerTiming[] = [];
  for (let i = 0; i < runs; i++) {
    // The engine in a process of its own (same Node, same tsx loader as this one), a fresh heap each time.
    const worker = await run(process.execPath, [...process.execArgv, workerFile, file], timeoutMs);
    const timing = parseTiming(worker.stdout);
    if (worker.timedOut || !timing) {
      const why = worker.timedOut
        ? `did not finish within ${timeoutMs / 1000} s`
        : `the check failed: ${lastLine(worker.stderr) || `exit code ${worker.code}`}`;
      return { beats, inProcess: null, cliMs: null, cliExitCode: null, skipped: why };
    }
    if (timing.errors > 0 || timing.beats !== beats)
      throw new Error(`the generated ${beats}-beat story did not load cleanly (${timing.errors} errors)`);
    timings.push(timing);
  }
  const totals = timings.map((t) => t.loadMs + t.checksMs);
  const median = timings.map((t, i) => ({ t, total: totals[i]! })).sort((a, b) => a.total - b.total)[
    Math.floor(runs / 2)
  ]!.t;
  const inProcess = {
    loadMs: median.loadMs,
    checksMs: median.checksMs,
    totalMs: median.loadMs + median.checksMs,
    cpuMs: median.cpuMs,
  };
  progress(
    `${beats} beats: in process ${inProcess.totalMs.toFixed(0)} ms, median of ${totals.map((t) => t.toFixed(0)).join(', ')} (CPU ${inProcess.cpuMs.toFixed(0)} ms)`,
  );
  const cli = await run('npm', ['run', 'check:scenarios', '--', file], timeoutMs);
  progress(`${beats} beats: npm run check:scenarios ${cli.timedOut ? 'timed out' : `${cli.ms.toFixed(0)} ms`}`);
  return {
    beats,
    inProcess,
    inProcessTotalsMs: totals,
    cliMs: cli.timedOut ? null : cli.ms,
    cliExitCode: cli.timedOut ? null : cli.code,
    skipped: cli.timedOut ? `the CLI did not finish within ${timeoutMs / 1000} s` : null,
  };
}

export interface ScalingOptions {
  /** Try 100,000 beats whatever the prediction says. */
  force100k: boolean;
  /** Longest a single run may take before it is stopped. */
  timeoutMs: number;
  /** Without force100k, 100,000 beats is tried only if it is predicted to take less than this. */
  budget100kMs: number;
  /** In-process runs per size, each in a fresh process; the median is reported. Odd, so the median is a real run. */
  runs: number;
}

export async function measureCheckScaling(
  options: ScalingOptions,
  progress: (message: string) => void,
): Promise<CheckScaling> {
  mkdirSync(benchDir, { recursive: true });
  const runs: CheckRun[] = [];
  for (const beats of [100, 1000, 10_000]) runs.push(await measureSize(beats, options, progress));

  const done = runs.flatMap((r) => (r.inProcess ? [{ size: r.beats, ms: r.inProcess.totalMs }] : []));
  const predicted = extrapolate(done, 100_000);
  if (options.force100k || (predicted !== null && predicted <= options.budget100kMs)) {
    runs.push(await measureSize(100_000, options, progress));
  } else {
    const guess =
      predicted === null
        ? 'cannot be predicted'
        : `would take about ${(predicted / 1000).toFixed(0)} s in process (and as long again from the CLI)`;
    runs.push({
      beats: 100_000,
      inProcess: null,
      cliMs: null,
      cliExitCode: null,
      skipped: `skipped: at the growth seen up to 10,000 beats it ${guess}, over the ${(options.budget100kMs / 1000).toFixed(0)} s allowed to keep the bench near 5 minutes; --100k tries it (stopped after ${(options.timeoutMs / 1000).toFixed(0)} s)`,
    });
  }

  return {
    runs,
    predicted100kMs: predicted,
    growthInProcess: growthPer10x(runs.map((r) => ({ size: r.beats, ms: r.inProcess?.totalMs ?? Number.NaN }))),
    growthCli: growthPer10x(runs.map((r) => ({ size: r.beats, ms: r.cliMs ?? Number.NaN }))),
  };
}
