// What a cohort's plays add up to, for the Insights screen's views: per story, how many took each choice at each
// beat and the grades they ended with; per learner, each principle upheld out of the times it was at stake (the
// rule the player's own profile counts by, evidenceOf); per track, who has passed which story. Pure: the same
// records give the same figures, whichever file or LRS they were read from.
import {
  evidenceOf,
  GRADES,
  SERVICE_LEVELS,
  type Grade,
  type Scenario,
  type ServiceLevel,
} from '../../engine/runtime.ts';
import type { Learner, PlayRecord } from './playRecords.ts';
import type { StoryShelf } from './fromFiles.ts';
import { bestPathsOf, type BestPaths } from './bestPaths.ts';
import { flowMapOf, type FlowMap } from './flowMap.ts';

export interface ChoiceFigure {
  /** Null: the customer's patience ran out. */
  choice: string | null;
  level: ServiceLevel;
  count: number;
}

export interface BeatFigure {
  beat: string;
  decisions: number;
  /** Every way the beat could be decided, in the story's order, taken or not. */
  choices: ChoiceFigure[];
  levels: Record<ServiceLevel, number>;
}

export type GradeCounts = Record<Grade, number>;

export interface StoryFigure {
  scenarioId: string;
  plays: number;
  finished: number;
  learners: number;
  beats: BeatFigure[];
  /** Every finished play's grade; and, per learner (a workshop's room aside), their first and their best. */
  grades: { all: GradeCounts; first: GradeCounts; best: GradeCounts };
  /** The middle of the finished plays' durations, where the source gave them. */
  medianMs: number | null;
  beatTimes: { beat: string; medianMs: number; count: number }[];
  /** The sequence of decisions most finished plays made, and how many made it. */
  commonPath: { steps: { beat: string; choice: string | null; level: ServiceLevel }[]; count: number } | null;
  /** The story's own best path, for each set of circumstances its variations make: what the common one is held to. */
  bestPaths: BestPaths;
  /** The story's map with how many plays went each way. */
  flow: FlowMap;
}

export interface PrincipleTally {
  atStake: number;
  upheld: number;
}

export interface LearnerPrinciples {
  learner: Learner;
  plays: number;
  principles: Record<string, PrincipleTally>;
}

export type Standing = 'passed' | 'not-passed' | 'started' | 'not-started';

export interface TrackPeople {
  trackId: string;
  rows: { learner: Learner; stories: { scenarioId: string; standing: Standing; best: Grade | null }[] }[];
}

export interface Figures {
  plays: number;
  stories: StoryFigure[];
  learners: LearnerPrinciples[];
  /** The team's principles, weakest first (then the most at stake, then by id), with the stories that put each at stake. */
  team: { principle: string; tally: PrincipleTally; stories: string[] }[];
  people: TrackPeople[];
}

const noGrades = (): GradeCounts => Object.fromEntries(GRADES.map((g) => [g, 0])) as GradeCounts;
const noLevels = () => Object.fromEntries(SERVICE_LEVELS.map((l) => [l, 0])) as Record<ServiceLevel, number>;

export function figuresOf(plays: readonly PlayRecord[], shelf: StoryShelf): Figures {
  return finish(figuresCounter(shelf)(plays));
}

/**
 * Work done in steps: it pauses (yields) between parts of a few milliseconds each, so the worker doing it can answer
 * in between (the LRS's pages, while a cohort's figures are worked out); `finish` does it all at once.
 */
export type Steps<T> = Generator<void, T, void>;

export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Learners' principles counted between two pauses. */
const LEARNERS_A_STEP = 100;

/**
 * Figures worked out again and again as more plays are read (the Insights worker's tallies): a story's figures,
 * or a learner's principles, are only worked out anew when their plays are not the very ones of the last time.
 */
export function figuresCounter(shelf: StoryShelf): (plays: readonly PlayRecord[]) => Steps<Figures> {
  const storyFigures = remember<StoryFigure>();
  const learnerFigures = remember<LearnerPrinciples>();
  return function* (plays) {
    const people = plays.filter((p) => !p.learner.room);
    const learners: LearnerPrinciples[] = [];
    for (const [key, own] of groupBy(people, (p) => p.learner.key)) {
      learners.push(learnerFigures(key, own, learnerPrinciples));
      if (learners.length % LEARNERS_A_STEP === 0) yield;
    }
    const stories: StoryFigure[] = [];
    for (const [id, own] of groupBy(plays, (p) => p.scenarioId)) {
      const scenario = shelf.scenario(id);
      if (scenario) stories.push(storyFigures(id, own, () => storyFigure(scenario, own)));
      yield;
    }
    const team = teamPrinciples(learners, people, shelf);
    yield;
    return {
      plays: plays.length,
      stories: stories.sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)),
      learners,
      team,
      people: shelf.tracks.map((track) => trackPeople(track, people)),
    };
  };
}

/** What was worked out from each group of plays, kept while the group holds the very same plays. */
function remember<T>(): (key: string, plays: readonly PlayRecord[], work: (plays: readonly PlayRecord[]) => T) => T {
  const kept = new Map<string, { plays: readonly PlayRecord[]; value: T }>();
  return (key, plays, work) => {
    const last = kept.get(key);
    if (last && last.plays.length === plays.length && last.plays.every((p, i) => p === plays[i])) return last.value;
    const value = work(plays);
    kept.set(key, { plays, value });
    return value;
  };
}

function storyFigure(scenario: Scenario, plays: readonly PlayRecord[]): StoryFigure {
  const finished = plays.filter((p) => p.ended);
  const grades = { all: noGrades(), first: noGrades(), best: noGrades() };
  for (const play of finished) if (play.ended?.grade) grades.all[play.ended.grade] += 1;
  for (const own of groupBy(
    finished.filter((p) => !p.learner.room && p.ended?.grade),
    (p) => p.learner.key,
  ).values()) {
    const first = own.reduce((a, b) => (b.ended!.at < a.ended!.at ? b : a));
    const best = own.reduce((a, b) => (b.ended!.percent > a.ended!.percent ? b : a));
    grades.first[first.ended!.grade!] += 1;
    grades.best[best.ended!.grade!] += 1;
  }
  const durations = finished.flatMap((p) => (p.ended?.durationMs != null ? [p.ended.durationMs] : []));
  const beatTimes = [
    ...groupBy(
      plays.flatMap((p) => p.beatTimes),
      (t) => t.beat,
    ),
  ].map(([beat, times]) => ({
    beat,
    medianMs: median(times.map((t) => t.ms))!,
    count: times.length,
  }));
  return {
    scenarioId: scenario.id,
    plays: plays.length,
    finished: finished.length,
    learners: new Set(plays.map((p) => p.learner.key)).size,
    beats: beatFigures(scenario, plays),
    grades,
    medianMs: median(durations),
    beatTimes,
    commonPath: commonPath(finished),
    bestPaths: bestPathsOf(scenario),
    flow: flowMapOf(scenario, plays),
  };
}

function beatFigures(scenario: Scenario, plays: readonly PlayRecord[]): BeatFigure[] {
  const decided = groupBy(
    plays.flatMap((p) => p.decisions),
    (d) => d.beat,
  );
  return Object.entries(scenario.beats).flatMap(([beat, b]) => {
    const ways: ChoiceFigure[] = (b.choices ?? []).map((c) => ({ choice: c.id, level: c.level, count: 0 }));
    if (b.patience) ways.push({ choice: null, level: b.patience.level, count: 0 });
    if (!ways.length) return [];
    const levels = noLevels();
    const own = decided.get(beat) ?? [];
    for (const d of own) {
      const way = ways.find((w) => w.choice === d.choice);
      if (way) way.count += 1;
      levels[d.level] += 1;
    }
    return [{ beat, decisions: own.length, choices: ways, levels }];
  });
}

function commonPath(finished: readonly PlayRecord[]): StoryFigure['commonPath'] {
  let best: StoryFigure['commonPath'] = null;
  // The sequence as a key: ids never hold these control characters; a timeout (null) is the empty choice.
  for (const [, same] of groupBy(finished, (p) =>
    p.decisions.map((d) => `${d.beat}\u0001${d.choice ?? '\u0002'}`).join('\u0003'),
  )) {
    if (!best || same.length > best.count)
      best = {
        steps: same[0]!.decisions.map((d) => ({ beat: d.beat, choice: d.choice, level: d.level })),
        count: same.length,
      };
  }
  return best;
}

function tallyInto(into: Record<string, PrincipleTally>, plays: readonly PlayRecord[]): void {
  for (const decision of plays.flatMap((p) => p.decisions))
    for (const { principle, outcome } of evidenceOf(decision.upholds, decision.breaks)) {
      const tally = (into[principle] ??= { atStake: 0, upheld: 0 });
      tally.atStake += 1;
      if (outcome === 'upheld') tally.upheld += 1;
    }
}

function learnerPrinciples(plays: readonly PlayRecord[]): LearnerPrinciples {
  const principles: Record<string, PrincipleTally> = {};
  tallyInto(principles, plays);
  return { learner: plays[0]!.learner, plays: plays.length, principles };
}

/** The team's tallies are its learners' added up. */
function teamPrinciples(
  learners: readonly LearnerPrinciples[],
  plays: readonly PlayRecord[],
  shelf: StoryShelf,
): Figures['team'] {
  const tallies: Record<string, PrincipleTally> = {};
  for (const { principles } of learners)
    for (const [principle, { atStake, upheld }] of Object.entries(principles)) {
      const tally = (tallies[principle] ??= { atStake: 0, upheld: 0 });
      tally.atStake += atStake;
      tally.upheld += upheld;
    }
  const played = [...new Set(plays.map((p) => p.scenarioId))];
  const storiesCiting = (principle: string) =>
    played.filter((id) => {
      const beats = Object.values(shelf.scenario(id)?.beats ?? {});
      return beats.some((b) =>
        [...(b.choices ?? []), ...(b.patience ? [b.patience] : [])].some(
          (c) => c.upholds?.[principle] || c.breaks?.[principle],
        ),
      );
    });
  return Object.entries(tallies)
    .map(([principle, tally]) => ({ principle, tally, stories: storiesCiting(principle) }))
    .sort(
      (a, b) =>
        a.tally.upheld / a.tally.atStake - b.tally.upheld / b.tally.atStake ||
        b.tally.atStake - a.tally.atStake ||
        a.principle.localeCompare(b.principle),
    );
}

function trackPeople(track: StoryShelf['tracks'][number], plays: readonly PlayRecord[]): TrackPeople {
  const rows = [...groupBy(plays, (p) => p.learner.key).values()].map((own) => ({
    learner: own[0]!.learner,
    stories: track.stories.map(({ scenario }) => {
      const here = own.filter((p) => p.scenarioId === scenario && p.trackId === track.id);
      const ended = here.filter((p) => p.ended);
      const best = ended.reduce<PlayRecord | null>((a, b) => (!a || b.ended!.percent > a.ended!.percent ? b : a), null);
      const standing: Standing = ended.some((p) => p.ended!.passed)
        ? 'passed'
        : ended.length
          ? 'not-passed'
          : here.length
            ? 'started'
            : 'not-started';
      return { scenarioId: scenario, standing, best: best?.ended?.grade ?? null };
    }),
  }));
  return { trackId: track.id, rows };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
