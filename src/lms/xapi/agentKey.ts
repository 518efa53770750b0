// Who a statement is about, as an xAPI agent is identified: by exactly one of
// mbox, mbox_sha1sum, openid or account. A browser shared by learners keeps
// each one's unsent and set-aside statements apart by this key.
import type { Statement } from '@xapi/xapi';

/** The agent's one identifier, as a key; empty when it has none. */
export function agentKey(agent: unknown): string {
  if (typeof agent !== 'object' || agent === null) return '';
  const a = agent as Record<string, unknown>;
  if (typeof a['mbox'] === 'string') return `mbox:${a['mbox'].toLowerCase()}`;
  if (typeof a['mbox_sha1sum'] === 'string') return `sha1:${a['mbox_sha1sum'].toLowerCase()}`;
  if (typeof a['openid'] === 'string') return `openid:${a['openid']}`;
  const account = a['account'];
  if (typeof account === 'object' && account !== null) {
    const { homePage, name } = account as Record<string, unknown>;
    if (typeof homePage === 'string' && typeof name === 'string') return `account:${homePage}|${name}`;
  }
  return '';
}

/** Whether a statement's actor is this learner. */
export const byLearner = (actor: unknown) => {
  const key = agentKey(actor);
  return (statement: Statement) => agentKey(statement.actor) === key;
};
