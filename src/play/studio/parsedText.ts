// The draft's text as the yaml package's Document, the last text's kept: between two edits the beat panel, its
// forms and their tools read the same text many times over (a 500-beat story took 0.1–0.3 s a reading), and each
// now reads it once. Every caller only reads the Document, never changes it: tests/unit/studio-parsed-text.test.ts
// runs every reader and edit over a story and finds the kept Document still the text's, and eslint.config.js lets
// no other studio module parse a text itself.
import { parseDocument, type Document } from 'yaml';

let last: { text: string; doc: Document.Parsed } | null = null;

export function documentOf(text: string): Document.Parsed {
  if (last?.text !== text) last = { text, doc: parseDocument(text) };
  return last.doc;
}
