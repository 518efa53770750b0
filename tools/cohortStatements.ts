// A made-up cohort's xAPI statements (tools/insightsCohort.ts), for the Insights bench and the demo LRS. The cohort
// is made through Vite's module loader: the game's words it plays with are gathered by import.meta.glob.
import { createServer } from 'vite';
import { projectRoot } from './projectFiles.ts';

/** `learners` learners, each playing `stories` of the library's stories; every statement their plays sent. */
export async function cohortStatements(learners: number, stories: number): Promise<object[]> {
  const vite = await createServer({
    root: projectRoot,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { cohort } = (await vite.ssrLoadModule('/tools/insightsCohort.ts')) as typeof import('./insightsCohort.ts');
    const made = cohort(learners, stories);
    // The reporter's queue sends as soon as it may: a moment later every statement is out.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return made.learners.flatMap((l) => l.statements);
  } finally {
    await vite.close();
  }
}
