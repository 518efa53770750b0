// One play made from its statements, in the shape every Insights view counts (playRecords.ts): the decisions
// taken, the beats shown and for how long, and how it ended. fromStatements.ts finds which statements make a play.
import { GRADES, type Grade, type ServiceLevel } from '../../engine/runtime.ts';
import { EXTENSIONS } from '../../lms/xapi/statements.ts';
import type { Decided, Learner, PlayRecord } from './playRecords.ts';
import type { InsightStatement } from './statementShape.ts';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const STARTS = new Set([`${ADL}initialized`, `${ADL}attempted`]);
const ENDS = new Set([`${ADL}passed`, `${ADL}failed`, 'http://adlnet.gov/expapi/verbs/scored']);
const LEVELS: readonly string[] = ['harmful', 'routine', 'good', 'heroic'] satisfies readonly ServiceLevel[];

/** A statement about a story, with what orders it among its play's. */
export interface Sorted {
  statement: InsightStatement;
  at: number;
  /** When the LRS took it, where it says: pages read side by side arrive out of that order. */
  stored: number;
  /** Where it came among everything read: the last way to tell two statements' order apart. */
  order: number;
}

/**
 * In time order (between equal times, the order the LRS took them in, then a file's own order); a new play at each
 * start, a resume carrying on.
 */
export function splitPlays(items: readonly Sorted[]): Sorted[][] {
  const ordered = [...items].sort((a, b) => a.at - b.at || a.stored - b.stored || a.order - b.order);
  const plays: Sorted[][] = [];
  for (const item of ordered) {
    const starts = STARTS.has(item.statement.verb.id) && !item.statement.object.id.includes('/decisions/');
    if (starts || plays.length === 0) plays.push([]);
    plays.at(-1)!.push(item);
  }
  return plays;
}

export function playOf(
  group: { learner: Learner; scenarioId: string; registration: string },
  items: Sorted[],
  n: number,
): PlayRecord {
  const decisions: Decided[] = [];
  const shown: { beat: string; at: number }[] = [];
  let ended: PlayRecord['ended'] = null;
  for (const { statement, at } of items) {
    const beat = /\/(beats|decisions)\/([^/]+)$/.exec(statement.object.id);
    if (beat?.[1] === 'decisions') decisions.push(decidedOf(decodeURIComponent(beat[2]!), statement));
    else if (beat?.[1] === 'beats') shown.push({ beat: decodeURIComponent(beat[2]!), at });
    else if (ENDS.has(statement.verb.id) && !ended) ended = endedOf(statement, at);
  }
  const first = items[0]!;
  const finish = ended?.at ?? items.at(-1)!.at;
  return {
    learner: group.learner,
    scenarioId: group.scenarioId,
    trackId: trackOf(first.statement),
    id: `${group.registration}#${n}`,
    at: first.at,
    decisions,
    path: shown.length ? shown.map((s) => s.beat) : null,
    // An ending's beat is shown as the play ends: no time is spent on it before the end.
    beatTimes: (ended ? shown.slice(0, -1) : shown).map((s, i) => ({
      beat: s.beat,
      ms: Math.max(0, (shown[i + 1]?.at ?? finish) - s.at),
    })),
    ended,
  };
}

function decidedOf(beat: string, statement: InsightStatement): Decided {
  const extensions = statement.result?.extensions ?? {};
  const level = String(extensions[EXTENSIONS.serviceLevel]);
  const principles = extensions[EXTENSIONS.principles] as { upheld?: unknown; broken?: unknown } | undefined;
  const names = (list: unknown) => (Array.isArray(list) ? list.filter((p) => typeof p === 'string') : []);
  return {
    beat,
    choice: extensions[EXTENSIONS.timedOut] === true ? null : (statement.result?.response ?? null),
    level: (LEVELS.includes(level) ? level : 'routine') as ServiceLevel,
    upholds: names(principles?.upheld),
    breaks: names(principles?.broken),
  };
}

function endedOf(statement: InsightStatement, at: number): NonNullable<PlayRecord['ended']> {
  const result = statement.result;
  const grade = String(result?.extensions?.[EXTENSIONS.grade] ?? '');
  const percent = result?.score?.raw ?? (result?.score?.scaled ?? 0) * 100;
  return {
    grade: (GRADES as readonly string[]).includes(grade) ? (grade as Grade) : null,
    percent,
    passed: statement.verb.id.endsWith('/scored') ? (result?.success ?? null) : statement.verb.id.endsWith('/passed'),
    durationMs: result?.duration ? isoMilliseconds(result.duration) : null,
    at,
  };
}

/** The track a story was played in, named among the statement's grouping activities (`…/tracks/<id>`). */
function trackOf(statement: InsightStatement): string | null {
  for (const activity of statement.context?.contextActivities?.grouping ?? []) {
    const id = /\/tracks\/([a-z0-9-]+)$/.exec(activity.id)?.[1];
    if (id) return id;
  }
  return null;
}

/** An ISO 8601 duration's length (PT1H2M3.5S), as far as xAPI uses one; null when it is not one. */
function isoMilliseconds(duration: string): number | null {
  const parts = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    duration,
  );
  if (!parts) return null;
  const [days, hours, minutes, seconds] = parts.slice(1).map((p) => Number(p ?? 0));
  return Math.round((((days! * 24 + hours!) * 60 + minutes!) * 60 + seconds!) * 1000);
}
