// A cohort's plays for Insights' tests and its bench (tools/bench/insights.ts): learners play the shipped stories along random (seeded) paths through
// the engine, each play reported through the game's own xAPI reporter and kept in a progress export as the game
// keeps it, with what the plays themselves decided (the truth the screen's figures must equal).
import type { Statement } from '@xapi/xapi';
import { createStoryPlayer, principleEvidence, type Scenario, type Track } from '../src/engine/runtime.ts';
import { makeRandom } from '../src/engine/seededRandom.ts';
import { reportPlay } from '../src/lms/reportPlay.ts';
import { createStatementQueue } from '../src/lms/xapi/statementQueue.ts';
import { createXapiReporter } from '../src/lms/xapi/xapiReporter.ts';
import type { StoryShelf } from '../src/play/insights/fromFiles.ts';
import { PROGRESS_FORMAT, type Attempt, type Progress } from '../src/play/progress/progressSchema.ts';
import { readLibrary } from './projectFiles.ts';

export const library = readLibrary();
const scenarios = new Map(library.entries.flatMap((e) => (e.scenario ? [[e.scenario.id, e.scenario] as const] : [])));
const tracks = library.tracks.flatMap((t) => (t.track ? [t.track] : []));
export const track = tracks.find((t) => t.id === 'new-hire-essentials')!;
export const shelf: StoryShelf = { scenario: (id) => scenarios.get(id) ?? null, catalogue: library.catalogue!, tracks };
export const stories = {
  has: (id: string) => scenarios.has(id),
  byTitle: (title: string) => [...scenarios.values()].find((s) => s.title === title)?.id ?? null,
};

/** What the plays themselves decided: the ground truth the figures must equal. */
export interface Truth {
  choices: Map<string, number>; // story|beat|choice
  principles: Map<string, { atStake: number; upheld: number }>; // learner|principle
  grades: Map<string, number>; // story|grade
  passed: Map<string, boolean>; // learner|story (in the track)
  /** Every move from one beat to the next, as the player made it: story|from|way|to (way: choice:id, timeout, continue). */
  flows: Map<string, number>;
}

const FIRST_NAMES = ['Ada', 'Bilal', 'Chen', 'Dara', 'Elif', 'Femi', 'Greta', 'Hamid', 'Ines', 'Jonas', 'Kiri', 'Lena'];
/** A fictional trainee's name, not "Learner n", which is what the screen's anonymised names look like. */
export const nameOf = (n: number) =>
  `${FIRST_NAMES[(n - 1) % FIRST_NAMES.length]} ${String.fromCharCode(65 + ((n - 1) % 26))}.${n > 12 ? ` ${n}` : ''}`;

let clock = Date.parse('2026-12-01T09:00:00Z');
let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

/** One learner's plays: each story of `plan`, played once or twice, along random choices (and some timeouts). */
function playLearner(n: number, plan: readonly string[], truth: Truth) {
  const random = makeRandom(`learner-${n}`);
  const statements: Statement[] = [];
  const queue = createStatementQueue({ store: null, send: async (s) => (statements.push(s), { kind: 'stored' }) });
  const actor = { name: nameOf(n), mbox: `mailto:trainee${n}@example.com` };
  const reporter = createXapiReporter({
    queue,
    launchRegistration: null,
    newId,
    session: {
      actor,
      activityRoot: 'https://lms.example.com/onboarding',
      launchedActivity: null,
      launchedScenario: null,
      newId,
      now: () => new Date(clock),
    },
  });
  const attempts: Attempt[] = [];
  for (const scenarioId of plan) {
    const scenario = scenarios.get(scenarioId)!;
    const inTrack = track.stories.some((s) => s.scenario === scenarioId) && random() < 0.7;
    const seed = `s${n}-${attempts.length}`;
    const player = createStoryPlayer(scenario, library.catalogue!, { seed, timers: false });
    const report = reportPlay({
      reporter,
      scenario,
      player,
      registration: reporter.registrationFor({ workshop: false }),
      track: inTrack ? track : null,
      resumed: false,
      label: (b) => b,
      attempts: () => attempts,
      now: () => new Date(clock),
    });
    player.subscribe((view) => report.shown(view));
    report.shown(player.view());
    while (!player.isOver()) {
      clock += 5_000 + Math.floor(random() * 20_000);
      const view = player.view();
      const entered = player.context().moodTrail.length;
      let way = 'continue';
      if (view.kind === 'choices') {
        const beat = scenario.beats[view.beat]!;
        if (beat.patience && random() < 0.15) {
          way = 'timeout';
          player.timeOut();
        } else {
          const choice = view.choices[Math.floor(random() * view.choices.length)]!.id;
          way = `choice:${choice}`;
          player.choose(choice);
        }
      } else player.continueStory();
      const trail = player.context().moodTrail;
      if (trail.length > entered) add(truth.flows, `${scenarioId}|${view.beat}|${way}|${trail.at(-1)!.beat}`);
    }
    const card = player.report();
    attempts.push({
      scenarioId,
      title: scenario.title,
      seed,
      steps: player.steps(),
      grade: card.grade,
      percent: card.percent,
      endedAt: new Date(clock).toISOString(),
      evidence: principleEvidence(scenario, player.context()),
      ...(inTrack ? { trackId: track.id } : {}),
    });
    tally(truth, n, scenario, player.context().decisions, card.grade, inTrack ? track : null);
  }
  const progress: Progress = {
    format: PROGRESS_FORMAT,
    version: 1,
    current: null,
    attempts,
    playerName: nameOf(n),
  };
  return { statements, progress };
}

const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

function tally(
  truth: Truth,
  n: number,
  scenario: Scenario,
  decisions: readonly { beat: string; choice: string | null }[],
  grade: string,
  inTrack: Track | null,
) {
  for (const d of decisions) add(truth.choices, `${scenario.id}|${d.beat}|${d.choice}`);
  for (const e of principleEvidence(scenario, { decisions })) {
    const key = `${nameOf(n)}|${e.principle}`;
    const t = truth.principles.get(key) ?? { atStake: 0, upheld: 0 };
    t.atStake += 1;
    if (e.outcome === 'upheld') t.upheld += 1;
    truth.principles.set(key, t);
  }
  add(truth.grades, `${scenario.id}|${grade}`);
  if (inTrack) {
    const bar = inTrack.stories.find((s) => s.scenario === scenario.id)?.pass ?? inTrack.pass;
    const key = `${nameOf(n)}|${scenario.id}`;
    truth.passed.set(key, truth.passed.get(key) === true || 'ABCDF'.indexOf(grade) <= 'ABCDF'.indexOf(bar));
  }
}

export const noTruth = (): Truth => ({
  choices: new Map(),
  principles: new Map(),
  grades: new Map(),
  passed: new Map(),
  flows: new Map(),
});

/** `count` learners, each playing `each` stories of the library (some of them in the onboarding track). */
export function cohort(count: number, each = 4, truth: Truth = noTruth()) {
  const storyIds = [...scenarios.keys()];
  const learners = Array.from({ length: count }, (_, i) => {
    const random = makeRandom(`plan-${i}`);
    const plan = Array.from({ length: each }, () => storyIds[Math.floor(random() * storyIds.length)]!);
    return playLearner(i + 1, plan, truth);
  });
  return { learners, truth };
}
