// npm run lrs:demo [-- --learners 200] [--port 8787]
//   A Learning Record Store on this machine holding a made-up cohort's plays, for trying Insights' "Read from your
//   LRS" (or the game's own reporting) before a company's LRS is at hand. The learners play the library's stories
//   through the engine and the game's own xAPI reporter (tools/insightsCohort.ts); their statements are stored a few
//   at a time, so their stored times are spread as a real cohort's are. It runs until stopped (Ctrl+C).
import { readCommandLine, startedAsProgram } from './commandLine.ts';
import { startTestLrs, storeStatements, type TestLrs } from './testLrs/testLrs.ts';
import { cohortStatements } from './cohortStatements.ts';

const USAGE = 'usage: npm run lrs:demo [-- --learners N] [--port PORT]';
/** Stored in this many batches, a moment apart: a cohort's plays come in over time, not all at once. */
const BATCHES = 50;

/** Starts the LRS with the cohort stored in it, or says what is wrong with the command line. */
export async function startDemoLrs(args: string[]): Promise<{ lrs: TestLrs; statements: number } | string> {
  const read = readCommandLine(
    { args, options: { learners: { type: 'string' }, port: { type: 'string' } } },
    { list: '--learners N and --port PORT', examples: { '--learners': '--learners 200', '--port': '--port 8787' } },
  );
  if (typeof read === 'string') return `${read}\n${USAGE}`;
  const learners = Number(read.values.learners ?? 50);
  const port = Number(read.values.port ?? 0);
  if (!Number.isInteger(learners) || learners < 1 || learners > 5000)
    return `--learners ${read.values.learners}: a whole number from 1 to 5000\n${USAGE}`;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return `--port ${read.values.port}: a port number, like 8787\n${USAGE}`;
  const statements = await cohortStatements(learners, 4);
  const lrs = await startTestLrs({ port });
  const batch = Math.ceil(statements.length / BATCHES);
  for (let i = 0; i < statements.length; i += batch) {
    await storeStatements(lrs, statements.slice(i, i + batch));
    // A moment apart, so the stored times can be shared out and a reading's bar shows how far it has come.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { lrs, statements: statements.length };
}

async function main(): Promise<void> {
  const started = await startDemoLrs(process.argv.slice(2));
  if (typeof started === 'string') {
    console.error(started);
    process.exitCode = 2;
    return;
  }
  const { lrs, statements } = started;
  console.log(
    [
      `A demo LRS with ${statements.toLocaleString('en')} statements of a made-up cohort is running.`,
      `  LRS address: ${lrs.endpoint}`,
      '  Key:         service-hero',
      '  Secret:      test-password',
      'Open Insights (the title screen, or ?insights), then "Read from your LRS" with these. Ctrl+C stops it.',
    ].join('\n'),
  );
  process.once('SIGINT', () => void lrs.close().then(() => process.exit(0)));
}

if (startedAsProgram(import.meta.url)) void main();
