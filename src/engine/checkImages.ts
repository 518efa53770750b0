// The story's own pictures (`images:`), kept in its file as data: URLs: each small enough for a story file to carry,
// a PNG or an SVG that is what it says, with nothing in an SVG that would reach out of the picture; each used by
// the backdrop or a look's moods, and drawn in the shape its place on the stage wants (a warning when it is not:
// the stage crops or leaves room around it, and the story still plays).
import type { Diagnostic } from './diagnostics.ts';
import { EXPRESSIONS, type Scenario } from './schema.ts';
import type { YamlSource } from './yamlSource.ts';

/** The most an image may be, in characters of its data: URL (about 300 kB of file); a story file is at most 10 MB. */
export const MAX_IMAGE_CHARACTERS = 400_000;

/** Where an image goes: the backdrop wants 16:9 (1920×1080 as drawn), a face 3:4 (600×800). */
export type ImageUse = 'backdrop' | 'face';
const SHAPE = {
  backdrop: { width: 16, height: 9, least: [960, 540], words: '16:9, such as 1920×1080' },
  face: { width: 3, height: 4, least: [300, 400], words: '3:4, such as 600×800, with a clear background' },
} as const;

export interface ImageFacts {
  kind: 'png' | 'svg';
  width: number | null;
  height: number | null;
}

const HEADER = /^data:image\/(png|svg\+xml);base64,/;

/** What the image is and how big it is drawn, or what is wrong with it, in words. */
export function imageFacts(data: string): ImageFacts | { problem: string } {
  const header = HEADER.exec(data);
  if (!header) return { problem: 'is not a PNG or SVG written as a data: URL' };
  if (data.length > MAX_IMAGE_CHARACTERS)
    return {
      problem: `is ${Math.round((data.length * 3) / 4 / 1000)} kB, more than the ${(MAX_IMAGE_CHARACTERS * 3) / 4 / 1000} kB a story's picture may be; make it smaller (fewer pixels, or a PNG with fewer colours)`,
    };
  // A PNG says its size in its first 24 bytes (32 characters of base64); an SVG is read whole, to look for scripts.
  const base64 = data.slice(header[0].length);
  const bytes = bytesOf(header[1] === 'png' ? base64.slice(0, 32) : base64);
  if (bytes === null) return { problem: 'is not readable: its base64 is broken' };
  return header[1] === 'png' ? pngFacts(bytes) : svgFacts(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = new Map([...ALPHABET].map((char, digit) => [char, digit]));

/**
 * Base64 read into a string of bytes (one character each, 0–255), or null where it is not base64. Written here: the
 * engine runs where there is no page (the command line, a worker) and takes nothing from one.
 */
function bytesOf(base64: string): string | null {
  const text = base64.replace(/=+$/, '');
  if (text.length % 4 === 1) return null;
  const out: string[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const digit = DIGITS.get(char);
    if (digit === undefined) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push(String.fromCharCode((value >> bits) & 0xff));
    }
  }
  return out.join('');
}

function pngFacts(bytes: string): ImageFacts | { problem: string } {
  if (!bytes.startsWith('\x89PNG\r\n\x1a\n') || bytes.slice(12, 16) !== 'IHDR')
    return { problem: 'says it is a PNG, but is not one' };
  const number = (at: number) => [0, 1, 2, 3].reduce((value, i) => value * 256 + bytes.charCodeAt(at + i), 0);
  return { kind: 'png', width: number(16), height: number(20) };
}

function svgFacts(bytes: string): ImageFacts | { problem: string } {
  // Read byte by byte: every mark looked for (tags, attributes, numbers) is ASCII, whatever the file's language.
  const text = bytes;
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return { problem: 'says it is an SVG, but has no <svg>' };
  // Drawn as a picture these never run; refused anyway, so a story never carries what could if shown another way.
  if (/<script\b|<foreignObject\b|\son[a-z]+\s*=|(?:href|src)\s*=\s*["'](?!#|data:)/i.test(text))
    return { problem: 'has scripts, handlers or links to other files; an SVG for a story is a drawing alone' };
  const attribute = (name: string) => {
    const value = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)\\s*(px)?\\s*["']`, 'i').exec(root)?.[1];
    return value === undefined ? null : Number(value);
  };
  const box = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(root);
  return {
    kind: 'svg',
    width: attribute('width') ?? (box ? Number(box[1]) : null),
    height: attribute('height') ?? (box ? Number(box[2]) : null),
  };
}

/** A note when the picture's shape does not fit its place, which the stage would crop or frame. */
export function shapeNote(facts: ImageFacts, use: ImageUse): string | null {
  const shape = SHAPE[use];
  const { width, height } = facts;
  if (!width || !height) return `has no size of its own; draw it at ${shape.words}`;
  const ratio = width / height / (shape.width / shape.height);
  if (ratio < 0.97 || ratio > 1.03)
    return `is ${width}×${height}; a ${use === 'backdrop' ? 'backdrop' : 'face'} is ${shape.words}, so the stage ${use === 'backdrop' ? 'crops it to fill the screen' : 'leaves room around it'}`;
  if (facts.kind === 'png' && (width < shape.least[0] || height < shape.least[1]))
    return `is ${width}×${height}, small enough to look blurred on a large screen; ${shape.least[0]}×${shape.least[1]} or more is sharper`;
  return null;
}

/** Every image's problems (errors) and notes (warnings), and each use of one that the story does not have. */
export function checkImages(scenario: Scenario, source: YamlSource): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const images = scenario.images ?? {};
  const uses = new Map<string, ImageUse>();
  if (Object.hasOwn(images, scenario.setting.backdrop)) uses.set(scenario.setting.backdrop, 'backdrop');
  for (const [id, look] of Object.entries(scenario.looks ?? {}))
    for (const mood of EXPRESSIONS) {
      const image = look.pictures?.[mood];
      if (image === undefined) continue;
      if (Object.hasOwn(images, image)) uses.set(image, 'face');
      else
        errors.push(
          source.diagnostic(
            ['looks', id, 'pictures', mood],
            `there is no image "${image}" in the story's images${Object.keys(images).length ? `; it has: ${Object.keys(images).join(', ')}` : ''}`,
          ),
        );
    }
  for (const [id, data] of Object.entries(images)) {
    const facts = imageFacts(data);
    if ('problem' in facts) {
      errors.push(source.diagnostic(['images', id], `the image "${id}" ${facts.problem}`));
      continue;
    }
    const use = uses.get(id);
    const note = use ? shapeNote(facts, use) : 'is not used: no backdrop or look names it';
    if (note) warnings.push(source.diagnostic(['images', id], `the image "${id}" ${note}`));
  }
  return { errors, warnings };
}
