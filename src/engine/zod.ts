// zod for the whole game, with its code generation switched off by zod's own setting. zod compiles a fast
// parser for each object schema with `new Function`, and probes for eval when the schema is made: the page's
// Content-Security-Policy allows no eval, so the probe would be reported as a violation on every load. The
// setting has to be on before the first object schema is made, so every module that makes schemas takes z
// from here (a unit test holds that rule): ES modules evaluate this one before any module that imports it.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
