import type { BeatView } from '../engine/runtime.ts';

/** A beat as one announcement for the aria-live region: what sighted players see revealed, in order. */
export function spokenBeat(view: BeatView, note: string | null): string {
  const parts = [
    note,
    view.breakdown && `Breakdown: ${view.breakdown}.`,
    ...view.lines.map((l) => (l.name ? `${l.name}: ${l.text}` : l.text)),
    view.ending && `Ending: ${view.ending.title}.`,
  ];
  return parts.filter(Boolean).join(' ');
}
