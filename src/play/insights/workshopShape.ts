// A workshop summary as the game exports it (src/play/workshop.ts, the summary card's JSON), read back by the
// Insights screen. Rows exported before they carried the beat's and the choice's ids are still read.
import { GRADES } from '../../engine/grading.ts';
import { z } from '../../engine/zod.ts';

const Row = z.looseObject({
  beat: z.string().min(1).optional(),
  choice: z.string().min(1).nullable().optional(),
  moment: z.string(),
  roomChose: z.string(),
  level: z.string(),
});

export const WorkshopFile = z.looseObject({
  date: z.iso.date({ error: 'a day, like 2026-11-24' }),
  scenario: z.string().regex(/^[a-z0-9-]{1,100}$/, { error: 'a story id, like pub-caesar-dressing' }),
  title: z.string(),
  seed: z.string(),
  grade: z.enum(GRADES),
  percent: z.number().min(0).max(100),
  rows: z.array(Row),
});
export type WorkshopFile = z.infer<typeof WorkshopFile>;
