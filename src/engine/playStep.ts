// One step a player took; a play is its seed plus the list of its steps.
import { z } from './zod.ts';

export const PlayStep = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choose'), id: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal('continue') }),
  z.strictObject({ kind: z.literal('timeout') }),
]);
export type PlayStep = z.infer<typeof PlayStep>;
