// The principles catalogue (scenarios/principles.yaml) and the art manifest
// (assets/manifest.json): the two lists a scenario's names are checked against.
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { Id } from './schema.ts';
import { loadYamlWithSchema } from './loadYaml.ts';

const ArticleFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'an article file name, like 000_c3e8adf0cbd3a5b1.txt' });

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
        /** A question a facilitator can put to the room when this principle is at stake. */
        discuss: z.string().min(1).optional(),
      }),
    )
    .min(1),
});

export type Catalogue = z.infer<typeof Catalogue>;
export type Principle = Catalogue['principles'][number];

export const ArtManifest = z.strictObject({
  backdrops: z.record(Id, z.string()),
  looks: z.array(Id),
  expressions: z.array(z.string()),
});
export type ArtManifest = z.infer<typeof ArtManifest>;

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: Diagnostic[] };

export function loadCatalogue(file: string, text: string): CatalogueResult {
  const loaded = loadYamlWithSchema(file, text, Catalogue);
  if (!loaded.ok) return loaded;
  const { value: catalogue, source } = loaded;
  const errors: Diagnostic[] = [];
  const articles = new Set(catalogue.articles.map((a) => a.file));
  const seen = new Set<string>();
  catalogue.principles.forEach((principle, i) => {
    if (seen.has(principle.id)) errors.push(source.diagnostic(['principles', i, 'id'], `principle "${principle.id}" is listed twice`));
    seen.add(principle.id);
    principle.sources.forEach((file, j) => {
      if (!articles.has(file))
        errors.push(source.diagnostic(['principles', i, 'sources', j], `"${file}" is not in the articles list at the top`));
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, catalogue };
}

export function principleById(catalogue: Catalogue): ReadonlyMap<string, Principle> {
  return new Map(catalogue.principles.map((p) => [p.id, p]));
}
