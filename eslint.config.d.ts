// Types for what eslint.config.js exports besides the config, read by tests/unit/floors.test.ts.
import type { Linter } from 'eslint';

export interface Floor {
  type: string;
  pattern: string[];
  says: string;
}
export const FLOORS: Floor[];
/** The files of the engine's runtime face (src/engine/runtime.ts and what it is made of). */
export const ENGINE_RUNTIME: string[];
/** The page's first program's own start-up files. */
export const FIRST_PROGRAM: string[];
export const floorRules: Linter.Config;
declare const config: Linter.Config[];
export default config;
