// Issue 18, bug 13: a progress file is JSON and is spoken of in JSON's words; what an import or an export
// did is said in full. And bug 8: a seed in the address waits for the next story started from the title screen.
import { describe, expect, it } from 'vitest';
import { nextStorySeed, readLaunchOptions } from '../../src/play/launchOptions.ts';
import { describeProgressFile } from '../../src/play/progress/describeProgressFile.ts';
import { playedStories } from '../../src/play/progress/playedStories.ts';
import { openProgressStore } from '../../src/play/progress/progressStore.ts';
import { exportedMessage, importedMessage } from '../../src/ui/profileMessages.ts';

const progressFile = (rest: string) => `{"format":"service-hero-progress","version":1,"current":null${rest}}`;
const importErrors = (text: string) => {
  const result = openProgressStore(null).importText('p.json', text, describeProgressFile);
  return result.ok ? [] : result.errors;
};
const YAML_WORDS = /YAML|\bfields?\b|lines starting with|name: value|mapping|indentation|format: 1|id: …/;

describe('a progress file that does not fit', () => {
  it.each([
    [
      'a list where a list of plays goes wrong',
      progressFile(',"attempts":{}'),
      'p.json:1:73: attempts: should be a list ([…]), but it is an object',
    ],
    [
      'an object where one is expected',
      progressFile(',"attempts":[],"brainstorm":"x"').replace('"current":null', '"current":"x"'),
      'current: should be an object ({…}), but it is the text "x"',
    ],
    ['an unknown property', progressFile(',"attempts":[],"extra":1'), 'extra: unknown property "extra"'],
    ['a missing property', progressFile(''), 'missing required property "attempts"'],
    [
      'text that is not JSON',
      '{"format":"service-hero-progress"\n "version":1}',
      'p.json:2:2: this is not a progress file: it is not valid JSON',
    ],
    [
      'JSON cut short',
      progressFile(',"attempts":[').slice(0, -1),
      'p.json:1:74: this is not a progress file: it is not valid JSON',
    ],
    ['a list', '[1, 2]', 'p.json: this is not a progress file: it holds a list, not an object'],
    ['a single value', '42', 'it holds a single value (42), not an object'],
    [
      'another JSON file',
      '{"name": "my-app", "version": "1.0.0"}',
      'p.json: this is not a Service Hero progress file: its "format" property is missing',
    ],
  ])('%s is described in JSON words', (_, text, expected) => {
    const errors = importErrors(text);
    expect(errors.join('\n')).toContain(expected);
    for (const error of errors) expect(error).not.toMatch(YAML_WORDS);
  });

  it('points a file that is not a progress file at the export that makes one', () => {
    expect(importErrors('[]')[0]).toContain('A progress file is the JSON file that “Export progress” saves');
  });
});

describe('what an import or an export says', () => {
  it('names the file, how many plays were added and their stories', () => {
    expect(importedMessage('mine.json', 2, 3, ['Hold the Dressing', 'No Card, No Entry'])).toBe(
      'Imported mine.json: added 2 plays (Hold the Dressing, No Card, No Entry). 1 play in it was already here.',
    );
    expect(importedMessage('mine.json', 1, 1, ['Hold the Dressing'])).toBe(
      'Imported mine.json: added 1 play (Hold the Dressing).',
    );
    expect(importedMessage('a.json', 5, 5, ['A', 'B', 'C', 'D', 'E'])).toBe(
      'Imported a.json: added 5 plays (A, B, C and 2 more).',
    );
  });
  it('never claims an import added what it did not', () => {
    expect(importedMessage('mine.json', 0, 4, [])).toBe(
      'Imported mine.json: nothing new, as all 4 plays in it were already here.',
    );
    expect(importedMessage('empty.json', 0, 0, [])).toBe('empty.json holds no finished plays, so nothing was added.');
  });
  it('says which file the browser is saving on export', () => {
    expect(exportedMessage('service-hero-progress-2026-12-05.json', 1)).toContain(
      'saving service-hero-progress-2026-12-05.json, with your 1 play',
    );
  });
});

describe('a seed in the address with no story named', () => {
  it('waits for the next story started from the title screen, which uses it up', () => {
    const seed = nextStorySeed(readLaunchOptions('?seed=shift-42'));
    expect(seed.peek()).toBe('shift-42');
    expect(seed.take()).toBe('shift-42');
    expect(seed.take()).toBeNull();
    expect(seed.peek()).toBeNull();
  });
  it('can be put aside for fresh seeds', () => {
    const seed = nextStorySeed(readLaunchOptions('?seed=shift-42'));
    seed.forget();
    expect(seed.take()).toBeNull();
  });
  it('belongs to the link’s own story or track when the address names one', () => {
    expect(nextStorySeed(readLaunchOptions('?scenario=pub-caesar-dressing&seed=shift-42')).peek()).toBeNull();
    expect(nextStorySeed(readLaunchOptions('?track=new-starter&seed=shift-42')).peek()).toBeNull();
    expect(nextStorySeed(readLaunchOptions('?seed=not a seed!')).peek()).toBeNull();
  });
});

describe('the badges on the story cards', () => {
  const attempt = (scenarioId: string, grade: 'A' | 'B' | 'C' | 'D' | 'F', percent: number) => ({
    scenarioId,
    title: scenarioId,
    seed: 's',
    steps: [],
    grade,
    percent,
    endedAt: '2026-12-01T10:00:00.000Z',
    evidence: [],
  });
  it('count the plays of each story and keep its best grade', () => {
    const played = playedStories([
      attempt('pub', 'C', 60),
      attempt('pub', 'B', 80),
      attempt('pub', 'B', 85),
      attempt('pub', 'D', 40),
      attempt('gym', 'F', 10),
    ]);
    expect(played.get('pub')).toEqual({ plays: 4, best: 'B', bestPercent: 85 });
    expect(played.get('gym')).toEqual({ plays: 1, best: 'F', bestPercent: 10 });
    expect(played.has('hotel')).toBe(false);
  });
});
