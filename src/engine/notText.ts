// Tells a picture, a document or any other non-text file from a story file
// before the YAML reader turns its bytes into dozens of meaningless "problems".
// Works on the text as decoded (UTF-8, bad bytes as U+FFFD), so the game and the
// command line, which both decode before checking, give the same answer.

/** Enough of the start of a file to tell; a text file's first few thousand characters are text. */
export const SNIFF_CHARACTERS = 8192;

/** Signatures at the very start of common files opened by mistake, as they read once decoded as UTF-8. */
const KINDS: readonly [RegExp, string][] = [
  [/^\uFFFDPNG\r\n/, 'a PNG picture'],
  [/^\uFFFD\uFFFD\uFFFD/, 'a JPEG picture'],
  [/^GIF8[79]a/, 'a GIF picture'],
  [/^RIFF[\s\S]{4}WEBP/, 'a WebP picture'],
  [/^%PDF-/, 'a PDF document'],
  // eslint-disable-next-line no-control-regex -- a zip file's signature holds control characters
  [/^PK\u0003\u0004/, 'a zip archive, or a Word, Excel or PowerPoint document'],
];

/** The share of unreadable characters above which a file is not text, however it was saved. */
const MOST_UNREADABLE = 0.1;

/** Why `text` is not a story file, in a sentence naming `file`; undefined when it is text. */
export function notTextFile(file: string, text: string): string | undefined {
  const head = text.slice(0, SNIFF_CHARACTERS);
  const what = `a story file is plain text in YAML (like the .yaml files in the scenarios folder), written in a text editor`;
  // UTF-16, as Notepad's "Unicode" saves: every other byte of plain letters is zero.
  // eslint-disable-next-line no-control-regex -- the zero bytes are what tells UTF-16 apart
  if (/^(?:\uFFFD\uFFFD)?(?:[^\u0000]\u0000){8}/.test(head) || /^(?:\uFFFD\uFFFD)?(?:\u0000[^\u0000]){8}/.test(head))
    return `"${file}" is text saved as UTF-16; save it as UTF-8 (in Notepad: Save as, then Encoding: UTF-8): ${what}`;
  const kind = KINDS.find(([signature]) => signature.test(head))?.[1];
  if (kind) return `"${file}" is not a text file: it looks like ${kind}. Open the story's .yaml file instead; ${what}`;
  let unreadable = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return `"${file}" is not a text file (it holds binary data). ${capitalised(what)}`;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) unreadable++;
  }
  return head.length > 0 && unreadable / head.length > MOST_UNREADABLE
    ? `"${file}" is not a text file (most of it is not readable text). ${capitalised(what)}`
    : undefined;
}

const capitalised = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
