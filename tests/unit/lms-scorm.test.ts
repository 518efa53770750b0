// The SCORM content side against scorm-again, a real LMS-side runtime: the API
// is found up the frame chain, a play is reported as the data model wants it,
// and a relaunch resumes from suspend_data.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { openProgressStore, type ProgressStore } from '../../src/play/progress/progressStore.ts';
import { applyStep, replaySteps, type PlayStep } from '../../src/engine/index.ts';
import { withLmsProgress } from '../../src/lms/lmsProgress.ts';
import { reportPlay } from '../../src/lms/reportPlay.ts';
import { findScormApi, scorm12Time, scorm2004Time } from '../../src/lms/scorm/scormApi.ts';
import { openScorm } from '../../src/lms/scorm/scormReporter.ts';
import { decodeKept, encodeKept, type KeptProgress } from '../../src/lms/scorm/suspendData.ts';
import { allPlays } from '../support/plays.ts';
import { loadProjectScenario, realCatalogue } from './support.ts';

const scenario = (() => {
  const loaded = loadProjectScenario('scenarios/pub-caesar-dressing.yaml');
  if (!loaded.ok) throw new Error('the pub scenario does not load');
  return loaded.scenario;
})();
const play = allPlays(scenario, realCatalogue(), 'shift-1').find((p) => p.report.grade === 'A')!;
const steps: PlayStep[] = play.steps.map((s) => (s.kind === 'choose' ? { kind: 'choose', id: s.id } : s));
const refusals: string[] = [];
const env = { newId: () => crypto.randomUUID(), now: () => new Date(), log: (m: string) => void refusals.push(m) };
const titleOf = (id: string) => (id === scenario.id ? scenario.title : null);

type Api = Scorm12API | Scorm2004API;
/** What the SCO wrote, as the runtime accepted it: write-only elements (exit, session time) cannot be read back. */
const written = new WeakMap<Api, Map<string, string>>();
function makeApi(version: '1.2' | '2004'): Api {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  const values = new Map<string, string>();
  written.set(api, values);
  api.on(version === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => {
    if (String(api.lastErrorCode) === '0') values.set(element, value);
  });
  return api;
}
const get = (api: Api, name: string) => written.get(api)?.get(name) ?? '';
const count = (api: Api) =>
  new Set([...(written.get(api)?.keys() ?? [])].filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k))).size;
/** The SCO sits two frames below the LMS's window, as in most LMS players. */
const frameBelow = (version: '1.2' | '2004', api: Api) => ({
  parent: { parent: { [version === '1.2' ? 'API' : 'API_1484_11']: api } },
});

/** Launches the SCO, plays `count` steps of the play (saving after each, as the story scene does), then leaves. */
function launch(version: '1.2' | '2004', api: Api, count: number): { progress: ProgressStore; over: boolean } {
  const session = openScorm(version, frameBelow(version, api), { kind: 'scenario', id: scenario.id }, env);
  const progress = withLmsProgress(openProgressStore(null), session.bridge!, titleOf, () => new Date());
  const current = progress.progress().current;
  const done = current?.steps ?? [];
  const { player } = replaySteps(scenario, realCatalogue(), play.seed, done, { timers: false });
  const registration = current?.registration ?? env.newId();
  const report = reportPlay({
    reporter: session.reporter,
    scenario,
    player,
    registration,
    track: null,
    resumed: done.length > 0,
    label: (b) => b,
    attempts: () => progress.progress().attempts,
    now: () => new Date(),
  });
  const shown = () => {
    const view = player.view();
    if (view.kind === 'ending') {
      const card = player.report();
      progress.recordAttempt({
        scenarioId: scenario.id,
        title: scenario.title,
        seed: play.seed,
        steps: player.steps(),
        grade: card.grade,
        percent: card.percent,
        endedAt: new Date().toISOString(),
        evidence: [],
      });
    } else
      progress.saveCurrent({
        scenarioId: scenario.id,
        seed: play.seed,
        steps: player.steps(),
        savedAt: new Date().toISOString(),
        registration,
      });
    report.shown(view);
  };
  shown();
  for (const step of steps.slice(done.length, count)) {
    expect(applyStep(player, step)).toBe(true);
    shown();
  }
  session.reporter.leaving();
  return { progress, over: player.isOver() };
}

describe.each(['1.2', '2004'] as const)('SCORM %s', (version) => {
  it('finds the API up the frame chain, and not where there is none', () => {
    const api = makeApi(version);
    expect(findScormApi(frameBelow(version, api), version)).toBe(api);
    expect(findScormApi(frameBelow(version === '1.2' ? '2004' : '1.2', api), version)).toBeNull();
    const session = openScorm(version, {}, null, env);
    expect(session.bridge).toBeNull();
    expect(session.reporter.status()).toMatch(/no LMS was found/);
  });

  it('reports a play, suspends halfway, and resumes from suspend_data on relaunch', () => {
    const half = Math.floor(steps.length / 2);
    const first = makeApi(version);
    launch(version, first, half);
    const suspend = get(first, 'cmi.suspend_data');
    expect(suspend.length).toBeGreaterThan(0);
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(get(first, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
    const firstInteractions = count(first);
    expect(firstInteractions).toBe(steps.slice(0, half).filter((s) => s.kind === 'choose').length);
    expect(get(first, version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');

    // The LMS relaunches the SCO with what it kept.
    const second = makeApi(version);
    const kept =
      version === '1.2'
        ? { suspend_data: suspend, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { suspend_data: suspend, entry: 'resume', completion_status: 'incomplete' };
    second.loadFromJSON(kept, 'cmi');
    const { progress, over } = launch(version, second, steps.length);
    expect(over).toBe(true);
    expect(progress.progress().attempts.map((a) => a.grade)).toEqual([play.report.grade]);
    expect(get(second, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe(String(play.report.percent));
    if (version === '1.2') expect(get(second, 'cmi.core.lesson_status')).toBe('passed');
    else {
      expect(get(second, 'cmi.completion_status')).toBe('completed');
      expect(get(second, 'cmi.success_status')).toBe('passed');
      expect(get(second, 'cmi.score.scaled')).toBe(String(Math.round(play.report.percent) / 100));
    }
    const decisions = steps.filter((s) => s.kind === 'choose').length;
    expect(count(second)).toBe(decisions - firstInteractions);
    const responses = [...(written.get(second)?.entries() ?? [])]
      .filter(([k]) => /(student|learner)_response$/.test(k))
      .map(([, v]) => v);
    expect(responses.length).toBe(decisions - firstInteractions);
    if (version === '1.2') expect(responses.every((r) => /^[a-z]$/.test(r))).toBe(true);
    expect(refusals, 'the runtime refused values').toEqual([]);
    const sessionTime = get(second, version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time');
    expect(sessionTime).toMatch(version === '1.2' ? /^\d{4}:\d\d:\d\d(\.\d\d)?$/ : /^PT/);
  });
});

describe.each(['1.2', '2004'] as const)('SCORM %s, a decision where patience ran out', (version) => {
  it('records the timeout as the listed option it is, never an empty response', () => {
    const api = makeApi(version);
    const session = openScorm(version, frameBelow(version, api), { kind: 'scenario', id: scenario.id }, env);
    const { player } = replaySteps(scenario, realCatalogue(), play.seed, [], { timers: false });
    const report = reportPlay({
      reporter: session.reporter,
      scenario,
      player,
      registration: env.newId(),
      track: null,
      resumed: false,
      label: (b) => b,
      attempts: () => [],
      now: () => new Date(),
    });
    report.shown(player.view());
    // Continue to the first beat with patience, let it run out, then take the first choice on offer to the end.
    let timedOutAt: string | null = null;
    while (!player.isOver()) {
      const view = player.view();
      const beat = scenario.beats[view.beat];
      const step: PlayStep =
        view.kind !== 'choices'
          ? { kind: 'continue' }
          : !timedOutAt && beat?.patience
            ? { kind: 'timeout' }
            : { kind: 'choose', id: view.choices[0]!.id };
      if (step.kind === 'timeout') timedOutAt = view.beat;
      expect(applyStep(player, step)).toBe(true);
      report.shown(player.view());
    }
    session.reporter.leaving();
    if (!timedOutAt) throw new Error('the pub has no beat with patience on this path');
    const values = written.get(api)!;
    const n = player.context().decisions.findIndex((d) => d.choice === null);
    const response = values.get(`cmi.interactions.${n}.${version === '1.2' ? 'student_response' : 'learner_response'}`);
    // Listed after the beat's own choices (lettered in that order in 1.2).
    expect(response).toBe(
      version === '2004' ? 'timeout' : 'abcdefghijklmnopqrstuvwxyz'[scenario.beats[timedOutAt]!.choices!.length],
    );
    expect(values.get(`cmi.interactions.${n}.result`)).toBe(version === '1.2' ? 'wrong' : 'incorrect');
    expect(refusals).toEqual([]);
  });
});

describe('suspend_data', () => {
  const attempt = (i: number, percent: number) => ({
    scenarioId: `story-${i % 12}`,
    trackId: 'new-hire',
    seed: `seed${i}`,
    grade: 'B' as const,
    percent,
    endedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  });

  it('round-trips the story in progress and finished plays', () => {
    const kept: KeptProgress = {
      current: {
        scenarioId: 'pub-caesar-dressing',
        trackId: null,
        seed: 'abc',
        steps: [{ kind: 'continue' }, { kind: 'choose', id: 'say-sorry' }, { kind: 'timeout' }],
        registration: null,
      },
      attempts: [attempt(1, 80)],
    };
    expect(decodeKept(encodeKept(kept, 4096))).toEqual({ ok: true, kept });
  });

  it("fits SCORM 1.2's 4,096 characters by dropping the oldest plays, never a story's best", () => {
    const many = Array.from({ length: 400 }, (_, i) => attempt(i, i === 5 ? 100 : 50));
    const text = encodeKept({ current: null, attempts: many }, 4096);
    expect(text.length).toBeLessThanOrEqual(4096);
    const decoded = decodeKept(text);
    if (!decoded.ok || !decoded.kept) throw new Error('did not decode');
    expect(decoded.kept.attempts.some((a) => a.seed === 'seed5' && a.percent === 100)).toBe(true);
    expect(new Set(decoded.kept.attempts.map((a) => a.scenarioId)).size).toBe(12);
  });

  it('says why damaged data cannot be read', () => {
    expect(decodeKept('{"v":1,"c":null')).toEqual({ ok: false, why: 'it is not valid JSON' });
    expect(decodeKept('{"v":2,"c":null,"a":[]}')).toMatchObject({ ok: false });
    expect(decodeKept('')).toEqual({ ok: true, kept: null });
  });

  it('writes session time the way each version wants it', () => {
    expect(scorm12Time(3_723_450)).toBe('0001:02:03.45');
    expect(scorm2004Time(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Time(0)).toBe('PT0S');
  });
});
