// Unit files that replace a module with vi.mock. The unit files share their workers (vitest.config.ts), where a
// replaced module would reach every file after it; these run in a worker of their own. tests/unit/mocking.test.ts
// fails when a file mocks a module and is not listed here.
export const MOCKING_FILES = ['tests/unit/js-yaml-one-reading.test.ts'];
