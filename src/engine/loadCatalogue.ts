// Reads and checks the principles catalogue (scenarios/principles.yaml).
import { Catalogue } from './catalogue.ts';
import type { Diagnostic } from './diagnostics.ts';
import { loadYamlWithSchema } from './loadYaml.ts';

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: Diagnostic[] };

export function loadCatalogue(file: string, text: string): CatalogueResult {
  const loaded = loadYamlWithSchema(file, text, Catalogue);
  if (!loaded.ok) return loaded;
  const { value: catalogue, source } = loaded;
  const errors: Diagnostic[] = [];
  const articles = new Set(catalogue.articles.map((a) => a.file));
  const seen = new Set<string>();
  catalogue.principles.forEach((principle, i) => {
    if (seen.has(principle.id))
      errors.push(source.diagnostic(['principles', i, 'id'], `principle "${principle.id}" is listed twice`));
    seen.add(principle.id);
    principle.sources.forEach((file, j) => {
      if (!articles.has(file))
        errors.push(
          source.diagnostic(['principles', i, 'sources', j], `"${file}" is not in the articles list at the top`),
        );
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, catalogue };
}
