// The principles catalogue (scenarios/principles.yaml) and the art manifest
// (assets/manifest.json): the two lists a scenario's names are checked against.
// Their reader is loadCatalogue.ts, kept apart so that playing a story never loads the YAML reader.
import { z } from './zod.ts';
import { Id, PRONOUNS } from './schema.ts';

const ArticleFile = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'an article file name, like 000_c3e8adf0cbd3a5b1.txt' });

export const Catalogue = z.strictObject({
  format: z.literal(1),
  articles: z.array(z.strictObject({ file: ArticleFile, title: z.string().min(1) })).min(1),
  principles: z
    .array(
      z.strictObject({
        id: Id,
        name: z.string().min(1),
        summary: z.string().min(1),
        sources: z.array(ArticleFile).min(1),
        /**
         * Who the articles put in charge of it: what the person serving does (frontline), or what the business
         * has to grant or build for them to do it (organisation): a frontline can only say yes where it may.
         */
        who: z.enum(['frontline', 'organisation']),
        /** One sentence on where it sits in the articles' argument, for the profile and the guide. */
        argument: z.string().min(1),
        /** A question a facilitator can put to the room when this principle is at stake. */
        discuss: z.string().min(1).optional(),
      }),
    )
    .min(1),
});

export type Catalogue = z.infer<typeof Catalogue>;
export type Principle = Catalogue['principles'][number];

/** What a look shows, so the checker can hold a cast member's pronoun against the picture. */
const LookFacts = z.strictObject({
  title: z.string().min(1),
  pronoun: z.enum(PRONOUNS),
  age: z.enum(['child', 'adult', 'older']),
  wears: z.string().min(1),
});

/** What a backdrop shows, for the studio's gallery and the authors' one, and its night, where the place has one. */
const BackdropFacts = z.strictObject({
  title: z.string().min(1),
  night: Id.optional(),
});

export const ArtManifest = z.strictObject({
  backdrops: z.record(Id, z.string()),
  backdropFacts: z.record(Id, BackdropFacts).default({}),
  looks: z.array(Id),
  expressions: z.array(z.string()),
  /** Old look names (the first ones said a role the picture did not) → the look they now mean. */
  aliases: z.record(Id, Id).default({}),
  lookFacts: z.record(Id, LookFacts).default({}),
});
export type ArtManifest = z.infer<typeof ArtManifest>;

// Kept where the catalogue's readers have always found them; they live with the other look-ups.
export { lookNamed, principleById } from './libraryLookup.ts';
