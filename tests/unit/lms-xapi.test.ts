// The xAPI side of LMS reporting, on the real engine: every statement a play
// produces is valid by an independent validator, says what the debrief says,
// and goes out once, in order, through failures.
import type { Statement } from '@xapi/xapi';
import { describe, expect, it } from 'vitest';
import { applyStep, replaySteps, type Scenario } from '../../src/engine/index.ts';
import { readLmsLaunch } from '../../src/lms/launch.ts';
import { reportPlay } from '../../src/lms/reportPlay.ts';
import { createStatementQueue } from '../../src/lms/xapi/statementQueue.ts';
import { choiceAnswered, EXTENSIONS, storyStarted, VERBS } from '../../src/lms/xapi/statements.ts';
import { markStoryTexts } from '../../src/i18n/storyLanguage.ts';
import { createXapiReporter } from '../../src/lms/xapi/xapiReporter.ts';
import { allPlays } from '../support/plays.ts';
import { statementProblems } from '../../tools/testLrs/testLrsStatements.ts';
import { loadProjectScenario, realCatalogue } from './support.ts';

const scenario = (() => {
  const loaded = loadProjectScenario('scenarios/pub-caesar-dressing.yaml');
  if (!loaded.ok) throw new Error('the pub scenario does not load');
  return loaded.scenario;
})();

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const actor = { name: 'Ada Trainee', mbox: 'mailto:ada@example.com' };

/** Plays `steps` through reportPlay into a plain-xAPI reporter whose queue stores what it sends. */
function playAndReport(
  s: Scenario,
  seed: string,
  steps: readonly { kind: 'choose'; id: string }[] | readonly ({ kind: 'choose'; id: string } | { kind: 'continue' })[],
  timeLimits?: 'normal' | 'off' | 'double',
) {
  const sent: Statement[] = [];
  const queue = createStatementQueue({ store: null, send: async (st) => (sent.push(st), { kind: 'stored' }) });
  const reporter = createXapiReporter({
    queue,
    launchRegistration: null,
    newId,
    session: {
      actor,
      activityRoot: 'https://lms.example.com/courses/onboarding',
      launchedActivity: null,
      launchedScenario: null,
      newId,
      now: () => new Date('2026-11-24T10:00:00Z'),
    },
  });
  const { player } = replaySteps(s, realCatalogue(), seed, [], { timers: false });
  const registration = reporter.registrationFor({ workshop: false });
  const report = reportPlay({
    reporter,
    scenario: s,
    player,
    registration,
    track: null,
    resumed: false,
    label: (b) => b,
    attempts: () => [],
    now: () => new Date(),
    ...(timeLimits ? { timeLimits: () => timeLimits } : {}),
  });
  player.subscribe((view) => report.shown(view));
  report.shown(player.view());
  for (const step of steps) expect(applyStep(player, step)).toBe(true);
  return { sent, player, registration, queue };
}

describe('xAPI statements of a whole play', () => {
  const plays = allPlays(scenario, realCatalogue(), 'shift-1');
  const byGrade = (grade: string) => plays.find((p) => p.report.grade === grade);

  it.each(['A', 'C', 'F'])("a grade %s play: valid statements that tell the debrief's story", async (grade) => {
    const play = byGrade(grade);
    expect(play, `no ${grade} play in the pub story`).toBeDefined();
    const { sent, registration } = playAndReport(scenario, play!.seed, play!.steps);
    await new Promise((r) => setTimeout(r, 0));
    for (const statement of sent) expect(statementProblems(statement), JSON.stringify(statement.verb)).toEqual([]);
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    expect(sent.every((s) => s.context?.registration === registration && s.timestamp)).toBe(true);

    const verbs = sent.map((s) => s.verb.id);
    expect(verbs[0]).toBe(VERBS.initialized.id);
    expect(verbs.slice(-2)).toEqual([
      play!.report.grade === 'F' || play!.report.grade === 'D' ? VERBS.failed.id : VERBS.passed.id,
      VERBS.completed.id,
    ]);
    const answered = sent.filter((s) => s.verb.id === VERBS.answered.id);
    expect(answered.map((s) => s.result?.response)).toEqual(play!.report.decisions.map((d) => d.choice ?? 'timeout'));
    expect(answered.map((s) => s.result?.extensions?.[EXTENSIONS.serviceLevel])).toEqual(
      play!.report.decisions.map((d) => d.level),
    );
    for (const a of answered) {
      const definition = (a.object as { definition: { interactionType: string; choices: { id: string }[] } })
        .definition;
      expect(definition.interactionType).toBe('choice');
      expect(definition.choices.map((c) => c.id)).toContain(a.result?.response);
    }
    const passedOrFailed = sent.at(-2)!;
    expect(passedOrFailed.result?.score).toEqual({
      raw: play!.report.percent,
      min: 0,
      max: 100,
      scaled: Math.round(play!.report.percent) / 100,
    });
    expect(passedOrFailed.result?.duration).toMatch(/^PT[\d.]+S$/);
    expect(sent.filter((s) => s.verb.id === VERBS.experienced.id).length).toBeGreaterThan(answered.length);
  });
});

describe('time limits in the statements', () => {
  it("a play with time limits off or doubled says so in its ending statements' context; a normal one says nothing", async () => {
    const play = allPlays(scenario, realCatalogue(), 'shift-1')[0]!;
    for (const [setting, said] of [
      ['off', 'off'],
      ['double', 'double'],
      ['normal', undefined],
    ] as const) {
      const { sent } = playAndReport(scenario, play.seed, play.steps, setting);
      await new Promise((r) => setTimeout(r, 0));
      const ending = sent.slice(-2);
      for (const statement of ending) {
        expect(statementProblems(statement)).toEqual([]);
        expect(statement.context?.extensions?.[EXTENSIONS.timeLimits]).toBe(said);
      }
    }
  });
});

describe('reading the launch', () => {
  const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
  const reg = '2f1c7f1e-0c6b-4d7e-9b1a-3c5d2e4f6a7b';

  it('tells a cmi5 launch, a classic xAPI launch, a SCORM SCO and a plain visit apart', () => {
    expect(readLmsLaunch('?scenario=pub-caesar-dressing').kind).toBe('none');
    expect(readLmsLaunch(q({ scorm: '2004', track: 'x' }))).toEqual({ kind: 'scorm', version: '2004' });
    expect(
      readLmsLaunch(
        q({
          endpoint: 'https://lrs.example.com/xapi/',
          auth: 'Basic abc',
          actor: JSON.stringify(actor),
          registration: reg,
        }),
      ),
    ).toEqual({
      kind: 'xapi',
      endpoint: 'https://lrs.example.com/xapi/',
      auth: 'Basic abc',
      actor,
      registration: reg,
      activityId: null,
    });
    const cmi5 = readLmsLaunch(
      q({
        endpoint: 'https://lrs.example.com/xapi/',
        fetch: 'https://lms.example.com/fetch/1',
        actor: JSON.stringify(actor),
        registration: reg,
        activityId: 'https://lms.example.com/au/1',
      }),
    );
    expect(cmi5.kind).toBe('cmi5');
  });

  it('names every broken launch parameter instead of half-working', () => {
    const launch = readLmsLaunch(
      q({
        endpoint: 'ftp://nope',
        fetch: 'https://lms.example.com/f',
        actor: '{"name":"x"}',
        registration: 'not-a-uuid',
        activityId: 'no iri',
      }),
    );
    expect(launch.kind).toBe('invalid');
    if (launch.kind !== 'invalid') return;
    expect(launch.standard).toBe('cmi5');
    expect(launch.problems.join('\n')).toMatch(/endpoint/);
    expect(launch.problems.join('\n')).toMatch(/actor: the actor needs exactly one of mbox/);
    expect(launch.problems.join('\n')).toMatch(/registration must be a UUID/);
    expect(launch.problems.join('\n')).toMatch(/activityId/);
    expect(readLmsLaunch(q({ scorm: '1.3' }))).toEqual({
      kind: 'invalid',
      standard: 'SCORM',
      problems: ['scorm: "1.3" is not 1.2 or 2004'],
    });
    expect(
      readLmsLaunch(q({ endpoint: 'https://lrs.example.com/', auth: 'Basic a', actor: 'not json' })),
    ).toMatchObject({ kind: 'invalid', problems: ['actor: is not valid JSON'] });
  });
});

describe('registrations and tracks', () => {
  const session = {
    actor,
    activityRoot: 'https://lms.example.com/c',
    launchedActivity: null,
    launchedScenario: null,
    newId,
    now: () => new Date(),
  };
  const quietQueue = () => createStatementQueue({ store: null, send: async () => ({ kind: 'stored' }) });

  it('gives a workshop one registration for all its stories, and a trainee a fresh one per attempt', () => {
    const reporter = createXapiReporter({ queue: quietQueue(), launchRegistration: null, newId, session });
    const room = reporter.registrationFor({ workshop: true });
    expect(reporter.registrationFor({ workshop: true })).toBe(room);
    const one = reporter.registrationFor({ workshop: false });
    expect(reporter.registrationFor({ workshop: false })).not.toBe(one);
    expect(one).not.toBe(room);
    const launched = createXapiReporter({
      queue: quietQueue(),
      launchRegistration: 'given-by-the-lms',
      newId,
      session,
    });
    expect([launched.registrationFor({ workshop: true }), launched.registrationFor({ workshop: false })]).toEqual([
      'given-by-the-lms',
      'given-by-the-lms',
    ]);
  });

  it('reports a launched track as passed and completed once, when its last story passes', async () => {
    const bakery = loadProjectScenario('tests/fixtures/bakery-mini.yaml');
    if (!bakery.ok) throw new Error('bakery-mini does not load');
    const track = {
      format: 1 as const,
      id: 'quick-track',
      title: 'Quick test track',
      summary: 'One story.',
      pass: 'C' as const,
      stories: [{ scenario: 'bakery-mini' }],
    };
    const sent: Statement[] = [];
    const queue = createStatementQueue({ store: null, send: async (s) => (sent.push(s), { kind: 'stored' }) });
    const reporter = createXapiReporter({
      queue,
      launchRegistration: null,
      newId,
      session: { ...session, launchedActivity: 'https://lms.example.com/c/track' },
    });
    const attempts: { scenarioId: string; grade: 'A' | 'B' | 'C' | 'D' | 'F'; percent: number; trackId: string }[] = [];
    const passing = allPlays(bakery.scenario, realCatalogue(), 'x').find((p) => p.report.grade === 'B')!;
    const failing = allPlays(bakery.scenario, realCatalogue(), 'x').find((p) => p.report.grade === 'F')!;
    for (const p of [failing, passing, passing]) {
      const { player } = replaySteps(bakery.scenario, realCatalogue(), p.seed, [], { timers: false });
      const report = reportPlay({
        reporter,
        scenario: bakery.scenario,
        player,
        registration: newId(),
        track,
        resumed: false,
        label: (b) => b,
        attempts: () => attempts,
        now: () => new Date(),
      });
      player.subscribe((view) => {
        if (view.kind === 'ending')
          attempts.push({
            scenarioId: 'bakery-mini',
            grade: player.report().grade,
            percent: player.report().percent,
            trackId: track.id,
          });
        report.shown(view);
      });
      report.shown(player.view());
      for (const step of p.steps) applyStep(player, step);
    }
    await queue.flush();
    const onTrack = sent.filter((s) => (s.object as { id: string }).id === 'https://lms.example.com/c/track');
    expect(onTrack.map((s) => s.verb.id)).toEqual([VERBS.passed.id, VERBS.completed.id]);
    expect(onTrack[0]!.result?.score?.raw).toBe(passing.report.percent);
    expect(sent.filter((s) => s.verb.id === VERBS.failed.id).length).toBe(1);
    for (const statement of sent) expect(statementProblems(statement)).toEqual([]);
  });
});

describe('a translated story in xAPI', () => {
  it('names what it reports in the language each text is in: a translation under its tag, English as en-US', () => {
    markStoryTexts(['Sin aderezo', 'Un viernes tranquilo.', 'Pregúntale a Ruth.'], 'es');
    const session = {
      actor,
      registration: 'r',
      activityRoot: 'https://lms.example.com/c',
      launchedActivity: null,
      launchedScenario: null,
      language: () => 'es',
      newId,
      now: () => new Date(),
    };
    const story = {
      scenarioId: 'pub',
      title: 'Sin aderezo',
      summary: 'Un viernes tranquilo.',
      trackId: null,
      registration: 'r',
    };
    const started = storyStarted(session, story, false);
    expect(started.object).toMatchObject({
      definition: { name: { es: 'Sin aderezo' }, description: { es: 'Un viernes tranquilo.' } },
    });
    expect(started.context?.language).toBe('es');
    const answered = choiceAnswered(session, {
      story,
      beat: 'kitchen',
      question: 'Se acabó el aderezo César…',
      options: [
        { id: 'ask', text: 'Pregúntale a Ruth.', level: 'good' },
        { id: 'plain', text: 'Send it plain.', level: 'harmful' },
      ],
      chosen: 'ask',
      response: 'ask',
      level: 'good',
      best: ['ask'],
    } as Parameters<typeof choiceAnswered>[1]);
    expect(answered.object).toMatchObject({
      definition: {
        name: { es: 'Se acabó el aderezo César…' },
        choices: [
          { id: 'ask', description: { es: 'Pregúntale a Ruth.' } },
          // A line the translation lacks is the story's English, and says so.
          { id: 'plain', description: { 'en-US': 'Send it plain.' } },
        ],
      },
    });
  });
});
