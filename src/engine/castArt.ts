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
  const renamed = (path: (string | number)[], name: string): string => {
    const meant = lookNamed(art, name);
    if (meant === null || meant === name) return name;
    warnings.push(
      source.diagnostic(
        path,
        `the look "${name}" is now called "${meant}"; write ${String(path.at(-1))}: ${meant} (the old name still works)`,
      ),
    );
    return meant;
  };
  // The story's own looks, each on the parts' current names; a cast member wearing one is what its head shows.
  const looks =
    scenario.looks &&
    Object.fromEntries(
      Object.entries(scenario.looks).map(([id, look]) => [
        id,
        look.head === undefined || look.body === undefined
          ? look
          : {
              ...look,
              head: renamed(['looks', id, 'head'], look.head),
              body: renamed(['looks', id, 'body'], look.body),
            },
      ]),
    );
  // A look of pictures shows whatever its author drew: no pronoun to hold it to.
  const shownBy = (look: string) => (looks && Object.hasOwn(looks, look) ? looks[look]!.head : look);
  const cast = Object.fromEntries(
    Object.entries(scenario.cast).map(([id, member]) => {
      const own = looks !== undefined && Object.hasOwn(looks, member.look);
      const look = own ? member.look : renamed(['cast', id, 'look'], member.look);
      const drawn = shownBy(look);
      const facts = drawn !== undefined && Object.hasOwn(art.lookFacts, drawn) ? art.lookFacts[drawn] : undefined;
      if (facts && member.pronoun && member.pronoun !== 'they' && facts.pronoun !== member.pronoun)
        warnings.push(
          source.diagnostic(
            ['cast', id, 'pronoun'],
            `${member.name} is "${member.pronoun}", but the look "${look}" is drawn as "${facts.pronoun}" (${own ? `its head is ${drawn}: ` : ''}${facts.title}); choose a look that shows "${member.pronoun}": ${lookNames(art, member.pronoun)}`,
          ),
        );
      return [id, look !== member.look ? { ...member, look } : member];
    }),
  );
  return { scenario: { ...scenario, ...(looks ? { looks } : {}), cast }, warnings };
}

function lookNames(art: ArtManifest, pronoun: string): string {
  return art.looks.filter((look) => art.lookFacts[look]?.pronoun === pronoun).join(', ');
}
