// Everything read so far for the Insights screen, and what it adds up to. Kept in the Insights worker
// (insightsWorker.ts), which reads the files and the LRS's pages into it; the page is handed a Tally, the figures
// and the little it shows about each source, never the statements themselves.
import { figuresOf, type Figures } from './figures.ts';
import type { StoryShelf } from './fromFiles.ts';
import type { StoryIndex } from './fromStatements.ts';
import type { Learner, SourceProblem, SourceReading } from './playRecords.ts';
import { playsOf } from './readInsightFile.ts';

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
}

export function createInsightsPool(shelf: StoryShelf, stories: StoryIndex): InsightsPool {
  const readings: SourceReading[] = [];
  return {
    add: (reading) => void readings.push(reading),
    remove(reading) {
      const at = readings.indexOf(reading);
      if (at >= 0) readings.splice(at, 1);
    },
    clear: () => void (readings.length = 0),
    tally() {
      const { plays, skipped } = playsOf(readings, stories);
      const learners = new Map<string, Learner>();
      for (const play of plays) if (!learners.has(play.learner.key)) learners.set(play.learner.key, play.learner);
      return {
        figures: figuresOf(plays, shelf),
        learners: [...learners.values()],
        plays: plays.length,
        sources: readings.map((r) => ({
          source: r.source,
          kind: r.kind,
          plays: r.plays.length,
          statements: r.statements.length,
          problems: r.problems,
        })),
        skipped,
      };
    },
  };
}
