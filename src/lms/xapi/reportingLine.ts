// The one line the player reads about reporting. It claims only what the LRS
// has confirmed: a result is "recorded" once the LRS stored its statements (or
// already had them), never merely because they were made.
import type { MessageId } from '../../i18n/catalog.ts';
import { formatList, t } from '../../i18n/intl.ts';
import type { QueueStatus } from './statementQueue.ts';

/** A cmi5 session: still open; ended without a result; ended with its result recorded, refused or still on its way. */
export type ResultState = 'open' | 'ended' | 'recorded' | 'refused' | 'pending';

const AFTER: Record<Exclude<ResultState, 'open'>, MessageId> = {
  ended: 'lms.after.ended',
  recorded: 'lms.after.recorded',
  refused: 'lms.after.refused',
  pending: 'lms.after.pending',
};

/** Built each time it is asked for, so it follows the interface's language. */
export function describeReporting(status: QueueStatus, result: ResultState | null): string {
  const parts = [t('lms.reporting.sent', { count: status.sent })];
  if (status.skipped) parts.push(t('lms.reporting.skipped', { count: status.skipped }));
  if (status.waiting)
    parts.push(
      status.lastProblem
        ? t('lms.reporting.waitingProblem', { count: status.waiting, problem: status.lastProblem })
        : t('lms.reporting.waiting', { count: status.waiting }),
    );
  if (status.setAside) parts.push(t('lms.reporting.setAside', { count: status.setAside }));
  if (!status.persistent) parts.push(t('lms.reporting.notPersistent'));
  // Listed as the language lists amounts ("2 sent, 1 waiting" in English, with no "and"; Spanish puts a "y").
  const line = t('lms.reporting.line', { parts: formatList(parts, { type: 'unit', style: 'short' }) });
  return result && result !== 'open' ? `${line} ${t(AFTER[result])}` : line;
}
