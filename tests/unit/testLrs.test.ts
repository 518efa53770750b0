// The test LRS itself, checked with plain fetch and with the real @xapi/xapi client, so the
// tests built on it can trust what it stores, refuses and breaks on purpose.
import { randomUUID } from 'node:crypto';
import XAPI, { type Agent, type GetStatementsParamsWithoutAttachments, type Statement } from '@xapi/xapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestLrs, type TestLrs } from '../../tools/testLrs/testLrs.ts';

const ACTOR: Agent = {
  objectType: 'Agent',
  name: 'Robin',
  account: { homePage: 'https://example.org/players', name: 'robin' },
};
const REGISTRATION = 'a3c2f6d4-5e0b-4c1e-9f3a-1b2c3d4e5f60';
const BAKERY = 'https://example.org/service-hero/scenarios/bakery-mini';
const EXPERIENCED = 'http://adlnet.gov/expapi/verbs/experienced';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

function statement(over: Partial<Statement> = {}): Statement {
  return {
    id: randomUUID(),
    actor: ACTOR,
    verb: { id: EXPERIENCED, display: { 'en-US': 'experienced' } },
    object: { objectType: 'Activity', id: BAKERY },
    context: { registration: REGISTRATION },
    timestamp: new Date().toISOString(),
    ...over,
  };
}

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await startTestLrs();
});
afterEach(async () => {
  await lrs.close();
});

const client = () => new XAPI({ endpoint: lrs.endpoint, auth: lrs.auth });

function call(
  resource: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = {
    Authorization: lrs.auth,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
    ...init.headers,
  };
  const body = init.body === undefined ? null : JSON.stringify(init.body);
  return fetch(new URL(resource, lrs.endpoint), {
    method: init.method ?? (body === null ? 'GET' : 'POST'),
    headers,
    body,
  });
}

const statuses = () => lrs.received().map((r) => r.status);

describe('statements', () => {
  it('stores what @xapi/xapi sends, once, adding stored, authority and version but keeping the original', async () => {
    const sent = statement();
    const response = await client().sendStatement({ statement: sent });
    expect(response.data).toEqual([sent.id]);
    const [stored, ...rest] = lrs.statements();
    expect(rest).toEqual([]);
    expect(stored?.original).toEqual(sent);
    expect(stored?.method).toBe('POST');
    expect(stored?.statement).toMatchObject({
      ...sent,
      version: '1.0.0',
      authority: { account: { homePage: lrs.origin, name: 'service-hero' } },
    });
    expect(Date.parse(stored?.statement.stored ?? '')).not.toBeNaN();
    expect(lrs.received()).toEqual([
      { method: 'POST', path: '/xapi/statements', query: '', status: 200, statementIds: [sent.id], fault: 'none' },
    ]);
    // The client adds the trailing slash itself when the endpoint lacks one.
    const noSlash = new XAPI({ endpoint: lrs.endpoint.replace(/\/$/, ''), auth: lrs.auth });
    expect((await noSlash.getStatement({ statementId: sent.id ?? '' })).data).toMatchObject({
      id: sent.id,
      verb: { id: EXPERIENCED },
    });
  });

  it('assigns ids to statements sent without one, and PUT stores under ?statementId=', async () => {
    const { id: _unused, ...anonymous } = statement();
    const posted = await call('statements', { body: [anonymous] });
    const ids = (await posted.json()) as string[];
    expect(posted.status).toBe(200);
    expect(ids).toHaveLength(1);
    const putId = randomUUID();
    const put = await call(`statements?statementId=${putId}`, {
      method: 'PUT',
      body: { ...anonymous, verb: { id: COMPLETED } },
    });
    expect(put.status).toBe(204);
    expect(lrs.statements().map((s) => [s.statement.id, s.method, s.original.id])).toEqual([
      [ids[0], 'POST', undefined],
      [putId, 'PUT', undefined],
    ]);
    const mismatch = await call(`statements?statementId=${randomUUID()}`, { method: 'PUT', body: statement() });
    expect(mismatch.status).toBe(400);
  });

  it('refuses a batch holding an invalid statement with 400 and the validator’s reasons, storing none of it', async () => {
    const good = statement();
    const bad = { ...statement(), actor: { mbox: 'robin@example.org' }, verb: undefined };
    const response = await call('statements', { body: [good, bad] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { statements: { messages: string[] }[] };
    expect(body.statements[0]?.messages).toEqual(['statement.actor.mbox: expected Mailto', 'statement.verb: required']);
    expect(lrs.statements()).toEqual([]);
    expect(lrs.invalid()).toEqual([
      { statement: JSON.parse(JSON.stringify(bad)) as unknown, messages: body.statements[0]?.messages },
    ]);
    await expect(client().sendStatement({ statement: { ...good, id: 'not-a-uuid' } })).rejects.toMatchObject({
      response: { status: 400 },
    });
    expect(lrs.invalid()[1]?.messages).toEqual(['statement.id: expected Universal Unique Identifier (UUID)']);
  });

  it('takes a resend of the same statement without storing it twice, and answers 409 to a different one under that id', async () => {
    const sent = statement();
    const id = sent.id ?? '';
    expect((await call('statements', { body: sent })).status).toBe(200);
    expect((await call('statements', { body: [{ ...sent, id: id.toUpperCase() }] })).status).toBe(200);
    expect((await call(`statements?statementId=${id}`, { method: 'PUT', body: sent })).status).toBe(204);
    expect((await call('statements', { body: { ...sent, verb: { id: COMPLETED } } })).status).toBe(409);
    expect(
      (await call(`statements?statementId=${id}`, { method: 'PUT', body: { ...sent, result: { completion: true } } }))
        .status,
    ).toBe(409);
    expect(lrs.statements()).toHaveLength(1);
    expect(statuses()).toEqual([200, 200, 204, 409, 409]);
    expect(lrs.received().every((r) => r.statementIds.map((s) => s.toLowerCase()).join() === id)).toBe(true);
  });

  it('wants the version header (400) and the right credentials (401); /about needs neither', async () => {
    expect((await call('statements', { body: statement(), headers: { 'X-Experience-API-Version': '' } })).status).toBe(
      400,
    );
    expect(
      (await call('statements', { body: statement(), headers: { 'X-Experience-API-Version': '0.95' } })).status,
    ).toBe(400);
    const wrong = `Basic ${Buffer.from('service-hero:nope').toString('base64')}`;
    expect((await call('statements', { body: statement(), headers: { Authorization: wrong } })).status).toBe(401);
    expect((await call('statements', { body: statement(), headers: { Authorization: '' } })).status).toBe(401);
    expect(lrs.statements()).toEqual([]);
    const about = await fetch(new URL('about', lrs.endpoint));
    expect(await about.json()).toEqual({ version: ['1.0.3'] });
    expect(about.headers.get('x-experience-api-version')).toBe('1.0.3');
  });

  it('answers queries by registration, verb and activity, newest first unless ascending', async () => {
    const other = 'b4d3e7f5-6a1c-4d2f-8e4b-2c3d4e5f6a71';
    const first = statement();
    const second = statement({ verb: { id: COMPLETED } });
    const elsewhere = statement({
      context: { registration: other },
      object: { objectType: 'Activity', id: `${BAKERY}/other` },
    });
    await client().sendStatements({ statements: [first, second, elsewhere] });
    const ids = (params: GetStatementsParamsWithoutAttachments) =>
      client()
        .getStatements(params)
        .then((r) => r.data.statements.map((s) => s.id));
    expect(await ids({ registration: REGISTRATION })).toEqual([second.id, first.id]);
    expect(await ids({ registration: REGISTRATION, ascending: true })).toEqual([first.id, second.id]);
    expect(await ids({ verb: COMPLETED })).toEqual([second.id]);
    expect(await ids({ activity: BAKERY })).toEqual([second.id, first.id]);
    expect(await ids({ agent: ACTOR, limit: 1 })).toEqual([elsewhere.id]);
    const raw = await call(`statements?registration=${other}`);
    expect(await raw.json()).toMatchObject({ more: '', statements: [{ id: elsewhere.id }] });
    expect(raw.headers.get('x-experience-api-consistent-through')).toMatch(/^\d{4}-/);
    // A voided statement drops out of queries and can no longer be fetched by id.
    await client().voidStatement({ actor: ACTOR, statementId: first.id ?? '' });
    expect(await ids({ registration: REGISTRATION })).toEqual([second.id]);
    expect((await call(`statements?statementId=${first.id}`)).status).toBe(404);
  });

  it('answers CORS preflights and puts CORS headers on every answer, errors included', async () => {
    const origin = 'http://127.0.0.1:4179';
    const preflight = await fetch(new URL('statements', lrs.endpoint), {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-experience-api-version',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    for (const header of ['Authorization', 'Content-Type', 'X-Experience-API-Version']) {
      expect(preflight.headers.get('access-control-allow-headers')).toContain(header);
    }
    const refused = await call('statements', { body: statement(), headers: { Origin: origin, Authorization: '' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(origin);
    expect(refused.headers.get('access-control-expose-headers')).toContain('X-Experience-API-Consistent-Through');
    expect(lrs.statements()).toEqual([]);
  });
});

describe('faults', () => {
  it('"down" cuts every connection, /about included, until the fault is lifted', async () => {
    lrs.setFault('down');
    await expect(call('statements', { body: statement() })).rejects.toThrow(TypeError);
    await expect(fetch(new URL('about', lrs.endpoint))).rejects.toThrow(TypeError);
    expect(statuses()).toEqual(['destroyed', 'destroyed']);
    lrs.setFault('none');
    expect((await call('statements', { body: statement() })).status).toBe(200);
    expect(lrs.statements()).toHaveLength(1);
  });

  it('"error" answers 503 on statements and stores nothing, while the other resources stay up', async () => {
    lrs.setFault('error');
    await expect(client().sendStatement({ statement: statement() })).rejects.toMatchObject({
      response: { status: 503 },
    });
    expect((await call('statements')).status).toBe(503);
    expect((await fetch(new URL('about', lrs.endpoint))).status).toBe(200);
    const state = await call(
      `activities/state?activityId=${encodeURIComponent(BAKERY)}&agent=${encodeURIComponent(JSON.stringify(ACTOR))}&stateId=x`,
      { method: 'PUT', body: { a: 1 } },
    );
    expect(state.status).toBe(204);
    expect(lrs.statements()).toEqual([]);
  });

  it('"lose-response" stores, then cuts the line; the client’s resend is taken but not stored twice', async () => {
    const sent = statement();
    lrs.setFault('lose-response');
    await expect(client().sendStatement({ statement: sent })).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(lrs.statements().map((s) => s.statement.id)).toEqual([sent.id]);
    lrs.setFault('none');
    expect((await client().sendStatement({ statement: sent })).data).toEqual([sent.id]);
    expect(lrs.statements()).toHaveLength(1);
    expect(lrs.received().map((r) => [r.status, r.statementIds])).toEqual([
      ['destroyed', [sent.id]],
      [200, [sent.id]],
    ]);
  });

  it('"hang" holds requests until the fault changes (then handles them), or until close()', async () => {
    lrs.setFault('hang');
    const held = call('statements', { body: statement() });
    await vi.waitFor(() => expect(statuses()).toEqual(['pending']));
    expect(lrs.statements()).toEqual([]);
    lrs.setFault('none');
    expect((await held).status).toBe(200);
    expect(lrs.statements()).toHaveLength(1);

    lrs.setFault('hang');
    const abandoned = call('statements', { body: statement() });
    await vi.waitFor(() => expect(statuses()).toEqual([200, 'pending']));
    await lrs.close();
    await expect(abandoned).rejects.toThrow(TypeError);
    expect(statuses()).toEqual([200, 'destroyed']);
    expect(lrs.statements()).toHaveLength(1);
  });

  it('a `reject` fault refuses only the writes holding a matching statement', async () => {
    lrs.setFault({ reject: (s) => s.verb.id === COMPLETED });
    const bad = statement({ verb: { id: COMPLETED } });
    const good = statement();
    expect((await call('statements', { body: [good, bad] })).status).toBe(400);
    expect((await call('statements', { body: bad })).status).toBe(400);
    expect((await call('statements', { body: good })).status).toBe(200);
    expect(lrs.statements().map((s) => s.statement.id)).toEqual([good.id]);
    expect(lrs.invalid()).toEqual([]);
    // An LMS refusing an abandoned session's statements answers 403 instead.
    lrs.setFault({ reject: (s) => s.verb.id === COMPLETED, status: 403 });
    expect((await call('statements', { body: bad })).status).toBe(403);
  });
});
