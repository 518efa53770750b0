// What reading a YAML file gives the checks after it: the data, and the place in the
// author's file of any part of it. Both readers (jsYamlSource.ts, yamlPackageSource.ts)
// produce it; yamlSource.ts picks between them.
import type { Diagnostic, PathSegment } from './diagnostics.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the node at `path`; with `key`, of the last segment's key; falls back to the deepest node that exists. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
  diagnostic(path: readonly PathSegment[], message: string, options?: { key?: boolean }): Diagnostic;
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; errors: Diagnostic[] };
