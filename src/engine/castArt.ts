// The cast against the art: an old look name is read as the look it now means (with a warning naming
// the new one, so existing files still load), and a cast member whose pronoun the picture contradicts
// is warned about. Both are warnings: the story still plays, but the trainee would see a face that
// disagrees with the words.
import { lookNamed, type ArtManifest } from './catalogue.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Scenario } from './schema.ts';
import type { YamlSource } from './yamlSource.ts';

export function resolveCastArt(
  scenario: Scenario,
  source: YamlSource,
  art: ArtManifest | undefined,
): { scenario: Scenario; warnings: Diagnostic[] } {
  if (!art) return { scenario, warnings: [] };
  const warnings: Diagnostic[] = [];
  const cast = Object.fromEntries(
    Object.entries(scenario.cast).map(([id, member]) => {
      const meant = lookNamed(art, member.look);
      const renamed = meant !== null && meant !== member.look ? meant : undefined;
      if (renamed)
        warnings.push(
          source.diagnostic(
            ['cast', id, 'look'],
            `the look "${member.look}" is now called "${renamed}"; write look: ${renamed} (the old name still works)`,
          ),
        );
      const look = renamed ?? member.look;
      const facts = Object.hasOwn(art.lookFacts, look) ? art.lookFacts[look] : undefined;
      if (facts && member.pronoun && member.pronoun !== 'they' && facts.pronoun !== member.pronoun)
        warnings.push(
          source.diagnostic(
            ['cast', id, 'pronoun'],
            `${member.name} is "${member.pronoun}", but the look "${look}" is drawn as "${facts.pronoun}" (${facts.title}); choose a look that shows "${member.pronoun}": ${lookNames(art, member.pronoun)}`,
          ),
        );
      return [id, renamed ? { ...member, look } : member];
    }),
  );
  return { scenario: { ...scenario, cast }, warnings };
}

function lookNames(art: ArtManifest, pronoun: string): string {
  return art.looks.filter((look) => art.lookFacts[look]?.pronoun === pronoun).join(', ');
}
