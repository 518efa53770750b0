// The draft's text as the yaml package's Document, kept for the last text: between two edits the beat panel, its
// forms and their tools read the same text many times over, and each now reads it once. Every caller only reads
// the Document, never changes it: tests/unit/studio-parsed-text.test.ts runs every reader and edit over a story and
// finds the kept Document still the text's, and eslint.config.js lets no other studio module parse a text itself.
//
// A reading or an edit of one beat, or of the story's details, needs only that part of the text: it is given a
// Document of the text with every other beat blanked out (one comment as long as its lines), so each
// node stands at its place in the whole text and every edit's range holds there, while a big story costs the
// reading of one beat (a 500-beat story's whole reading took the page 0.25 s, at every check's redraw).
import { parseDocument, type Document } from 'yaml';

/** What a reading needs: one beat, the details (the text with every beat blanked), or all of it. */
export type Scope = { beat: string } | 'details' | 'all';

let last: { text: string; docs: Map<string, Document.Parsed>; blocks: BeatBlocks | null | undefined } | null = null;

export function documentOf(text: string, scope: Scope = 'all'): Document.Parsed {
  if (last?.text !== text) last = { text, docs: new Map(), blocks: undefined };
  const kept = last;
  const key = typeof scope === 'string' ? scope : `beat:${scope.beat}`;
  let doc = kept.docs.get(key);
  if (!doc) {
    const part = scope === 'all' ? null : partOf(text, blocksOf(kept), scope);
    doc = part === null ? wholeOf(kept) : parseDocument(part);
    // A part that does not read as the whole does (an alias to an anchor in a blanked beat) is read whole.
    if (part !== null && doc.errors.length) doc = wholeOf(kept);
    kept.docs.set(key, doc);
  }
  return doc;
}

/** The scope a change at this path needs: its beat's, the details', or the whole text's. */
export function scopeOf(path: readonly (string | number)[]): Scope {
  // The images come after the beats: placing them needs where the beats end, which a part with them blanked hides.
  if (path[0] === 'images') return 'all';
  if (path[0] !== 'beats') return 'details';
  return typeof path[1] === 'string' ? { beat: path[1] } : 'all';
}

/** The ids of the beats written in the text, in order; found by their lines where they can be, else by a reading. */
export function beatIdsOf(text: string): string[] | null {
  if (last?.text !== text) documentOf(text, 'details');
  const blocks = blocksOf(last!);
  return blocks ? [...blocks.beats.keys()] : null;
}

function wholeOf(kept: NonNullable<typeof last>): Document.Parsed {
  let whole = kept.docs.get('all');
  if (!whole) kept.docs.set('all', (whole = parseDocument(kept.text)));
  return whole;
}

function blocksOf(kept: NonNullable<typeof last>): BeatBlocks | null {
  if (kept.blocks === undefined) kept.blocks = beatBlocks(kept.text);
  return kept.blocks;
}

/** The text with every beat blanked but the one in scope (none for the details); null if that beat is not found. */
function partOf(text: string, blocks: BeatBlocks | null, scope: Exclude<Scope, 'all'>): string | null {
  if (!blocks) return null;
  const keep = typeof scope === 'string' ? null : blocks.beats.get(scope.beat);
  if (keep === undefined) return null;
  const { from, to } = blocks;
  // One comment as long as the lines it stands for: not spaces alone, which would be read into a text written with
  // | or > just above it, nor a comment a line, each of which the reader would go through (the blanked lines begin
  // and end at line breaks, so the comment ends at the last one).
  const blank = (start: number, end: number) =>
    end - start < 2 ? text.slice(start, end) : `#${' '.repeat(end - start - 2)}\n`;
  return keep
    ? text.slice(0, from) +
        blank(from, keep.from) +
        text.slice(keep.from, keep.to) +
        blank(keep.to, to) +
        text.slice(to)
    : text.slice(0, from) + blank(from, to) + text.slice(to);
}

export interface BeatBlocks {
  /** Where the beats' lines begin and end. */
  from: number;
  to: number;
  /** Each beat's lines, from its key to the line before the next beat's key or the end of `beats:`. */
  beats: Map<string, { from: number; to: number }>;
}

const BEATS_LINE = /^beats:[ \t]*(?:#.*)?$/;
const QUIET_LINE = /^[ \t]*(?:#.*)?$/;
/** A beat's key at the start of its line: plain, or in single quotes without any quote inside. */
const KEY_LINE = /^( +)(?:([^\s#'"?:\-[\]{},&*!|>%@`][^:#]*?)|'([^']*)'):(?:[ \t]|$)/;

/**
 * The beats' blocks, found by their lines: `beats:` at the top level as a block of keys, each key on a line of its own
 * at one indentation. Anything else (a flow map, a tab, a key in double quotes, a key written twice) is left to a
 * reading of the whole text: null. The lines are walked in place, not split apart: a 10,000-beat story has a quarter
 * of a million of them, and only those at the beats' own indentation are looked at closely.
 */
export function beatBlocks(text: string): BeatBlocks | null {
  let at = 0;
  while (at < text.length && !BEATS_LINE.test(lineAt(text, at))) at = nextLine(text, at);
  if (at >= text.length) return null;
  at = nextLine(text, at);
  const from = Math.min(at, text.length);
  const beats = new Map<string, { from: number; to: number }>();
  let indent = -1;
  let open: { id: string; from: number } | null = null;
  for (; at < text.length; at = nextLine(text, at)) {
    const depth = depthAt(text, at);
    if (depth === QUIET) continue;
    if (depth === TABBED) return null;
    if (indent < 0) indent = depth;
    if (depth === 0) break;
    if (depth < indent) return null;
    if (depth > indent) continue;
    const key = KEY_LINE.exec(lineAt(text, at));
    const id = key?.[2]?.trim() ?? key?.[3];
    if (!key || id === undefined || beats.has(id)) return null;
    if (open) beats.set(open.id, { from: open.from, to: at });
    open = { id, from: at };
  }
  const to = Math.min(at, text.length);
  if (open) beats.set(open.id, { from: open.from, to });
  return indent > 0 ? { from, to, beats } : null;
}

/** A line with nothing but spaces, tabs and perhaps a comment; one whose indentation has a tab in it. */
const QUIET = -1;
const TABBED = -2;

/** The start of the line after the one starting at `at` (past the end if there is none). */
function nextLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length + 1 : end + 1;
}

function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** How far in the line starting at `at` is: its leading spaces, or QUIET or TABBED. */
function depthAt(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  // A line break or the end after spaces: quiet. A comment, or anything unusual, is weighed as the whole line.
  if (c === 10 || Number.isNaN(c)) return QUIET;
  if (c > 32 && c !== 35 && c !== 160 && c < 5760) return i - at;
  const line = lineAt(text, at);
  if (QUIET_LINE.test(line)) return QUIET;
  if (/^ *\t/.test(line)) return TABBED;
  return line.length - line.trimStart().length;
}
