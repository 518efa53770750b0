// npm run schema — regenerates scenarios/scenario.schema.json from the one zod
// schema, for editors that validate YAML while an author types.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from './scenarioJsonSchema.ts';
import { scenariosDir } from './projectFiles.ts';

const target = join(scenariosDir, 'scenario.schema.json');
writeFileSync(target, scenarioJsonSchema());
console.log(`wrote ${target}`);
