import { z } from 'zod';
import { Scenario } from '../src/engine/schema.ts';

/** The JSON Schema text exactly as committed, so a test can tell when it is stale. */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Service Hero scenario', $id: 'scenario.schema.json' }, null, 2)}\n`;
}
