// A line's recording: check:scenarios (through readLibrary) reports every problem with the files a story names
// in one run, each on the line that names it; a sound file passes; a translated line loses its recording.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateScenario } from '../../src/engine/translation/translate.ts';
import { MAX_AUDIO_BYTES } from '../../tools/audioFiles.ts';
import { projectRoot, readLibrary } from '../../tools/projectFiles.ts';

const bakery = readFileSync(join(projectRoot, 'tests/fixtures/bakery-mini.yaml'), 'utf8');
const wav = readFileSync(join(projectRoot, 'tests/fixtures/audio/ada-morning.wav'));

/** The bakery story in a folder of its own, its recorded line naming `first`, and Sam's first line `second`. */
function storyNaming(first: string, second: string, files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'audio-'));
  mkdirSync(join(dir, 'audio'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const text = bakery
    .replace('audio: audio/ada-morning.wav', `audio: ${first}`)
    .replace(
      "      - sam: We're out of sourdough.\n",
      `      - sam: We're out of sourdough.\n        audio: ${second}\n`,
    );
  expect(text).toContain(`audio: ${second}`);
  writeFileSync(join(dir, 'story.yaml'), text);
  return join(dir, 'story.yaml');
}

const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe("a line's recording", () => {
  it('loads when the named files are sound files beside the story', () => {
    const file = storyNaming('audio/hello.wav', 'audio/hello.wav', { 'audio/hello.wav': wav });
    const [entry] = readLibrary([file]).entries;
    expect(entry?.errors).toEqual([]);
    expect(entry?.scenario?.beats['hello']?.lines[1]?.audio).toBe('audio/hello.wav');
  });

  it('reports a missing file, one too large and one that is not sound, each at its line, in one run', () => {
    const file = storyNaming('audio/missing.mp3', 'audio/words.ogg', { 'audio/words.ogg': 'not sound at all' });
    const big = storyNaming('audio/big.wav', 'audio/hello.wav', {
      'audio/big.wav': Buffer.concat([wav, Buffer.alloc(MAX_AUDIO_BYTES)]),
      'audio/hello.wav': wav,
    });
    const errors = readLibrary([file, big]).entries.flatMap((e) => e.errors);
    expect(errors.map((e) => [e.line, e.field, e.message])).toEqual(
      expect.arrayContaining([
        [
          lineOf(file, 'missing.mp3'),
          'beats › hello › lines › #2 › audio',
          expect.stringMatching(/^there is no recording audio\/missing\.mp3 beside the story/),
        ],
        [
          lineOf(file, 'words.ogg'),
          'beats › sold-out › lines › #1 › audio',
          expect.stringMatching(
            /^audio\/words\.ogg does not hold ogg sound: its first bytes are not those of a \.ogg file \(export/,
          ),
        ],
        [
          lineOf(big, 'big.wav'),
          'beats › hello › lines › #2 › audio',
          expect.stringMatching(/^audio\/big\.wav is 1,004 kB; a line's recording can be at most 1,000 kB /),
        ],
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('names a file from the story’s folder, of a sound type, and its other problems are still found', () => {
    const file = storyNaming('../outside.wav', 'audio/missing.wav', {});
    const errors = readLibrary([file]).entries.flatMap((e) => e.errors);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^a recording is named from the story's folder/),
      expect.stringMatching(/^there is no recording audio\/missing\.wav/),
    ]);
    const notSound = storyNaming('notes.txt', 'audio/hello.wav', { 'audio/hello.wav': wav });
    expect(readLibrary([notSound]).entries[0]?.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^a recording is a sound file \(mp3, ogg, oga, opus, m4a, wav, webm\)/),
    ]);
  });

  it('is dropped from a line a translation puts in other words, and kept on the lines it does not', () => {
    const scenario = readLibrary([join(projectRoot, 'tests/fixtures/bakery-mini.yaml')]).entries[0]!.scenario!;
    const { scenario: spanish } = translateScenario(scenario, {
      'beats.hello.lines.1': 'Una de masa madre, por favor.',
    });
    expect(spanish.beats['hello']?.lines[1]).toMatchObject({ text: 'Una de masa madre, por favor.' });
    expect(spanish.beats['hello']?.lines[1]?.audio).toBeUndefined();
    const { scenario: other } = translateScenario(scenario, { 'beats.hello.lines.0': 'Hora punta en la panadería.' });
    expect(other.beats['hello']?.lines[1]?.audio).toBe('audio/ada-morning.wav');
  });
});
