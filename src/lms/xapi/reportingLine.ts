// The one line the player reads about reporting. It claims only what the LRS
// has confirmed: a result is "recorded" once the LRS stored its statements (or
// already had them), never merely because they were made.
import type { QueueStatus } from './statementQueue.ts';

/** A cmi5 session: still open; ended without a result; ended with its result recorded, refused or still on its way. */
export type ResultState = 'open' | 'ended' | 'recorded' | 'refused' | 'pending';

const AFTER: Record<Exclude<ResultState, 'open'>, string> = {
  ended:
    'This session with your LMS has ended; further plays in this window are practice and are not reported. Launch again from your LMS to carry on.',
  recorded: 'Your result is recorded; further plays in this window are practice and are not reported.',
  refused:
    'Your result was refused by the LRS and is not recorded: save the set-aside statements and give them to your LMS administrator.',
  pending: 'Your result is not recorded yet: it is kept in this browser and sent when the LRS answers.',
};

export function describeReporting(status: QueueStatus, result: ResultState | null): string {
  const parts = [`Reporting to your LMS: ${status.sent} sent`];
  if (status.skipped) parts.push(`${status.skipped} not sent because the LMS already had that result`);
  if (status.waiting)
    parts.push(
      `${status.waiting} waiting${status.lastProblem ? ` (the LRS could not be reached: ${status.lastProblem}; they are kept in this browser and sent when it answers)` : ''}`,
    );
  if (status.setAside) parts.push(`${status.setAside} set aside (refused by the LRS for good; kept in this browser)`);
  if (!status.persistent)
    parts.push('unsent results will be lost if this tab closes, because the browser will not store them');
  const line = `${parts.join(', ')}.`;
  return result && result !== 'open' ? `${line} ${AFTER[result]}` : line;
}
