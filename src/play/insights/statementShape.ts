// The parts of an xAPI statement the Insights screen reads, checked so a file that does not fit is told where
// (the rest of a statement, which an LRS may add to, is let through untouched). What the game writes is in
// src/lms/xapi/statements.ts.
import { z } from '../../engine/zod.ts';

const LanguageMap = z.record(z.string(), z.string());

export const InsightStatement = z.looseObject({
  id: z.string().optional(),
  actor: z.looseObject({
    name: z.string().optional(),
    mbox: z.string().optional(),
    mbox_sha1sum: z.string().optional(),
    openid: z.string().optional(),
    account: z.looseObject({ homePage: z.string(), name: z.string() }).optional(),
  }),
  verb: z.looseObject({ id: z.string() }),
  object: z.looseObject({
    id: z.string(),
    definition: z.looseObject({ name: LanguageMap.optional(), type: z.string().optional() }).optional(),
  }),
  result: z
    .looseObject({
      response: z.string().optional(),
      success: z.boolean().optional(),
      duration: z.string().optional(),
      score: z.looseObject({ raw: z.number().optional(), scaled: z.number().optional() }).optional(),
      extensions: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  context: z
    .looseObject({
      registration: z.string().optional(),
      contextActivities: z.looseObject({ parent: z.array(z.looseObject({ id: z.string() })).optional() }).optional(),
    })
    .optional(),
  timestamp: z.iso.datetime({ offset: true, error: 'a date and time, like 2026-11-24T10:00:00.000Z' }).optional(),
});
export type InsightStatement = z.infer<typeof InsightStatement>;

/** A statements file: a list of statements, or one page of an LRS's answer (`{ "statements": [...], "more": ... }`). */
export const StatementList = z.array(InsightStatement);
export const StatementPage = z.looseObject({ statements: StatementList, more: z.string().optional() });
