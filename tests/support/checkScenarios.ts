// Runs tools/check-scenarios.ts as the command does, but inside the test's own process: the same arguments,
// what it prints to stdout and to stderr, and its exit code. Starting tsx for every run took seconds each;
// one test still runs the real command in a process of its own (tests/unit/analysis-cli.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { format } from 'node:util';
import { vi } from 'vitest';
import { projectRoot } from '../../tools/projectFiles.ts';
import { run } from '../../tools/check-scenarios.ts';

export interface CheckRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout, then stderr. */
  all: string;
}

export function checkScenarios(...args: string[]): CheckRun {
  // The command reads the files it is given relative to where it was started, as from `npm run`.
  if (process.cwd() !== projectRoot) throw new Error(`run the tests from ${projectRoot}, not ${process.cwd()}`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(`${format(...parts)}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(`${format(...parts)}\n`)),
    vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true)),
    vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)),
  ];
  let status: number;
  try {
    status = run(args);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return { status, stdout: stdout.join(''), stderr: stderr.join(''), all: `${stdout.join('')}${stderr.join('')}` };
}

/** The real command, `tsx tools/check-scenarios.ts`, in a process of its own. */
export function checkScenariosCommand(...args: string[]): CheckRun {
  const command = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['tools/check-scenarios.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: command.status,
    stdout: command.stdout,
    stderr: command.stderr,
    all: `${command.stdout}${command.stderr}`,
  };
}
