// Turns what the xAPI client's request ended in into what the queue must do:
// stored; refused for good; refused in a way that may pass (tried a few more
// times, then set aside); or not answered (kept and retried until it is).
import type { SendOutcome } from './statementQueue.ts';

/** The LRS is busy or slow, not saying anything about this statement: always worth another try. */
const PASSING = new Set([408, 425, 429]);
/**
 * Credentials refused or not allowed: a token being renewed or a misconfigured proxy passes, but a cmi5
 * LMS answers 403 for good to the statements of a session it has abandoned. Tried a few times, then set aside.
 */
const DOUBTFUL = new Set([401, 403]);

export async function outcomeOf(
  request: Promise<unknown>,
  alreadyStored?: () => Promise<boolean>,
): Promise<SendOutcome> {
  try {
    await request;
    return { kind: 'stored' };
  } catch (error: unknown) {
    const response = responseOf(error);
    if (!response) return { kind: 'retry', why: error instanceof Error ? error.message : 'the request failed' };
    const { status, data } = response;
    const detail = typeof data === 'string' ? data : JSON.stringify(data ?? '');
    // 409: the LRS has a statement under this id. Ids are fresh UUIDs fixed at creation, so it is this one, sent before.
    if (status === 409 && alreadyStored && (await alreadyStored().catch(() => false))) return { kind: 'stored' };
    if (status >= 500 || PASSING.has(status)) return { kind: 'retry', why: `the LRS answered ${status}` };
    if (DOUBTFUL.has(status)) return { kind: 'refused', status, detail, final: false };
    if (status >= 400) return { kind: 'refused', status, detail, final: true };
    return { kind: 'retry', why: `the LRS answered ${status}` };
  }
}

export function responseOf(error: unknown): { status: number; data: unknown } | null {
  if (typeof error !== 'object' || error === null || !('response' in error)) return null;
  const response: unknown = error.response;
  if (
    typeof response !== 'object' ||
    response === null ||
    !('status' in response) ||
    typeof response.status !== 'number'
  )
    return null;
  return { status: response.status, data: 'data' in response ? response.data : undefined };
}
