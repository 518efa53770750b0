// Plays read back from xAPI statements, the ones the game's reporter writes (src/lms/xapi/statements.ts): a
// story's start, each beat shown, each decision answered, its end. A learner's statements about one story under
// one registration are one play from each start on; each statement counts once, however many files or pages
// carry it (by its id).
import { GRADES, type Grade, type ServiceLevel } from '../../engine/runtime.ts';
import { agentKey } from '../../lms/xapi/agentKey.ts';
import { EXTENSIONS } from '../../lms/xapi/statements.ts';
import type { Decided, Learner, PlayRecord } from './playRecords.ts';
import type { InsightStatement } from './statementShape.ts';

/** How a story is recognised: by the id in its activity's address, or by its title where an LMS gave it its own. */
export interface StoryIndex {
  has(scenarioId: string): boolean;
  byTitle(title: string): string | null;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const STARTS = new Set([`${ADL}initialized`, `${ADL}attempted`]);
const ENDS = new Set([`${ADL}passed`, `${ADL}failed`, 'http://adlnet.gov/expapi/verbs/scored']);
const LEVELS: readonly string[] = ['harmful', 'routine', 'good', 'heroic'] satisfies readonly ServiceLevel[];

interface Sorted {
  statement: InsightStatement;
  at: number;
  /** When the LRS took it, where it says: pages read side by side arrive out of that order. */
  stored: number;
  order: number;
}

export function playsFromStatements(
  statements: readonly InsightStatement[],
  stories: StoryIndex,
): { plays: PlayRecord[]; skipped: number } {
  const storyOf = storyActivities(statements, stories);
  const groups = new Map<string, { learner: Learner; scenarioId: string; registration: string; items: Sorted[] }>();
  const seen = new Set<string>();
  let skipped = 0;
  statements.forEach((statement, order) => {
    if (statement.id !== undefined && seen.has(statement.id)) return;
    if (statement.id !== undefined) seen.add(statement.id);
    const place = aboutStory(statement, storyOf);
    if (!place) {
      skipped += 1;
      return;
    }
    const learner = learnerOf(statement.actor);
    const registration = statement.context?.registration ?? '';
    const key = `${learner.key}\u0000${registration}\u0000${place.scenarioId}`;
    const group = groups.get(key) ?? { learner, scenarioId: place.scenarioId, registration, items: [] };
    group.items.push({
      statement,
      at: Date.parse(statement.timestamp ?? '') || 0,
      stored: Date.parse(statement.stored ?? '') || 0,
      order,
    });
    groups.set(key, group);
  });
  const plays = [...groups.values()].flatMap((group) =>
    splitPlays(group.items).map((items, n) => playOf(group, items, n)),
  );
  return { plays, skipped };
}

/** Every activity that is a story of the library, with the story it is: `…/scenarios/<id>`, or a launched title. */
function storyActivities(statements: readonly InsightStatement[], stories: StoryIndex): Map<string, string> {
  const found = new Map<string, string>();
  for (const { object } of statements) {
    const id = /\/scenarios\/([a-z0-9-]+)$/.exec(object.id)?.[1];
    if (id && stories.has(id)) found.set(object.id, id);
    else if (object.definition?.type === 'http://adlnet.gov/expapi/activities/simulation') {
      const byTitle = Object.values(object.definition.name ?? {})
        .map((title) => stories.byTitle(title))
        .find((s) => s !== null);
      if (byTitle) found.set(object.id, byTitle);
    }
  }
  return found;
}

type Place = { scenarioId: string; beat?: string; part?: 'beats' | 'decisions' };

function aboutStory(statement: InsightStatement, storyOf: Map<string, string>): Place | null {
  const own = storyOf.get(statement.object.id);
  if (own) return { scenarioId: own };
  const part = /^(.*)\/(beats|decisions)\/([^/]+)$/.exec(statement.object.id);
  const scenarioId = part && storyOf.get(part[1]!);
  return scenarioId ? { scenarioId, beat: decodeURIComponent(part[3]!), part: part[2] as 'beats' | 'decisions' } : null;
}

function learnerOf(actor: InsightStatement['actor']): Learner {
  // An agent with no identifier (not valid xAPI, but in a hand-made dump) is told apart by its name.
  const key = agentKey(actor) || `name:${actor.name ?? ''}`;
  const shown = actor.name ?? actor.mbox?.replace(/^mailto:/, '') ?? actor.account?.name ?? actor.openid ?? key;
  return { key, name: shown };
}

/**
 * In time order (between equal times, the order the LRS took them in, then a file's own order); a new play at each
 * start, a resume carrying on.
 */
function splitPlays(items: Sorted[]): Sorted[][] {
  const ordered = [...items].sort((a, b) => a.at - b.at || a.stored - b.stored || a.order - b.order);
  const plays: Sorted[][] = [];
  for (const item of ordered) {
    const starts = STARTS.has(item.statement.verb.id) && !item.statement.object.id.includes('/decisions/');
    if (starts || plays.length === 0) plays.push([]);
    plays.at(-1)!.push(item);
  }
  return plays;
}

function playOf(
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
