// Whose progress a launch opens: every LMS learner and launch gets a key of their own, the LMS decides the
// story in progress, and a SCORM launch that may not record (browse, review, no credit) writes nothing.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { lmsLearner, progressKeyOf, withLearnerName } from '../../src/play/lmsLearner.ts';
import { openProgressStore, PROGRESS_KEY } from '../../src/play/progress/progressStore.ts';
import { readLmsLaunch, readLmsLaunchAround } from '../../src/lms/launch.ts';
import { learnerProgressKey } from '../../src/lms/learnerKey.ts';
import { withLmsProgress } from '../../src/lms/lmsProgress.ts';
import { readableName } from '../../src/lms/scorm/scormLearner.ts';
import { openScorm } from '../../src/lms/scorm/scormReporter.ts';

const env = { newId: () => crypto.randomUUID(), now: () => new Date(), log: () => undefined };
const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
};
const xapiQuery = (actor: object, registration: string) =>
  `?scenario=pub-caesar-dressing&endpoint=https://lrs.example.com/xapi/&auth=Basic%20a2V5&actor=${encodeURIComponent(JSON.stringify(actor))}&registration=${registration}`;

describe("a learner's own progress key", () => {
  const ada = { mbox: 'mailto:ada@example.com', name: 'Ada' };
  const r1 = '11111111-1111-4111-8111-111111111111';
  const r2 = '22222222-2222-4222-8222-222222222222';
  const keyOf = (actor: object, registration: string) =>
    progressKeyOf(lmsLearner(readLmsLaunch(xapiQuery(actor, registration)), null, null, ''));

  it('differs by learner and by registration, is stable, and does not hold the email address', async () => {
    const key = await keyOf(ada, r1);
    expect(key).toMatch(/^service-hero\.progress\.lms\.[0-9a-f]{64}$/);
    expect(await keyOf(ada, r1)).toBe(key);
    expect(await keyOf(ada, r2)).not.toBe(key);
    expect(await keyOf({ mbox: 'mailto:bob@example.com' }, r1)).not.toBe(key);
    expect(key).not.toContain('ada');
  });

  it('keeps the plain key for a plain visit, and a key of their own for a learner the LMS did not name', async () => {
    expect(await progressKeyOf(lmsLearner({ kind: 'none' }, null, null, ''))).toBe(PROGRESS_KEY);
    const broken = lmsLearner(
      readLmsLaunch('?endpoint=https://lrs.example.com/&auth=x'),
      null,
      null,
      '?endpoint=https://lrs.example.com/&auth=x',
    );
    expect(await progressKeyOf(broken)).not.toBe(PROGRESS_KEY);
  });

  it('hashes without Web Crypto too (an LMS page served over plain http)', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const [a, b] = [
        await learnerProgressKey(['scorm', 'ada', 'track:x']),
        await learnerProgressKey(['scorm', 'bob', 'track:x']),
      ];
      expect(a).toMatch(/^service-hero\.progress\.lms\.c53-[0-9a-f]+$/);
      expect(a).not.toBe(b);
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
    }
  });

  it("offers the LMS's name until the player sets their own", () => {
    const store = withLearnerName(openProgressStore(memory()), 'Ada Lovelace');
    expect(store.progress().playerName).toBe('Ada Lovelace');
    store.setPlayerName('A. Lovelace');
    expect(store.progress().playerName).toBe('A. Lovelace');
  });
});

describe('SCORM identity, entry, mode and credit', () => {
  const frame = (api: object, version: '1.2' | '2004') => ({
    parent: { [version === '1.2' ? 'API' : 'API_1484_11']: api },
  });

  it('turns "Last, First" into a name for people', () => {
    expect(readableName('Lovelace, Ada')).toBe('Ada Lovelace');
    expect(readableName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(readableName('Lovelace,')).toBe('Lovelace');
    expect(readableName('')).toBeNull();
  });

  it('finds the API when the launch parameters were dropped', () => {
    expect(readLmsLaunchAround('', frame(new Scorm2004API({ logLevel: 5 }), '2004'))).toEqual({
      kind: 'scorm',
      version: '2004',
    });
    expect(readLmsLaunchAround('', frame(new Scorm12API({ logLevel: 5 }), '1.2'))).toEqual({
      kind: 'scorm',
      version: '1.2',
    });
    expect(readLmsLaunchAround('', {})).toEqual({ kind: 'none' });
  });

  it('reads the learner, and a browse launch sets nothing at all', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromFlattenedJSON(
      { 'cmi.core.student_id': 'ada-1', 'cmi.core.student_name': 'Lovelace, Ada', 'cmi.core.lesson_mode': 'browse' },
      '',
    );
    const sets: string[] = [];
    api.on('LMSSetValue.cmi.*', (element: string) => void sets.push(element));
    const session = openScorm('1.2', frame(api, '1.2'), { kind: 'scenario', id: 'pub-caesar-dressing' }, env);
    expect(session.learner).toMatchObject({ id: 'ada-1', name: 'Ada Lovelace', mode: 'browse', records: false });
    session.bridge!.keep({ current: null, attempts: [] });
    session.reporter.leaving();
    expect(sets).toEqual([]);
    expect(
      lmsLearner({ kind: 'scorm', version: '1.2' }, session.learner, { kind: 'scenario', id: 'x' }, '').parts,
    ).toEqual(['scorm', 'ada-1', 'scenario:x', 'browse/credit']);
  });
});

describe('the LMS decides the story in progress', () => {
  it('a learner the LMS holds no suspend_data for resumes nothing the browser remembers', () => {
    const storage = memory();
    const cached = openProgressStore(storage, undefined, 'k');
    cached.saveCurrent({
      scenarioId: 'pub-caesar-dressing',
      seed: 'abc',
      steps: [{ kind: 'continue' }],
      savedAt: new Date().toISOString(),
    });
    const bridge = { load: () => ({ kept: null, notice: null }), keep: () => undefined };
    const store = withLmsProgress(
      openProgressStore(storage, undefined, 'k'),
      bridge,
      () => 'The pub',
      () => new Date(),
    );
    expect(store.progress().current).toBeNull();
  });

  it("counts only the plays the LMS holds (and this session's), and says why others do not count", () => {
    const storage = memory();
    const attempt = (seed: string) => ({
      scenarioId: 'pub-caesar-dressing',
      title: 'The pub',
      seed,
      steps: [],
      grade: 'A' as const,
      percent: 100,
      endedAt: new Date().toISOString(),
      evidence: [],
    });
    openProgressStore(storage, undefined, 'k').recordAttempt(attempt('before'));
    const kept: string[] = [];
    const bridge = {
      load: () => ({ kept: null, notice: null }),
      keep: (k: { attempts: { seed: string }[] }) => void kept.push(k.attempts.map((a) => a.seed).join()),
    };
    const store = withLmsProgress(
      openProgressStore(storage, undefined, 'k'),
      bridge,
      () => 'The pub',
      () => new Date(),
    );
    expect(store.progress().attempts).toEqual([]);
    expect(store.notices()).toContain(
      "One play this browser kept from before is not in your LMS's record for this lesson, so it does not count here.",
    );
    store.recordAttempt(attempt('now'));
    expect(store.progress().attempts.map((a) => a.seed)).toEqual(['now']);
    expect(kept.at(-1)).toBe('now');
  });
});
