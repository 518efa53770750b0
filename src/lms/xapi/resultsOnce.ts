// cmi5 allows one `completed` and one `passed` per registration, and no `failed`
// after a `passed` (§9.3); a registration can be played in several browsers,
// none of which knows what the others sent. So just before any of them goes
// out, the LRS is asked (for `failed`: whether it has a `passed`): first for the
// statements themselves (agent, verb, activity, registration), then for the
// unit's own state document, which this game writes after each one is stored
// and which an LMS lets an AU read even where it forbids querying statements.
// Either saying "already there" means the statement is not sent.
import type XAPI from '@xapi/xapi';
import type { Agent, Statement } from '@xapi/xapi';
import { responseOf } from './sendOutcome.ts';
import type { SendOutcome } from './statementQueue.ts';
import { PROJECT_IRI, VERBS } from './statements.ts';

const RESULTS_STATE_ID = `${PROJECT_IRI}/state/unit-results`;
/** Which recorded verb rules each statement out: completed and passed themselves; failed, a passed. */
const RULED_OUT_BY: Record<string, string> = {
  [VERBS.completed.id]: VERBS.completed.id,
  [VERBS.passed.id]: VERBS.passed.id,
  [VERBS.failed.id]: VERBS.passed.id,
};

export interface UnitAddress {
  actor: Agent;
  activityId: string;
  registration: string;
}

/** Whether this statement depends on what the registration already has: the AU's own completed, passed or failed. */
export const isOncePerRegistration = (statement: Statement, unit: Pick<UnitAddress, 'activityId'>): boolean =>
  statement.verb.id in RULED_OUT_BY &&
  statement.object !== undefined &&
  'id' in statement.object &&
  statement.object.id === unit.activityId;

/** Wraps the plain send: a once-per-registration statement is sent only if the LRS does not have one already. */
export function sendResultsOnce(
  xapi: XAPI,
  unit: UnitAddress,
  send: (statement: Statement) => Promise<SendOutcome>,
): (statement: Statement) => Promise<SendOutcome> {
  const address = {
    agent: unit.actor,
    activityId: unit.activityId,
    registration: unit.registration,
    stateId: RESULTS_STATE_ID,
  };
  return async (statement) => {
    if (!isOncePerRegistration(statement, unit)) return send(statement);
    const rival = RULED_OUT_BY[statement.verb.id] ?? statement.verb.id;
    const known = await alreadyRecorded(xapi, unit, rival);
    if (known === 'unknown')
      return { kind: 'retry', why: 'the LRS could not be asked whether this registration already has this result' };
    if (known === 'recorded')
      return { kind: 'skipped', why: `this registration already has "${rival.replace(/^.*\//, '')}" at the LRS` };
    const outcome = await send(statement);
    if (outcome.kind === 'stored' && statement.verb.id !== VERBS.failed.id) {
      await xapi
        .createState({ ...address, state: { [statement.verb.id]: statement.id ?? true } })
        .catch(() => undefined);
    }
    return outcome;
  };
}

async function alreadyRecorded(
  xapi: XAPI,
  unit: UnitAddress,
  verb: string,
): Promise<'recorded' | 'absent' | 'unknown'> {
  try {
    const found = await xapi.getStatements({
      agent: unit.actor,
      verb,
      activity: unit.activityId,
      registration: unit.registration,
      limit: 1,
    });
    if (found.data.statements.length) return 'recorded';
  } catch (error) {
    // No answer at all: ask again later. An answer that refuses the query: the state document still can tell.
    if (!responseOf(error)) return 'unknown';
  }
  try {
    // Listed first, so an absent document is not fetched (the browser reports every 404 as an error).
    const ids = await xapi.getStates({
      agent: unit.actor,
      activityId: unit.activityId,
      registration: unit.registration,
    });
    if (!ids.data.includes(RESULTS_STATE_ID)) return 'absent';
    const state = await xapi.getState({
      agent: unit.actor,
      activityId: unit.activityId,
      registration: unit.registration,
      stateId: RESULTS_STATE_ID,
    });
    const doc: unknown = state.data;
    return typeof doc === 'object' && doc !== null && verb in doc ? 'recorded' : 'absent';
  } catch (error) {
    return responseOf(error) ? 'absent' : 'unknown';
  }
}
