// Each Insights view as a CSV a spreadsheet opens: one row per figure, the columns' ids in English (the same in
// every language, as the workshop summary's are), every cell through csvField (quoted, and never a formula).
import { GRADES } from '../../engine/runtime.ts';
import { csvField } from '../workshop.ts';
import type { Figures } from './figures.ts';

export interface CsvNames {
  learner(key: string): string;
  /** Whether `learner` gives the person's own name (false where names are hidden); a name when left out. */
  named?(key: string): boolean;
  story(id: string): string;
  beat(story: string, beat: string): string;
  choice(story: string, beat: string, choice: string | null): string;
  /** One outcome of one of the story's variations, as its author described it. */
  circumstance(story: string, variation: string, outcome: string): string;
  principle(id: string): string;
  track(id: string): string;
}

const csv = (rows: (string | number | null)[][]) =>
  rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

export function choicesCsv(figures: Figures, names: CsvNames): string {
  const rows = figures.stories.flatMap((story) =>
    story.beats.flatMap((beat) =>
      beat.choices.map((way) => [
        story.scenarioId,
        names.story(story.scenarioId),
        beat.beat,
        names.beat(story.scenarioId, beat.beat),
        way.choice ?? 'timeout',
        names.choice(story.scenarioId, beat.beat, way.choice),
        way.level,
        way.count,
        beat.decisions,
      ]),
    ),
  );
  return csv([
    ['Story ID', 'Story', 'Beat ID', 'Beat', 'Choice ID', 'Choice', 'Level', 'Plays', 'Decisions here'],
    ...rows,
  ]);
}

export function principlesCsv(figures: Figures, names: CsvNames): string {
  const rows = figures.learners.flatMap((row) =>
    Object.entries(row.principles).map(([principle, tally]) => [
      names.learner(row.learner.key),
      principle,
      names.principle(principle),
      tally.upheld,
      tally.atStake,
    ]),
  );
  return csv([['Learner', 'Principle ID', 'Principle', 'Upheld', 'At stake'], ...rows]);
}

export function gradesCsv(figures: Figures, names: CsvNames): string {
  const rows = figures.stories.flatMap((story) =>
    GRADES.map((grade) => [
      story.scenarioId,
      names.story(story.scenarioId),
      grade,
      story.grades.all[grade],
      story.grades.first[grade],
      story.grades.best[grade],
      story.medianMs === null ? null : Math.round(story.medianMs / 1000),
    ]),
  );
  return csv([
    ['Story ID', 'Story', 'Grade', 'All plays', 'First attempts', 'Best attempts', 'Median seconds'],
    ...rows,
  ]);
}

export function peopleCsv(figures: Figures, names: CsvNames): string {
  const rows = figures.people.flatMap((track) =>
    track.rows.flatMap((row) =>
      row.stories.map((s) => [
        track.trackId,
        names.track(track.trackId),
        names.learner(row.learner.key),
        s.scenarioId,
        names.story(s.scenarioId),
        s.standing,
        s.best,
      ]),
    ),
  );
  return csv([['Track ID', 'Track', 'Learner', 'Story ID', 'Story', 'Standing', 'Best grade'], ...rows]);
}
