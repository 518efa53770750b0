// The scenario format as JSON Schema, derived from the one zod schema (schema.ts): written to
// scenarios/scenario.schema.json for authors' editors (npm run schema), and read by the story studio's completion.
import { z } from './zod.ts';
import { Scenario } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return { ...schema, title: 'Service Hero scenario', $id: 'scenario.schema.json' };
}
