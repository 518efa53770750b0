// XLIFF 2.0, the file format translation tools (CAT tools) read and write: one <file> per story or catalogue,
// one <unit> per text, its id the text's stable id (src/engine/translation/storyTexts.ts), its notes who says it
// and where, and one <segment> with the English <source> and the translation's <target>. Written here by hand (the
// format is small and the output must be byte-stable for the round trip); read with fast-xml-parser, whose
// validator places a malformed file's first error by line and column. Every other problem is placed at the line
// of the element it is about, and all of them are reported at once.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic } from '../../src/engine/diagnostics.ts';

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** The states XLIFF 2.0 gives a segment, in the order work on it goes. */
export const STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof STATES)[number];

export interface XliffUnit {
  id: string;
  source: string;
  target?: string;
  state: SegmentState;
  notes: { category: string; text: string }[];
  /** Where the unit starts, in a file read (not written). */
  line?: number;
}

export interface XliffFile {
  /** The story's id, or "principles" for the catalogue. */
  id: string;
  /** The source file, from the project's root: scenarios/pub-caesar-dressing.yaml. */
  original: string;
  units: XliffUnit[];
}

export interface XliffDocument {
  srcLang: string;
  trgLang: string;
  files: XliffFile[];
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The document as XLIFF 2.0 text: the same document gives the same bytes. */
export function writeXliff(doc: XliffDocument): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${NAMESPACE}" version="2.0" srcLang="${escapeAttribute(doc.srcLang)}" trgLang="${escapeAttribute(doc.trgLang)}">`,
  ];
  for (const file of doc.files) {
    out.push(`  <file id="${escapeAttribute(file.id)}" original="${escapeAttribute(file.original)}">`);
    for (const unit of file.units) {
      out.push(`    <unit id="${escapeAttribute(unit.id)}">`);
      if (unit.notes.length > 0) {
        out.push('      <notes>');
        for (const note of unit.notes)
          out.push(`        <note category="${escapeAttribute(note.category)}">${escapeText(note.text)}</note>`);
        out.push('      </notes>');
      }
      out.push(`      <segment state="${unit.state}">`);
      out.push(`        <source>${escapeText(unit.source)}</source>`);
      if (unit.target !== undefined) out.push(`        <target>${escapeText(unit.target)}</target>`);
      out.push('      </segment>', '    </unit>');
    }
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

/** Where each <file> and <unit> starts, by id, so a problem with one names its line. */
function elementLines(text: string): { root: number; file: Map<string, number>; unit: Map<string, number> } {
  const rootAt = text.indexOf('<xliff');
  const root = rootAt < 0 ? 1 : text.slice(0, rootAt).split('\n').length;
  const file = new Map<string, number>();
  const unit = new Map<string, number>();
  let line = 1;
  let counted = 0;
  let currentFile = '';
  for (const match of text.matchAll(/<(file|unit)\b[^>]*?\bid="([^"]*)"/g)) {
    for (; counted < match.index; counted++) if (text.charCodeAt(counted) === 10) line++;
    if (match[1] === 'file') {
      currentFile = match[2] ?? '';
      file.set(currentFile, line);
    } else unit.set(`${currentFile}\u0000${match[2] ?? ''}`, line);
  }
  return { root, file, unit };
}

type Node = Record<string, unknown>;
const asNodes = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is Node => typeof item === 'object' && item !== null,
  );
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export interface ReadXliff {
  doc: XliffDocument | null;
  problems: Diagnostic[];
}

/** Reads an XLIFF 2.0 file, or says every way it is not one this project can take, each at its line. */
export function readXliff(fileName: string, text: string): ReadXliff {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return {
      doc: null,
      problems: [
        {
          file: fileName,
          line: valid.err.line,
          col: valid.err.col,
          field: '',
          message: `not well-formed XML: ${valid.err.msg}`,
        },
      ],
    };
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['file', 'unit', 'note', 'segment'].includes(name),
  }).parse(text) as Node;
  const problems: Diagnostic[] = [];
  const lines = elementLines(text);
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file: fileName, line, col: 1, field, message });
  const root = asNodes(parsed['xliff'])[0];
  if (!root) {
    problem(1, '', 'this is not an XLIFF file: it has no <xliff> element');
    return { doc: null, problems };
  }
  if (root['version'] !== '2.0')
    problem(lines.root, 'xliff', `this reads XLIFF 2.0; this file says version="${textOf(root['version']) ?? ''}"`);
  const srcLang = textOf(root['srcLang']) ?? '';
  const trgLang = textOf(root['trgLang']) ?? '';
  if (!srcLang)
    problem(lines.root, 'xliff', 'srcLang is missing: the language the texts were written in, like srcLang="en"');
  if (!trgLang) problem(lines.root, 'xliff', 'trgLang is missing: the language translated into, like trgLang="es"');
  const files: XliffFile[] = [];
  const seenFiles = new Set<string>();
  for (const fileNode of asNodes(root['file'])) {
    const id = textOf(fileNode['id']) ?? '';
    const fileLine = lines.file.get(id) ?? 1;
    if (!id) problem(fileLine, 'file', 'a <file> has no id: the story it translates');
    if (seenFiles.has(id)) problem(fileLine, `file ${id}`, 'this story is in the file twice');
    seenFiles.add(id);
    files.push({ id, original: textOf(fileNode['original']) ?? '', units: readUnits(fileNode, id, lines, problem) });
  }
  if (files.length === 0) problem(lines.root, 'xliff', 'the file translates nothing: it has no <file> element');
  return { doc: problems.length === 0 ? { srcLang, trgLang, files } : null, problems };
}

function readUnits(
  fileNode: Node,
  fileId: string,
  lines: ReturnType<typeof elementLines>,
  problem: (line: number, field: string, message: string) => void,
): XliffUnit[] {
  const units: XliffUnit[] = [];
  const seen = new Set<string>();
  for (const unitNode of asNodes(fileNode['unit'])) {
    const id = textOf(unitNode['id']) ?? '';
    const line = lines.unit.get(`${fileId}\u0000${id}`) ?? lines.file.get(fileId) ?? 1;
    const field = `file ${fileId} › unit ${id}`;
    if (!id) problem(line, `file ${fileId} › unit`, 'a <unit> has no id');
    if (seen.has(id)) problem(line, field, 'this unit is in the file twice');
    seen.add(id);
    const segments = asNodes(unitNode['segment']);
    if (segments.length !== 1) {
      problem(line, field, `a unit here has one <segment>; this one has ${segments.length}`);
      continue;
    }
    const segment = segments[0]!;
    const source = textOf(segment['source']);
    const target = segment['target'] === undefined ? undefined : textOf(segment['target']);
    const state = textOf(segment['state']) ?? (target === undefined ? 'initial' : 'translated');
    if (source === undefined) problem(line, field, 'the segment has no <source> text (or has markup in it)');
    if (segment['target'] !== undefined && target === undefined)
      problem(line, field, 'the <target> holds markup; only plain text is taken');
    if (!(STATES as readonly string[]).includes(state))
      problem(line, field, `state="${state}" is not one of XLIFF's: ${STATES.join(', ')}`);
    const notes = asNodes(asNodes(unitNode['notes'])[0]?.['note']).map((note) => ({
      category: textOf(note['category']) ?? '',
      text: textOf(note['#text']) ?? '',
    }));
    units.push({
      id,
      line,
      source: source ?? '',
      ...(target === undefined ? {} : { target }),
      state: state as SegmentState,
      notes,
    });
  }
  return units;
}
