// Turns what the xAPI client's request ended in into what the queue must do:
// stored, refused for good (a 4xx about this statement), or retry later.
import type { SendOutcome } from './statementQueue.ts';

/** Statuses that say the LRS or the credentials are not ready, not that this statement is wrong. */
const RETRYABLE_CLIENT_ERRORS = new Set([401, 403, 408, 425, 429]);

export async function outcomeOf(request: Promise<unknown>): Promise<SendOutcome> {
  try {
    await request;
    return { kind: 'stored' };
  } catch (error: unknown) {
    const response = responseOf(error);
    if (!response) return { kind: 'retry', why: error instanceof Error ? error.message : 'the request failed' };
    const { status, data } = response;
    if (status >= 400 && status < 500 && !RETRYABLE_CLIENT_ERRORS.has(status)) {
      return { kind: 'refused', status, detail: typeof data === 'string' ? data : JSON.stringify(data ?? '') };
    }
    return { kind: 'retry', why: `the LRS answered ${status}` };
  }
}

function responseOf(error: unknown): { status: number; data: unknown } | null {
  if (typeof error !== 'object' || error === null || !('response' in error)) return null;
  const response: unknown = error.response;
  if (typeof response !== 'object' || response === null || !('status' in response) || typeof response.status !== 'number') return null;
  return { status: response.status, data: 'data' in response ? response.data : undefined };
}
