// A story the schema refused is still checked for wrong names wherever its
// parts could be read, so one run reports every problem (issue 18): the shape's
// problems, each saying what it keeps from being checked, then the references.
import type { z } from 'zod';
import type { ArtManifest, Catalogue } from './catalogue.ts';
import { checkAudio, type AudioProblem } from './checkAudio.ts';
import { checkReferences, type KnownNames, type NameSet } from './checkReferences.ts';
import { describeIssues } from './describeIssues.ts';
import type { Diagnostic, PathSegment } from './diagnostics.ts';
import { fieldNamesOf, type Refused } from './loadYaml.ts';
import { salvage, within } from './salvage.ts';
import type { Scenario } from './schema.ts';
import type { YamlSource } from './yamlSource.ts';

/** Stand-ins for a top-level field the schema refused; anything the checks then say about them is dropped. */
const PLACEHOLDERS: Readonly<Record<string, unknown>> = {
  id: 'unnamed',
  title: 'untitled',
  summary: 'none',
  sources: ['000_0000000000000000.txt'],
  role: 'none',
  setting: { place: 'none', backdrop: 'unnamed' },
  cast: {},
  customer: 'unnamed',
  start: 'unnamed',
  beats: {},
};

const PART_NAMES: Record<string, string> = {
  beats: 'beat',
  cast: 'cast member',
  variations: 'variation',
  choices: 'choice',
  lines: 'line',
  next: 'branch',
  sources: 'source',
  any: 'condition',
};

export function checkRefusedScenario(
  refused: Refused,
  catalogue: Catalogue,
  art?: ArtManifest,
  audio?: AudioProblem,
): Diagnostic[] {
  const { source, schema, issues } = refused;
  const known = fieldNamesOf(schema);
  const data = source.data as object;
  const saved = salvage(data, schema as z.ZodType<Scenario>, issues, PLACEHOLDERS);
  const pathOf = (issue: (typeof issues)[number]) => issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (!saved) {
    const errors = issues.flatMap((issue) => describeIssues([issue], source, known));
    // Nothing could be set aside cleanly: say plainly that the names wait for the shape.
    return errors.map((e, i) =>
      i === 0
        ? {
            ...e,
            message: `${e.message} (the names in this file, such as beats, cast and principles, are checked once its shape is fixed)`,
          }
        : e,
    );
  }
  const noted = new Set<string>();
  const shapeErrors = issues.flatMap((issue) => {
    const path = pathOf(issue);
    const part = saved.setAside.find((p) => within(path, p));
    const described = describeIssues([issue], source, known);
    const key = part?.join('\u0000');
    if (!part || key === undefined || noted.has(key)) return described;
    noted.add(key);
    const note = `; the rest of this ${partName(part)} is checked once this is fixed`;
    return described.map((d) => ({ ...d, message: `${d.message}${note}` }));
  });
  return [...shapeErrors, ...referencesOf(saved, source, catalogue, art, knownNames(data), audio)];
}

function referencesOf(
  saved: NonNullable<ReturnType<typeof salvage<Scenario>>>,
  source: YamlSource,
  catalogue: Catalogue,
  art: ArtManifest | undefined,
  names: KnownNames,
  audio: AudioProblem | undefined,
): Diagnostic[] {
  const dropped = new Set<Diagnostic>();
  // What the checks find is placed in the file's own numbering; anything about a stand-in, or about the
  // parent of a field left out ("say which principles" when `upholds` was refused), is not the author's.
  const placed: YamlSource = {
    ...source,
    diagnostic: (path, message, options) => {
      const inFile = saved.inFile(path);
      const d = source.diagnostic(inFile, message, options);
      if (
        saved.repaired.some((r) => within(inFile, r)) ||
        saved.left.some((l) => within(l, inFile) || within(inFile, l))
      )
        dropped.add(d);
      return d;
    },
  };
  return [
    ...checkReferences(saved.value, placed, catalogue, art, names),
    ...(audio ? checkAudio(saved.value, placed, audio) : []),
  ].filter((d) => !dropped.has(d));
}

function partName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  const holder = typeof last === 'number' ? path[path.length - 2] : path[0];
  return PART_NAMES[String(holder)] ?? 'part';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The names the file declares, read from its raw data: a name whose own part was refused still exists. */
function knownNames(data: object): KnownNames {
  const raw = data as Record<string, unknown>;
  const keysOf = (v: unknown): NameSet => (v === undefined ? new Set() : isRecord(v) ? new Set(Object.keys(v)) : 'any');
  const choices = new Set<string>();
  const flags = new Set<string>();
  let unreadable = !isRecord(raw.beats);
  for (const beat of isRecord(raw.beats) ? Object.values(raw.beats) : []) {
    if (!isRecord(beat)) continue;
    const judged = [...(Array.isArray(beat.choices) ? beat.choices : []), beat.patience];
    if (beat.choices !== undefined && !Array.isArray(beat.choices)) unreadable = true;
    for (const j of judged) {
      if (!isRecord(j)) continue;
      if (typeof j.id === 'string') choices.add(j.id);
      if (Array.isArray(j.set)) j.set.forEach((f) => typeof f === 'string' && flags.add(f));
      else if (j.set !== undefined) unreadable = true;
    }
  }
  return {
    beats: keysOf(raw.beats),
    cast: keysOf(raw.cast),
    variations: keysOf(raw.variations),
    choices: unreadable ? 'any' : choices,
    flags: unreadable ? 'any' : flags,
  };
}
