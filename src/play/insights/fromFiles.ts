// Plays read from the files the game itself exports: a learner's progress (every finished attempt, and the
// story in progress) and a workshop's summary (the room's decisions). A progress file keeps a play's steps,
// not its decisions, so each is played again through the engine, which says what every step decided, exactly as
// it did for the learner.
import {
  judgedAt,
  passes,
  passingGrade,
  replaySteps,
  type Catalogue,
  type PlayStep,
  type Scenario,
  type Track,
} from '../../engine/runtime.ts';
import type { Progress } from '../progress/progressSchema.ts';
import type { Decided, Learner, PlayRecord } from './playRecords.ts';
import type { WorkshopFile } from './workshopShape.ts';

export interface StoryShelf {
  scenario(id: string): Scenario | null;
  catalogue: Catalogue;
  tracks: readonly Track[];
}

export interface FilePlays {
  plays: PlayRecord[];
  /** Attempts that could not be counted whole, as sentences' values: the caller words them. */
  unknownStories: string[];
  changedStories: string[];
}

export function playsFromProgress(file: string, progress: Progress, shelf: StoryShelf): FilePlays {
  const name = progress.playerName ?? file.replace(/^.*\//, '').replace(/\.json$/i, '');
  const learner: Learner = { key: `progress:${name}`, name };
  const out: FilePlays = { plays: [], unknownStories: [], changedStories: [] };
  const replayed = (scenarioId: string, seed: string, steps: readonly PlayStep[]) => {
    const scenario = shelf.scenario(scenarioId);
    if (!scenario) {
      out.unknownStories.push(scenarioId);
      return null;
    }
    const { player, applied } = replaySteps(scenario, shelf.catalogue, seed, steps, { timers: false });
    if (applied < steps.length) out.changedStories.push(scenarioId);
    const context = player.context();
    return { decisions: decisionsOf(scenario, context.decisions), path: context.moodTrail.map((m) => m.beat) };
  };
  progress.attempts.forEach((attempt, n) => {
    const play = replayed(attempt.scenarioId, attempt.seed, attempt.steps);
    if (!play) return;
    const trackId = attempt.trackId ?? null;
    const at = Date.parse(attempt.endedAt);
    out.plays.push({
      learner,
      scenarioId: attempt.scenarioId,
      trackId,
      id: `${file}#${n}`,
      at,
      ...play,
      beatTimes: [],
      ended: {
        grade: attempt.grade,
        percent: attempt.percent,
        passed: passes(
          attempt.grade,
          passingGrade(trackId ? shelf.tracks.find((t) => t.id === trackId) : null, attempt.scenarioId),
        ),
        durationMs: null,
        at,
      },
    });
  });
  const current = progress.current;
  const play = current && replayed(current.scenarioId, current.seed, current.steps);
  if (current && play)
    out.plays.push({
      learner,
      scenarioId: current.scenarioId,
      trackId: current.trackId ?? null,
      id: `${file}#current`,
      at: Date.parse(current.savedAt),
      ...play,
      beatTimes: [],
      ended: null,
    });
  return out;
}

/** The room's decisions, one play; a summary exported before rows carried their ids is matched by choice text. */
export function playsFromWorkshop(file: string, summary: WorkshopFile, shelf: StoryShelf, room: string): FilePlays {
  const out: FilePlays = { plays: [], unknownStories: [], changedStories: [] };
  const scenario = shelf.scenario(summary.scenario);
  if (!scenario) {
    out.unknownStories.push(summary.scenario);
    return out;
  }
  const decisions: Decided[] = [];
  for (const row of summary.rows) {
    const found = row.beat
      ? { beat: row.beat, choice: row.choice ?? null }
      : Object.entries(scenario.beats).flatMap(([beat, b]) =>
          (b.choices ?? [])
            .filter((c) => c.text === row.roomChose)
            .map((c) => ({ beat, choice: c.id as string | null })),
        )[0];
    if (!found) {
      out.changedStories.push(summary.scenario);
      continue;
    }
    decisions.push(...decisionsOf(scenario, [found]));
  }
  const at = Date.parse(`${summary.date}T12:00:00Z`);
  out.plays.push({
    learner: { key: `workshop:${summary.date}:${summary.scenario}:${summary.seed}`, name: room, room: true },
    scenarioId: summary.scenario,
    trackId: null,
    id: `${file}#room`,
    at,
    decisions,
    path: null,
    beatTimes: [],
    ended: { grade: summary.grade, percent: summary.percent, passed: null, durationMs: null, at },
  });
  return out;
}

function decisionsOf(scenario: Scenario, taken: readonly { beat: string; choice: string | null }[]): Decided[] {
  return taken.map(({ beat, choice }) => {
    const judged = judgedAt(scenario.beats[beat], choice);
    return {
      beat,
      choice,
      level: judged?.level ?? 'routine',
      upholds: Object.keys(judged?.upholds ?? {}),
      breaks: Object.keys(judged?.breaks ?? {}),
    };
  });
}
