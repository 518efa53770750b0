// The order test files start in. Vitest starts files it has timed before longest first; on a fresh clone (CI) it
// has no times and starts the largest files first, which left these short files with long runs to the end: one
// worker still busy with them while the other had nothing left to do.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The browser files that took longest when last measured (issue 18; the studio, SCORM and xAPI files on 2026-12-06), longest first. */
const SLOWEST = [
  'studio',
  'scorm',
  'xapi',
  'input-guard',
  'library',
  'saves',
  'grading',
  'accessibility',
  'early-story',
  'monkey',
  'progress',
  'cmi5-delivery',
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
