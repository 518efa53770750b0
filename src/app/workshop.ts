// The facilitator's workshop, as pure rules: what to discuss at a breakdown, what
// the room decided from a show of hands, and the session summary to export.
import type { Catalogue, ReportCard, Scenario } from '../engine/index.ts';

export interface Prompt {
  principle: string;
  question: string;
}

/** Up to three questions, for the principles most at stake among the choices on offer. */
export function discussionPrompts(scenario: Scenario, beatId: string, offered: readonly string[], catalogue: Catalogue): Prompt[] {
  const choices = (scenario.beats[beatId]?.choices ?? []).filter((c) => offered.includes(c.id));
  const weight = new Map<string, number>();
  for (const c of choices) for (const id of [...Object.keys(c.upholds ?? {}), ...Object.keys(c.breaks ?? {})]) weight.set(id, (weight.get(id) ?? 0) + 1);
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .flatMap(([id]) => {
      const p = catalogue.principles.find((x) => x.id === id);
      return p?.discuss ? [{ principle: p.name, question: p.discuss }] : [];
    })
    .slice(0, 3);
}

export type RoomDecision = { kind: 'winner'; choice: string } | { kind: 'tie'; choices: string[] } | { kind: 'no-votes' };

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

export interface SummaryRow {
  moment: string;
  breakdown: string | null;
  roomChose: string;
  level: string;
  split: { choice: string; votes: number }[];
  /** The best option that was on screen at that moment, when it was better than the room's; as the debrief names it. */
  betterOption: string | null;
}

export interface WorkshopSummary {
  scenario: string;
  title: string;
  seed: string;
  grade: string;
  percent: number;
  ending: string;
  rows: SummaryRow[];
}

export function workshopSummary(scenario: Scenario, report: ReportCard, votes: readonly RoomVote[], label: (beat: string) => string): WorkshopSummary {
  const text = (beat: string, id: string) => scenario.beats[beat]?.choices?.find((c) => c.id === id)?.text ?? id;
  let next = 0;
  return {
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
      return {
        moment: label(d.beat),
        breakdown: d.breakdown,
        roomChose: d.text,
        level: d.level,
        split: vote ? Object.entries(vote.counts).map(([id, votes]) => ({ choice: text(d.beat, id), votes })) : [],
        betterOption: d.better?.text ?? null,
      };
    }),
  };
}

/** Spreadsheet-safe: quoted, and a leading =, +, - or @ is defused so a cell can never run as a formula. */
function cell(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function summaryCsv(summary: WorkshopSummary): string {
  const header = ['Moment', 'Breakdown', 'Room chose', 'Level', 'Vote split', 'Better option on offer'];
  const rows = summary.rows.map((r) => [r.moment, r.breakdown, r.roomChose, r.level, r.split.map((s) => `${s.choice}: ${s.votes}`).join('; '), r.betterOption]);
  const meta = [
    ['Story', summary.title],
    ['Seed', summary.seed],
    ['Grade', `${summary.grade} (${summary.percent}%)`],
    ['Ending', summary.ending],
  ];
  return [...meta.map((m) => m.map(cell).join(',')), '', header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
