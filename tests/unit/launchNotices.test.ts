// What a page load says it could not do as its address asked.
import { describe, expect, it } from 'vitest';
import { firstScreen, type KnownContent } from '../../src/play/firstScreen.ts';
import { launchNotices } from '../../src/play/launchNotices.ts';
import { readLaunchOptions } from '../../src/play/launchOptions.ts';
import type { InProgress } from '../../src/play/progress/progressSchema.ts';

const content: KnownContent = {
  playable: (idOrFile) => ({ pub: 'pub', bakery: 'bakery' })[idOrFile] ?? null,
  hasTrack: (id) => id === 'essentials',
  broken: (idOrFile) => (idOrFile === 'broken' ? 'scenarios/broken.yaml' : null),
};
const current: InProgress = {
  scenarioId: 'bakery',
  seed: 'shift-2',
  steps: [{ kind: 'continue' }],
  savedAt: '2026-11-24T10:00:00.000Z',
};

function noticesFor(search: string, saved: InProgress | null = null): string[] {
  const launch = readLaunchOptions(search);
  return launchNotices(
    search,
    launch,
    saved,
    firstScreen(launch, saved, content, () => 'fresh-seed'),
    content,
  );
}

describe('launch notices', () => {
  it('say nothing when the address is honoured', () => {
    expect(noticesFor('')).toEqual([]);
    expect(noticesFor('?scenario=pub&seed=s-1')).toEqual([]);
    expect(noticesFor('?track=essentials')).toEqual([]);
    expect(noticesFor('?scenario=broken')).toEqual([]); // its errors screen says what is wrong
    expect(noticesFor('', current)).toEqual([]);
  });

  it('name a story or track the game does not have, and what opened instead', () => {
    expect(noticesFor('?scenario=gone')).toEqual([
      'The link asked for the story “gone”, which this game does not have, so the list of stories is open instead.',
    ]);
    expect(noticesFor('?scenario=<b>x</b>')).toEqual([
      'The link asked for the story “<b>x</b>”, which this game does not have, so the list of stories is open instead.',
    ]);
    expect(noticesFor('?track=gone', current)).toEqual([
      'The link asked for the track “gone”, which this game does not have, so the list of stories is open instead.',
    ]);
    expect(noticesFor('?seed=shift-2&track=gone', { ...current, trackId: undefined })).toHaveLength(1);
  });

  it('name a bad seed and the seed the play has instead', () => {
    expect(noticesFor('?scenario=pub&seed=no%20good')).toEqual([
      'The link’s seed “no good” is not a seed (letters, digits and dashes, up to 64 of them), so this play has a new seed, “fresh-seed”.',
    ]);
  });

  it('say a story in progress that left the library cannot carry on', () => {
    expect(noticesFor('', { ...current, scenarioId: 'retired' })).toEqual([
      expect.stringContaining('Your story in progress, “retired”, is no longer in this game’s library'),
    ]);
  });
});
