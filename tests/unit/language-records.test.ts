// What the game records says which language it spoke: every xAPI statement's context.language (an RFC 5646
// tag, asked at the moment the statement is made, so a change mid-play shows from then on), the progress
// file's `language`, and the workshop summary's (tests/unit/workshop.test.ts). Files from before languages,
// which have none, still import.
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../src/i18n/intl.ts';
import type { StoryRef } from '../../src/lms/playFacts.ts';
import { beatExperienced, storyStarted, trackPassed, type StatementSession } from '../../src/lms/xapi/statements.ts';
import { describeProgressFile } from '../../src/play/progress/describeProgressFile.ts';
import { openProgressStore, type StorageLike } from '../../src/play/progress/progressStore.ts';
import { emptyProgress, type Attempt } from '../../src/play/progress/progressSchema.ts';
import { statementProblems } from '../../tools/testLrs/testLrsStatements.ts';

const story: StoryRef = {
  scenarioId: 'bakery-mini',
  title: 'The last sourdough',
  summary: 'A regular wants bread that has sold out.',
  trackId: null,
  registration: '6f1a4c1e-2b7d-4c55-9a51-0d3b8f6a9e21',
};

let counter = 0;
function session(language?: () => string): StatementSession {
  return {
    actor: { name: 'Ada Trainee', mbox: 'mailto:ada@example.com' },
    registration: story.registration,
    activityRoot: 'https://lms.example.com/courses/onboarding',
    launchedActivity: null,
    launchedScenario: null,
    newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    now: () => new Date('2026-12-05T10:00:00Z'),
    ...(language ? { language } : {}),
  };
}

afterEach(async () => {
  await useLocale('en');
});

describe('xAPI context.language', () => {
  it('is the language the game speaks when each statement is made, as a valid RFC 5646 tag', () => {
    let spoken = 'en';
    const s = session(() => spoken);
    const before = [storyStarted(s, story, false), beatExperienced(s, story, 'sold-out', 'Sold out')];
    spoken = 'es';
    const after = [
      beatExperienced(s, story, 'batch-coming', 'A batch is coming'),
      ...trackPassed(s, { id: 'onboarding', title: 'Onboarding' }, 80, 60_000),
    ];
    spoken = 'ar';
    const arabic = beatExperienced(s, story, 'sold-out', 'Sold out');
    expect(before.map((st) => st.context?.language)).toEqual(['en', 'en']);
    expect(after.map((st) => st.context?.language)).toEqual(['es', 'es', 'es']);
    expect(arabic.context?.language).toBe('ar');
    for (const statement of [...before, ...after, arabic]) {
      expect(statementProblems(statement)).toEqual([]);
      const tag = statement.context?.language ?? '';
      // Canonical already: the tag is well formed and written as RFC 5646 writes it.
      expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    }
  });

  it('stays English for a caller that does not say', () => {
    expect(storyStarted(session(), story, false).context?.language).toBe('en-US');
  });
});

/** A browser's storage, in memory. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
  key = (index: number) => [...this.items.keys()][index] ?? null;
  get length() {
    return this.items.size;
  }
}

const at = () => new Date('2026-12-05T10:00:00.000Z');
const attempt = (overrides: Partial<Attempt> = {}): Attempt => ({
  scenarioId: 'bakery-mini',
  title: 'The last sourdough',
  seed: 'lang-1',
  steps: [],
  grade: 'B',
  percent: 75,
  endedAt: '2026-12-05T09:00:00.000Z',
  evidence: [],
  ...overrides,
});

describe('the progress file', () => {
  it('records the language the game spoke when it was exported, and imports elsewhere', async () => {
    const home = openProgressStore(new MemoryStorage(), at);
    home.recordAttempt(attempt());
    await useLocale('es');
    const text = home.exportText();
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data['language']).toBe('es');
    // Beside the format and version, where a reader looks first; the save in the browser has no such field.
    expect(Object.keys(data).slice(0, 3)).toEqual(['format', 'version', 'language']);
    expect(home.progress()).not.toHaveProperty('language');
    const work = openProgressStore(new MemoryStorage(), at);
    expect(work.importText('progress.json', text, describeProgressFile)).toEqual({ ok: true, added: 1 });
    await useLocale('ar');
    expect(JSON.parse(home.exportText())['language']).toBe('ar');
  });

  it('still imports a file from before languages, which has none', () => {
    const old = JSON.stringify({ ...emptyProgress(), attempts: [attempt()] }, null, 2);
    expect(old).not.toContain('language');
    const store = openProgressStore(new MemoryStorage(), at);
    expect(store.importText('old-progress.json', old, describeProgressFile)).toEqual({ ok: true, added: 1 });
  });

  it('refuses a language that is not a language tag, naming the field', () => {
    const bad = JSON.stringify({ ...emptyProgress(), language: 'Spanish!', attempts: [attempt()] }, null, 2);
    const result = openProgressStore(new MemoryStorage(), at).importText('odd.json', bad, describeProgressFile);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/language/);
  });
});
