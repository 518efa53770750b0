// Reads YAML so that any problem found later (by the schema, the reference
// checks or the graph checks) can be pointed at its line and column in the
// author's file. js-yaml reads sound files fast; whatever it refuses (YAML
// errors, aliases, deep nesting, keys that are lists) goes to the yaml package,
// which finds every error, words them for an author and guards against alias bombs.
import { readWithJsYaml } from './jsYamlSource.ts';
import { parseWithYamlPackage } from './yamlPackageSource.ts';
import type { ParseResult } from './yamlSourceTypes.ts';

export type { ParseResult, YamlSource } from './yamlSourceTypes.ts';

export function parseYamlSource(file: string, text: string): ParseResult {
  return readWithJsYaml(file, text) ?? parseWithYamlPackage(file, text);
}
