import { scenarioJsonSchema as schema } from '../src/engine/jsonSchema.ts';

/** The JSON Schema text exactly as committed, so a test can tell when it is stale. */
export function scenarioJsonSchema(): string {
  return `${JSON.stringify(schema(), null, 2)}\n`;
}
