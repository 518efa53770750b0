// Everything read so far for the Insights screen, and what it adds up to. Kept in the Insights worker
// (insightsWorker.ts), which reads the files and the LRS's pages into it; the page is handed a Tally, the figures
// and the little it shows about each source, never the statements themselves.
import { figuresCounter, finish, type Figures, type Steps } from './figures.ts';
import type { StoryShelf } from './fromFiles.ts';
import { countStatements, type StatementCount, type StoryIndex } from './fromStatements.ts';
import type { Learner, SourceProblem, SourceReading } from './playRecords.ts';

/** One source as the screen lists it: what it added, and what in it could not be read. */
export interface SourceSummary {
  source: string;
  kind: SourceReading['kind'];
  plays: number;
  statements: number;
  problems: SourceProblem[];
}

export interface Tally {
  figures: Figures;
  /** Everyone who played, a workshop's room included, in the order first met: the names the views show. */
  learners: Learner[];
  plays: number;
  sources: SourceSummary[];
  /** Statements about anything but the library's stories (another course), left out. */
  skipped: number;
}

export interface InsightsPool {
  add(reading: SourceReading): void;
  /** Takes a source out again: an LRS reading that found nothing is no source. */
  remove(reading: SourceReading): void;
  clear(): void;
  tally(): Tally;
  /** The tally in steps (figures.ts): what is read meanwhile joins the next one. */
  tallySteps(): Steps<Tally>;
}

/** Statements are ordered as read, source by source: a source's own order number is this many apart from the next. */
const PER_SOURCE = 2 ** 32;

export function createInsightsPool(shelf: StoryShelf, stories: StoryIndex): InsightsPool {
  const readings: SourceReading[] = [];
  const figuresOf = figuresCounter(shelf);
  // The statements are counted as they come, each once (an LRS's pages grow a reading between tallies); a source
  // taken out, or all of them, has everything counted again.
  let counted: StatementCount = countStatements(stories);
  /** The sources counted so far, in order, with how many of each one's statements. */
  let fed: { reading: SourceReading; statements: number }[] = [];
  const countAgain = () => {
    counted = countStatements(stories);
    fed = [];
  };

  function countNew(): void {
    if (fed.some((f, i) => readings[i] !== f.reading)) countAgain();
    readings.forEach((reading, i) => {
      const f = (fed[i] ??= { reading, statements: 0 });
      if (reading.statements.length === f.statements) return;
      counted.add(reading.statements.slice(f.statements), i * PER_SOURCE + f.statements);
      f.statements = reading.statements.length;
    });
  }

  function* tallySteps(): Steps<Tally> {
    countNew();
    const fromStatements = counted.plays();
    const plays = [...readings.flatMap((r) => r.plays), ...fromStatements.plays];
    const learners = new Map<string, Learner>();
    for (const play of plays) if (!learners.has(play.learner.key)) learners.set(play.learner.key, play.learner);
    const sources = readings.map((r) => ({
      source: r.source,
      kind: r.kind,
      plays: r.plays.length,
      statements: r.statements.length,
      problems: r.problems,
    }));
    yield;
    return {
      figures: yield* figuresOf(plays),
      learners: [...learners.values()],
      plays: plays.length,
      sources,
      skipped: fromStatements.skipped,
    };
  }

  return {
    add: (reading) => void readings.push(reading),
    remove(reading) {
      const at = readings.indexOf(reading);
      if (at >= 0) readings.splice(at, 1);
    },
    clear: () => void (readings.length = 0),
    tally: () => finish(tallySteps()),
    tallySteps,
  };
}
