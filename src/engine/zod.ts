// zod for the whole game. In a page or a page's worker, zod's code generation is switched off by zod's own
// setting: zod compiles a fast parser for each object schema with `new Function`, and probes for eval when the
// schema is made; the page's Content-Security-Policy allows no eval, so the probe would be reported as a
// violation on every load. Under Node (the command line's checks, the bench, the unit tests) no such policy
// applies, and the compiled parsers check a big story faster (`npm run bench -- --only scaling`). The setting
// has to be on before the first object schema is made, so every module that makes schemas takes z from here
// (a unit test holds that rule): ES modules evaluate this one before any module that imports it.
import { z } from 'zod';

const underNode =
  typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';

z.config({ jitless: !underNode });

export { z };
