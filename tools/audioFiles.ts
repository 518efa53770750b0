// The recordings a story's lines name, looked at on disk for check:scenarios and the build: each must be there,
// be a sound file of the kind its name says, and be small enough to ship with the game and keep offline.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { AudioProblem } from '../src/engine/index.ts';

/** About a minute of speech at 128 kbit/s: more than any line needs, and every recording is kept offline. */
export const MAX_AUDIO_BYTES = 1_000_000;

/** The first bytes of each kind of sound file, as its name's ending says it is. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  // An ID3 tag, or an MPEG audio frame's sync bits.
  mp3: (b) => b.toString('latin1', 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  ogg: (b) => b.toString('latin1', 0, 4) === 'OggS',
  wav: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WAVE',
  m4a: (b) => b.toString('latin1', 4, 8) === 'ftyp',
  webm: (b) => b.readUInt32BE(0) === 0x1a45dfa3,
};
SIGNATURES['oga'] = SIGNATURES['ogg']!;
SIGNATURES['opus'] = SIGNATURES['ogg']!;

/** A size in whole kilobytes, rounded up, so a file just over the limit never reads as within it. */
const kB = (bytes: number) => `${Math.ceil(bytes / 1000).toLocaleString('en')} kB`;

function head(file: string): Buffer {
  const bytes = Buffer.alloc(12);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The recording named from a story file's folder, as a path on disk. */
export const audioPath = (storyFile: string, path: string) => resolve(dirname(resolve(storyFile)), path);

/** What is wrong with each recording a story file (a path on disk, or from the working folder) names. */
export function audioProblems(storyFile: string): AudioProblem {
  return (path) => {
    const file = audioPath(storyFile, path);
    const shown = relative(process.cwd(), file) || file;
    const found = statSync(file, { throwIfNoEntry: false });
    if (!found) return `there is no recording ${path} beside the story (looked for ${shown})`;
    if (!found.isFile()) return `${path} is a folder, not a recording`;
    if (found.size > MAX_AUDIO_BYTES)
      return `${path} is ${kB(found.size)}; a line's recording can be at most ${kB(MAX_AUDIO_BYTES)} (about a minute at 128 kbit/s): shorten it, or save it at a lower bit rate`;
    const kind = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
    const sniff = SIGNATURES[kind];
    if (found.size < 12 || (sniff && !sniff(head(file))))
      return `${path} does not hold ${kind} sound: its first bytes are not those of a .${kind} file (export the recording again as ${kind} from your sound editor, or give the file the ending of the kind it is)`;
    return null;
  };
}
