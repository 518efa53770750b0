// The last chance to deliver, as the page goes: one POST of what waits, as a
// batch (the LRS stores a batch in order), with fetch's keepalive so the
// request outlives the page. sendBeacon cannot be used: it sends no
// Authorization header, and an LRS requires one. A keepalive request may carry
// at most 64 KiB, so only the oldest statements that fit go. Nothing is taken
// off the queue: whether the LRS stored them is never known here, so a later
// page sends them again, which the LRS answers without storing them twice.
import type { Statement } from '@xapi/xapi';

const KEEPALIVE_LIMIT = 60_000;

export interface UnloadTarget {
  endpoint: string;
  /** The Authorization header's value. */
  auth(): string;
  /** Statements that must not go unchecked (cmi5's once-per-registration results): the batch stops before the first. */
  mustCheck(statement: Statement): boolean;
}

/** The statements that go in the batch: the oldest, up to the size limit and the first that must be checked. */
export function unloadBatch(waiting: readonly Statement[], target: Pick<UnloadTarget, 'mustCheck'>): Statement[] {
  const batch: Statement[] = [];
  let size = 2;
  for (const statement of waiting) {
    if (target.mustCheck(statement)) break;
    size += new TextEncoder().encode(JSON.stringify(statement)).length + 1;
    if (size > KEEPALIVE_LIMIT) break;
    batch.push(statement);
  }
  return batch;
}

export function sendOnUnload(waiting: readonly Statement[], target: UnloadTarget): number {
  const batch = unloadBatch(waiting, target);
  if (!batch.length || typeof fetch !== 'function') return 0;
  const url = `${target.endpoint.replace(/\/?$/, '/')}statements`;
  void fetch(url, {
    method: 'POST',
    keepalive: true,
    headers: { Authorization: target.auth(), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(batch),
  }).catch(() => undefined);
  return batch.length;
}
