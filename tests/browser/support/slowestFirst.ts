// The order test files start in. Vitest starts files it has timed before longest first; on a fresh clone (CI) it
// has no times and starts the largest files first, which left these short files with long runs to the end: one
// worker still busy with them while the other had nothing left to do.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The browser files that took longest when last measured (CI's rehearsal of 2026-12-06, third session), longest first. */
const SLOWEST = [
  'studio',
  'scorm',
  'xapi',
  'library',
  'input-guard',
  'accessibility',
  'cmi5-delivery',
  'play',
  'saves',
  'languages',
  'offline',
  'keyboard-focus',
  'grading',
  'debrief-best-path',
  'language-switch',
  'early-story',
  'monkey',
  'progress',
];

function rank(file: TestSpecification): number {
  const at = SLOWEST.indexOf(/tests\/browser\/([^/]+)\.test\.ts$/.exec(file.moduleId)?.[1] ?? '');
  return at < 0 ? SLOWEST.length : at;
}

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // A stable sort: every other file keeps Vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
