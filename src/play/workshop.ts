// The facilitator's workshop, as pure rules: what to discuss at a breakdown, what
// the room decided from a show of hands, and the session summary to export.
import { principleById } from '../engine/libraryLookup.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import type { Catalogue, ReportCard, Scenario } from '../engine/runtime.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { t } from '../i18n/intl.ts';

export interface Prompt {
  principle: string;
  question: string;
}

/** Up to three questions, for the principles most at stake among the choices on offer. */
export function discussionPrompts(
  scenario: Scenario,
  beatId: string,
  offered: readonly string[],
  catalogue: Catalogue,
): Prompt[] {
  const choices = (scenario.beats[beatId]?.choices ?? []).filter((c) => offered.includes(c.id));
  const principles = principleById(catalogue);
  const weight = new Map<string, number>();
  for (const c of choices)
    for (const id of [...Object.keys(c.upholds ?? {}), ...Object.keys(c.breaks ?? {})])
      weight.set(id, (weight.get(id) ?? 0) + 1);
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .flatMap(([id]) => {
      const p = principles.get(id);
      return p?.discuss ? [{ principle: p.name, question: p.discuss }] : [];
    })
    .slice(0, 3);
}

export type RoomDecision =
  { kind: 'winner'; choice: string } | { kind: 'tie'; choices: string[] } | { kind: 'no-votes' };

export function roomDecision(counts: Readonly<Record<string, number>>): RoomDecision {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return { kind: 'no-votes' };
  const top = Math.max(...entries.map(([, n]) => n));
  const leaders = entries.filter(([, n]) => n === top).map(([id]) => id);
  return leaders.length === 1 ? { kind: 'winner', choice: leaders[0]! } : { kind: 'tie', choices: leaders };
}

export interface RoomVote {
  beat: string;
  /** Hands per choice id; empty when the facilitator played a choice without a vote. */
  counts: Record<string, number>;
  chosen: string;
  /** True when the vote was tied and the facilitator picked among the leaders. */
  tieBroken: boolean;
}

export type DecidedBy = 'vote' | 'tie-break' | 'facilitator' | 'timeout';

export interface SummaryRow {
  /** The beat and the choice played (null: the patience ran out), by their ids in the story: what Insights counts. */
  beat: string;
  choice: string | null;
  moment: string;
  breakdown: string | null;
  roomChose: string;
  level: string;
  /** How the room's choice was made: a show of hands, a tie the facilitator broke, the facilitator's pick (with or without a count), or the customer's patience running out. */
  decidedBy: DecidedBy;
  split: { choice: string; votes: number }[];
  /** The best option that was on screen at that moment, when it was better than the room's; as the debrief names it. */
  betterOption: string | null;
}

export interface WorkshopSummary {
  /** The day of the session, YYYY-MM-DD, so exports from several sessions can be told apart and sorted. */
  date: string;
  /** The language the session was run in (an RFC 5646 tag, like "es"): the export's human text is in it. */
  language: string;
  scenario: string;
  title: string;
  seed: string;
  grade: string;
  percent: number;
  ending: string;
  rows: SummaryRow[];
}

export function workshopSummary(
  scenario: Scenario,
  report: ReportCard,
  votes: readonly RoomVote[],
  label: (beat: string) => string,
  playedOn: Date,
  language: string = SOURCE_LANGUAGE,
): WorkshopSummary {
  const text = (beat: string, id: string) => scenario.beats[beat]?.choices?.find((c) => c.id === id)?.text ?? id;
  let next = 0;
  return {
    date: localDate(playedOn),
    language,
    scenario: scenario.id,
    title: scenario.title,
    seed: report.seed,
    grade: report.grade,
    percent: report.percent,
    ending: report.ending.title,
    rows: report.decisions.map((d) => {
      // Votes come in the order of the decisions they made; a timeout is a decision without a vote.
      const candidate = votes[next];
      const vote = candidate && candidate.beat === d.beat && candidate.chosen === d.choice ? votes[next++] : undefined;
      const split = vote ? Object.entries(vote.counts).map(([id, votes]) => ({ choice: text(d.beat, id), votes })) : [];
      return {
        beat: d.beat,
        choice: d.choice,
        moment: label(d.beat),
        breakdown: d.breakdown,
        roomChose: d.text,
        level: d.level,
        decidedBy: decidedBy(vote),
        split,
        betterOption: d.better?.text ?? null,
      };
    }),
  };
}

/** A show of hands only when the hands named the choice played; a pick that set the count aside is the facilitator's. */
function decidedBy(vote: RoomVote | undefined): DecidedBy {
  if (!vote) return 'timeout';
  if (vote.tieBroken) return 'tie-break';
  const result = roomDecision(vote.counts);
  return result.kind === 'winner' && result.choice === vote.chosen ? 'vote' : 'facilitator';
}

/** The calendar day where the session ran (not UTC's, which is yesterday or tomorrow for part of the world). */
function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The CSV's "Decided by" cell, for people to read in the session's language; the JSON keeps `decidedBy`'s id. */
const DECIDED_BY: Record<DecidedBy, MessageId> = {
  vote: 'workshop.decidedBy.vote',
  'tie-break': 'workshop.decidedBy.tieBreak',
  facilitator: 'workshop.decidedBy.facilitator',
  timeout: 'workshop.decidedBy.timeout',
};

/**
 * One RFC 4180 field: always quoted, inner quotes doubled, so commas, quotes and line breaks stay inside it.
 * A text cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe (OWASP's advice on CSV
 * injection), so a spreadsheet shows it as text and never runs it as a formula; numbers stay numbers.
 */
export function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * One row per decision, each carrying the session's date, story and seed, so the rows of many sessions can be
 * pasted under one header and pivoted; the vote split has a column pair per option (its text, its hands), in
 * the order the options were on screen.
 */
export function summaryCsv(summary: WorkshopSummary): string {
  const options = Math.max(0, ...summary.rows.map((r) => r.split.length));
  // The header is the columns' ids, the same in every language, so sessions' rows paste under one header.
  const optionHeads = Array.from({ length: options }, (_, i) => [`Option ${i + 1}`, `Option ${i + 1} hands`]).flat();
  const header = [
    'Date',
    'Story ID',
    'Story',
    'Seed',
    'Grade',
    'Percent',
    'Ending',
    'Decision',
    'Moment',
    'Breakdown',
    'Room chose',
    'Level',
    'Decided by',
    'Better option on offer',
    ...optionHeads,
    // Last, so every earlier column keeps its place in sheets made before the game spoke other languages.
    'Language',
  ];
  const session = [
    summary.date,
    summary.scenario,
    summary.title,
    summary.seed,
    summary.grade,
    summary.percent,
    summary.ending,
  ];
  const rows = summary.rows.map((r, i) => [
    ...session,
    i + 1,
    r.moment,
    r.breakdown,
    r.roomChose,
    r.level,
    t(DECIDED_BY[r.decidedBy]),
    r.betterOption,
    ...Array.from({ length: options }, (_, o) =>
      r.split[o] ? [r.split[o].choice, r.split[o].votes] : [null, null],
    ).flat(),
    summary.language,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
