// The tests' configuration: the site's own (vite.config.ts, which builds the site and knows nothing of the
// tests) with the test projects on top, so that a production build never loads the tests' support code.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { SlowestFirst } from './tests/browser/support/slowestFirst.ts';
import { MOCKING_FILES } from './tests/support/mockingFiles.ts';

const MOCKING = MOCKING_FILES;

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Two test files at a time, unit and browser alike, on the two cores CI has.
      maxWorkers: 2,
      // The slowest browser files start first, so the two workers finish together.
      sequence: { sequencer: SlowestFirst },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            exclude: [...MOCKING],
            environment: 'node',
            // Every screen's English in, as start.ts has it before any screen but a story's opening is drawn.
            setupFiles: ['tests/support/setupEnglish.ts'],
            // The files share their workers rather than each starting one: 66 s instead of 105 s for the unit
            // files alone. A file that replaces a module (vi.mock) runs in a worker of its own (below).
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'unit-mocking',
            include: [...MOCKING],
            environment: 'node',
            setupFiles: ['tests/support/setupEnglish.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/browser/support/globalSetup.ts'],
            // The tests word what they expect with the game's own catalogues (a skeleton story, say).
            setupFiles: ['tests/support/setupEnglish.ts'],
            testTimeout: 120_000,
            hookTimeout: 180_000,
            // Files run two at a time (maxWorkers above), each in its own pages of one shared Chromium: the browser
            // tests wait far more than they compute, and one at a time they outgrew CI's 20 minutes on two cores.
            fileParallelism: true,
            // The files share a worker rather than each starting one (seconds apiece under CI's load): their state
            // lives in their own Chromium pages, and the one module-level setting a file changes, the words' language,
            // every file sets again (setupFiles) and puts back.
            isolate: false,
          },
        },
      ],
    },
  }),
);
