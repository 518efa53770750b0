// The parts of an xAPI statement the Insights screen reads, checked so a file that does not fit is told where.
// Everything else a statement carries (an interaction's choices and their words, the authority, attachments)
// is dropped as it is read: a cohort's hundred thousand statements are then kept in a fraction of the memory.
// What the game writes is in src/lms/xapi/statements.ts.
import { z } from '../../engine/zod.ts';

const LanguageMap = z.record(z.string(), z.string());
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';

export const InsightStatement = z.object({
  id: z.string().optional(),
  actor: z.object({
    name: z.string().optional(),
    mbox: z.string().optional(),
    mbox_sha1sum: z.string().optional(),
    openid: z.string().optional(),
    account: z.object({ homePage: z.string(), name: z.string() }).optional(),
  }),
  verb: z.object({ id: z.string() }),
  object: z
    .object({
      id: z.string(),
      definition: z.object({ name: LanguageMap.optional(), type: z.string().optional() }).optional(),
    })
    // Only a story's own name is looked at (to know a story an LMS gave an id of its own); a decision's question
    // and a beat's label, up to 250 characters each, are not kept.
    .transform((object): { id: string; definition?: typeof object.definition } =>
      object.definition?.type === SIMULATION ? object : { id: object.id },
    ),
  result: z
    .object({
      response: z.string().optional(),
      success: z.boolean().optional(),
      duration: z.string().optional(),
      score: z.object({ raw: z.number().optional(), scaled: z.number().optional() }).optional(),
      extensions: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  context: z
    .object({
      registration: z.string().optional(),
      contextActivities: z
        .object({
          parent: z.array(z.object({ id: z.string() })).optional(),
          grouping: z.array(z.object({ id: z.string() })).optional(),
        })
        .optional(),
    })
    .optional(),
  timestamp: z.iso.datetime({ offset: true, error: 'a date and time, like 2026-11-24T10:00:00.000Z' }).optional(),
  /** When the LRS took it: orders statements made at the same moment, and shares an LRS's pages out (readLrs.ts). */
  stored: z.string().optional(),
});
export type InsightStatement = z.infer<typeof InsightStatement>;

/** A statements file: a list of statements, or one page of an LRS's answer (`{ "statements": [...], "more": ... }`). */
export const StatementList = z.array(InsightStatement);
export const StatementPage = z.object({ statements: StatementList, more: z.string().optional() });
