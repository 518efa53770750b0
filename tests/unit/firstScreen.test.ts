// What a page load opens: the rules start.ts (from the index of stories) and the Preloader (from the whole library) share.
import { describe, expect, it } from 'vitest';
import { firstScreen, openingStory, type KnownContent } from '../../src/play/firstScreen.ts';
import { readLaunchOptions, type LaunchOptions } from '../../src/play/launchOptions.ts';
import type { InProgress } from '../../src/play/progress/progressSchema.ts';

const content: KnownContent = {
  playable: (idOrFile) => ({ pub: 'pub', 'pub-file': 'pub', bakery: 'bakery' })[idOrFile] ?? null,
  hasTrack: (id) => id === 'essentials',
  broken: (idOrFile) => (idOrFile === 'broken' ? 'scenarios/broken.yaml' : null),
};
const launch = (options: Partial<LaunchOptions> = {}): LaunchOptions => ({
  scenario: null,
  seed: null,
  track: null,
  studio: false,
  insights: false,
  ...options,
});
const current: InProgress = {
  scenarioId: 'bakery',
  seed: 'shift-2',
  steps: [{ kind: 'continue' }],
  savedAt: '2026-11-24T10:00:00.000Z',
  trackId: 'essentials',
};
const seed = () => 'fresh-seed';

describe('the first screen', () => {
  it('resumes the story in progress when the address asks for nothing else', () => {
    expect(firstScreen(launch(), current, content, seed)).toEqual({
      kind: 'story',
      data: {
        scenarioId: 'bakery',
        seed: 'shift-2',
        steps: [{ kind: 'continue' }],
        trackId: 'essentials',
        registration: undefined,
      },
    });
    expect(
      firstScreen(launch({ scenario: 'bakery', seed: 'shift-2', track: 'essentials' }), current, content, seed).kind,
    ).toBe('story');
  });

  it('opens the story studio at ?studio, even with a story in progress', () => {
    expect(firstScreen(readLaunchOptions('?studio'), current, content, seed)).toEqual({ kind: 'studio' });
    expect(firstScreen(readLaunchOptions('?studio'), null, content, seed)).toEqual({ kind: 'studio' });
    expect(firstScreen(readLaunchOptions('?studios=1'), null, content, seed)).toEqual({ kind: 'title' });
    expect(firstScreen(readLaunchOptions('?insights'), current, content, seed)).toEqual({ kind: 'insights' });
  });

  it('opens what the address asks for instead of a different story in progress', () => {
    expect(firstScreen(launch({ scenario: 'pub' }), current, content, seed)).toEqual({
      kind: 'story',
      data: { scenarioId: 'pub', seed: 'fresh-seed' },
    });
    expect(firstScreen(launch({ scenario: 'bakery', seed: 'other' }), current, content, seed)).toEqual({
      kind: 'story',
      data: { scenarioId: 'bakery', seed: 'other' },
    });
    expect(firstScreen(launch({ track: 'essentials' }), { ...current, trackId: undefined }, content, seed)).toEqual({
      kind: 'track',
      trackId: 'essentials',
    });
  });

  it('does not resume a story that can no longer be played', () => {
    expect(firstScreen(launch(), { ...current, scenarioId: 'gone' }, content, seed)).toEqual({ kind: 'title' });
  });

  it('finds a story by its file name, shows a broken file its errors, and falls back to the title', () => {
    expect(firstScreen(launch({ scenario: 'pub-file', seed: 's1' }), null, content, seed)).toEqual({
      kind: 'story',
      data: { scenarioId: 'pub', seed: 's1' },
    });
    expect(firstScreen(launch({ scenario: 'broken' }), null, content, seed)).toEqual({
      kind: 'errors',
      file: 'scenarios/broken.yaml',
    });
    expect(firstScreen(launch({ scenario: 'nothing' }), null, content, seed)).toEqual({ kind: 'title' });
    expect(firstScreen(launch({ track: 'no-such-track' }), null, content, seed)).toEqual({ kind: 'title' });
    expect(firstScreen(launch(), null, content, seed)).toEqual({ kind: 'title' });
  });
});

describe('the story opening shown before the game loads', () => {
  const playable = content.playable;
  const noSave = null;
  const saved = (current: InProgress | null) =>
    JSON.stringify({ format: 'service-hero-progress', version: 1, current, attempts: [] });

  it('is shown for a plain story link, by id or file name, with or without a seed', () => {
    expect(openingStory('?scenario=pub', noSave, playable)).toBe('pub');
    expect(openingStory('?scenario=pub-file&seed=abc', noSave, playable)).toBe('pub');
    expect(openingStory('?scenario=pub', saved(null), playable)).toBe('pub');
    // A link in another language (a trainer's Spanish workshop link) opens as fast, in its language.
    expect(openingStory('?scenario=pub&seed=abc&lang=es', noSave, playable)).toBe('pub');
  });

  it('is not shown where the page might open something else', () => {
    expect(openingStory('', noSave, playable)).toBeNull();
    expect(openingStory('?scenario=nowhere', noSave, playable)).toBeNull();
    expect(openingStory('?scenario=pub&track=essentials', noSave, playable)).toBeNull();
    expect(openingStory('?scenario=pub&endpoint=https://lrs.example/&auth=x', noSave, playable)).toBeNull();
    expect(openingStory('?scenario=pub', saved(current), playable)).toBeNull();
    expect(openingStory('?scenario=pub', '{not json', playable)).toBeNull();
  });

  it('always agrees with the first screen, which opens that story at its start', () => {
    const cases: [string, string | null][] = [
      ['?scenario=pub', noSave],
      ['?scenario=pub-file&seed=abc', saved(null)],
      ['?scenario=bakery&seed=x', '{"unrelated":true}'],
    ];
    for (const [search, save] of cases) {
      const id = openingStory(search, save, playable);
      expect(id).not.toBeNull();
      const parsed: unknown = save && JSON.parse(save);
      const current = (parsed as { current?: InProgress | null } | null)?.current ?? null;
      const first = firstScreen(readLaunchOptions(search), current, content, seed);
      expect(first).toMatchObject({ kind: 'story', data: { scenarioId: id } });
      expect(first.kind === 'story' && first.data.steps).toBeFalsy();
    }
  });
});
