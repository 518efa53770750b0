// npm test: the static checks (tools/checks.ts) and the test files side by side. The tests mostly wait on
// Chromium, so the checks' minute of one core's work fits beside them, where one after the other it added that
// minute to CI's 20 on two cores (README, Test it). The tests' output streams as they run; the checks' is
// printed whole once they end. Failing checks stop the tests at once, and the run fails if either fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const onWindows = process.platform === 'win32';
const ended = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));

const checks = spawn('npm', ['run', '--silent', 'checks'], { shell: onWindows });
let said = '';
checks.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
checks.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
// Vitest's own script, as this process's child, so stopping it stops the tests (npx would stand between).
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
// In a process group of its own, so that stopping the tests stops their workers and browsers too; a Ctrl+C here
// is passed on to it, as the terminal no longer sends it there.
const tests = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit', detached: true });
const stopTests = (signal: NodeJS.Signals) => {
  try {
    if (tests.pid !== undefined) process.kill(-tests.pid, signal);
  } catch {
    // already gone
  }
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopTests(signal);
    checks.kill(signal);
  });

const checked = ended(checks).then((code) => {
  console.log(`\n${said.trimEnd()}\n`);
  if (code !== 0) {
    console.log('npm test: the checks failed (above), so the tests were stopped');
    stopTests('SIGTERM');
  }
  return code;
});
const [checksCode, testsCode] = await Promise.all([checked, ended(tests)]);
process.exit(checksCode !== 0 ? checksCode : testsCode);
