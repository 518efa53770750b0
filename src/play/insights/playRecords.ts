// One play as the Insights screen counts it, whatever it was read from: an LMS's statements, a learner's
// progress export or a workshop's summary. Every view is worked out from these records alone, so the same plays
// read from different sources give the same figures.
import type { Grade, ServiceLevel } from '../../engine/runtime.ts';
import type { InsightStatement } from './statementShape.ts';

/** Who played: `key` tells learners apart (an xAPI agent's identifier, a progress file's name); `name` is shown. */
export interface Learner {
  key: string;
  name: string;
  /** A workshop's room, which decided together: counted in the choices and grades, not among the people. */
  room?: boolean;
}

export interface Decided {
  beat: string;
  /** The choice's id, or null when the customer's patience ran out. */
  choice: string | null;
  level: ServiceLevel;
  /** The principles the option taken cites, as it cites them (evidenceOf in the engine's mastery.ts counts them). */
  upholds: string[];
  breaks: string[];
}

export interface Ended {
  grade: Grade | null;
  percent: number;
  /** As the LMS was told (the track's bar, or the LMS's mastery score); null where nobody was assessed (a room). */
  passed: boolean | null;
  durationMs: number | null;
  /** When the play ended, in milliseconds since 1970. */
  at: number;
}

export interface PlayRecord {
  learner: Learner;
  scenarioId: string;
  trackId: string | null;
  /** Sets this play apart from the learner's others (an attempt's registration and start, a file's attempt). */
  id: string;
  /** When the play began or, where only its end is known, ended: orders a learner's attempts. */
  at: number;
  decisions: Decided[];
  /**
   * The beats shown, in order, ending included, where the source says (an LMS's statements, one per beat shown; a
   * progress file, played again); null where it does not (a workshop's summary keeps the room's decisions only).
   */
  path: string[] | null;
  /** Time spent on each beat shown, where the source has it (an LMS's statements say when each beat was shown). */
  beatTimes: { beat: string; ms: number }[];
  /** Null for a play not finished (yet). */
  ended: Ended | null;
}

/** A file or source that could not be read whole, in the words a trainer reads: file, line, field, what is wrong. */
export interface SourceProblem {
  source: string;
  message: string;
}

/**
 * What one file added: its plays, or its statements (pooled with every other source's before they are made into
 * plays, since one play's statements can come in several pages or files), and anything left out with why.
 */
export interface SourceReading {
  source: string;
  kind: 'statements' | 'progress' | 'workshop';
  plays: PlayRecord[];
  statements: InsightStatement[];
  problems: SourceProblem[];
}
