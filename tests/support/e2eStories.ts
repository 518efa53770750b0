// What the browser tests' build adds to the shipped stories (through SERVICE_HERO_EXTRA_STORIES, read by
// tools/vite/shippedContent.ts): a short story, a folder of broken files and a quick track.
import { join } from 'node:path';
import { projectRoot } from '../../tools/projectFiles.ts';

export const E2E_STORIES: readonly string[] = [
  join(projectRoot, 'tests/fixtures/bakery-mini.yaml'),
  join(projectRoot, 'tests/fixtures/e2e'),
];
