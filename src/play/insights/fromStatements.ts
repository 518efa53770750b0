// Plays read back from xAPI statements, the ones the game's reporter writes (src/lms/xapi/statements.ts): a
// story's start, each beat shown, each decision answered, its end. A learner's statements about one story under
// one registration are one play from each start on; each statement counts once, however many files or pages
// carry it (by its id).
//
// The statements are counted as they come (`countStatements`): an LRS's hundred thousand statements arrive a page
// at a time, and the Insights screen is shown what they add up to every few seconds meanwhile. Each statement is
// placed once, and only the plays its arrival changed are made again; the result is the same as counting them
// all at once in the order they were read (`playsFromStatements`, which tests hold the counting to).
import { agentKey } from '../../lms/xapi/agentKey.ts';
import type { Learner, PlayRecord } from './playRecords.ts';
import { playOf, splitPlays, type Sorted } from './statementPlay.ts';
import type { InsightStatement } from './statementShape.ts';

/** How a story is recognised: by the id in its activity's address, or by its title where an LMS gave it its own. */
export interface StoryIndex {
  has(scenarioId: string): boolean;
  byTitle(title: string): string | null;
}

export interface StatementCount {
  /**
   * Takes statements in: `order` is where the first of them comes among everything read (the next ones follow it),
   * so statements may be counted out of the order they were read in and still be ordered as read.
   */
  add(statements: readonly InsightStatement[], order: number): void;
  /** The plays so far, in the order their first statements were read; and the statements about no story. */
  plays(): { plays: PlayRecord[]; skipped: number };
}

export function playsFromStatements(
  statements: readonly InsightStatement[],
  stories: StoryIndex,
): { plays: PlayRecord[]; skipped: number } {
  const count = countStatements(stories);
  count.add(statements, 0);
  return count.plays();
}

interface Group {
  learner: Learner;
  scenarioId: string;
  registration: string;
  items: Sorted[];
  /** The order of its first statement: the groups are listed by it. */
  first: number;
  /** Its plays as last made; null when a statement has joined since. */
  made: PlayRecord[] | null;
}

/** A statement taken in, and whether it has found its story yet. */
interface Entry extends Sorted {
  placed: boolean;
}

/** Where a beat or a decision sits under its story's activity: `<story>/beats/<id>`, `<story>/decisions/<id>`. */
const PART = /^(.*)\/(beats|decisions)\/([^/]+)$/;

export function countStatements(stories: StoryIndex): StatementCount {
  /** Every activity that is a story of the library, with the story it is. */
  const storyOf = new Map<string, string>();
  /** Each statement id taken in, with its entry: the one read first counts. */
  const seen = new Map<string, Entry>();
  const entries: Entry[] = [];
  let groups = new Map<string, Group>();
  /** Statements about no story known yet, by the activity that would place them (their own, their story's). */
  let waiting = new Map<string, Entry[]>();
  let unplaced = 0;

  function place(entry: Entry): void {
    const where = aboutStory(entry.statement, storyOf);
    if (!where) {
      unplaced += 1;
      const { id } = entry.statement.object;
      for (const key of [id, PART.exec(id)?.[1]]) if (key !== undefined) wait(key, entry);
      return;
    }
    entry.placed = true;
    const learner = learnerOf(entry.statement.actor);
    const registration = entry.statement.context?.registration ?? '';
    const key = `${learner.key}\u0000${registration}\u0000${where}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { learner, scenarioId: where, registration, items: [entry], first: entry.order, made: null });
      return;
    }
    group.items.push(entry);
    group.made = null;
    // The group is named by its first statement, as read, wherever that was counted.
    if (entry.order < group.first) Object.assign(group, { first: entry.order, learner });
  }

  function wait(key: string, entry: Entry): void {
    const list = waiting.get(key);
    if (list) list.push(entry);
    else waiting.set(key, [entry]);
  }

  /** Everything taken in, placed again: when a story's activity turned out to be something other than thought. */
  function recount(): void {
    groups = new Map();
    waiting = new Map();
    unplaced = 0;
    for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
      entry.placed = false;
      place(entry);
    }
  }

  return {
    add(statements, order) {
      const known: string[] = [];
      let again = false;
      statements.forEach((statement, i) => {
        const learnt = learnStory(statement, storyOf, stories);
        if (learnt === 'changed') again = true;
        else if (learnt) known.push(learnt);
        const entry: Entry = {
          statement,
          at: Date.parse(statement.timestamp ?? '') || 0,
          stored: Date.parse(statement.stored ?? '') || 0,
          order: order + i,
          placed: false,
        };
        const { id } = statement;
        if (id !== undefined) {
          const before = seen.get(id);
          if (before && before.order < entry.order) return;
          // A statement read earlier than the copy counted so far (a file dropped before a page): it counts instead.
          if (before) {
            entries.splice(entries.indexOf(before), 1);
            again = true;
          }
          seen.set(id, entry);
        }
        entries.push(entry);
        if (!again) place(entry);
      });
      if (again) return recount();
      for (const activity of known) {
        for (const entry of waiting.get(activity) ?? []) {
          if (entry.placed) continue;
          unplaced -= 1;
          place(entry);
        }
        waiting.delete(activity);
      }
    },
    plays() {
      const listed = [...groups.values()].sort((a, b) => a.first - b.first);
      const plays = listed.flatMap(
        (group) => (group.made ??= splitPlays(group.items).map((items, n) => playOf(group, items, n))),
      );
      return { plays, skipped: unplaced };
    },
  };
}

/**
 * What the statement says about a story's activity: a story newly known (its activity), 'changed' when it makes
 * an activity already known another story's, or could place statements already placed otherwise (an activity
 * shaped like a beat's), and null when it says nothing new.
 */
function learnStory(
  { object }: InsightStatement,
  storyOf: Map<string, string>,
  stories: StoryIndex,
): string | 'changed' | null {
  const id = /\/scenarios\/([a-z0-9-]+)$/.exec(object.id)?.[1];
  let story: string | null = id && stories.has(id) ? id : null;
  if (!story && object.definition?.type === 'http://adlnet.gov/expapi/activities/simulation') {
    story =
      Object.values(object.definition.name ?? {})
        .map((title) => stories.byTitle(title))
        .find((s) => s !== null) ?? null;
  }
  if (!story) return null;
  const before = storyOf.get(object.id);
  if (before === story) return null;
  storyOf.set(object.id, story);
  return before !== undefined || PART.test(object.id) ? 'changed' : object.id;
}

function aboutStory(statement: InsightStatement, storyOf: Map<string, string>): string | null {
  const own = storyOf.get(statement.object.id);
  if (own) return own;
  const part = PART.exec(statement.object.id);
  return (part && storyOf.get(part[1]!)) ?? null;
}

function learnerOf(actor: InsightStatement['actor']): Learner {
  // An agent with no identifier (not valid xAPI, but in a hand-made dump) is told apart by its name.
  const key = agentKey(actor) || `name:${actor.name ?? ''}`;
  const shown = actor.name ?? actor.mbox?.replace(/^mailto:/, '') ?? actor.account?.name ?? actor.openid ?? key;
  return { key, name: shown };
}
